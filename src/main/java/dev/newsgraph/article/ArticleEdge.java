package dev.newsgraph.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One article of a page and its cursor.")
public record ArticleEdge(
        @Description("Pass it as after to get the items that follow this one.") @NonNull String cursor,
        @Description("The item itself.") @NonNull Article node) {
}
