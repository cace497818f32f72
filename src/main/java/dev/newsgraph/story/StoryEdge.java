package dev.newsgraph.story;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One story of a page and its cursor.")
public record StoryEdge(
        @Description("Pass it as after to get the items that follow this one.") @NonNull String cursor,
        @Description("The item itself.") @NonNull Story node) {
}
