package dev.newsgraph.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One person of a page and its cursor.")
public record PersonEdge(
        @Description("Pass it as after to get the items that follow this one.") @NonNull String cursor,
        @Description("The item itself.") @NonNull Person node) {
}
