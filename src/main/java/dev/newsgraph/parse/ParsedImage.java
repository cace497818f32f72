package dev.newsgraph.parse;

public record ParsedImage(String url, String caption, String credit) {
}
