package dev.newsgraph.parse;

import java.util.List;

/** A real person the body names: fullest name, the other forms used, roles as written, mention count. */
public record ParsedPerson(String name, List<String> aliases, List<String> roles, int mentions) {
}
