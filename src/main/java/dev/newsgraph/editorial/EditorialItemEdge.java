package dev.newsgraph.editorial;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One editorial item of a page and its cursor.")
public record EditorialItemEdge(
        @Description("Pass it as after to get the items that follow this one.") @NonNull String cursor,
        @Description("The item itself.") @NonNull EditorialItem node) {
}
