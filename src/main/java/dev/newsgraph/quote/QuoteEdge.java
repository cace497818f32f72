package dev.newsgraph.quote;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One quote of a page and its cursor.")
public record QuoteEdge(
        @Description("Pass it as after to get the items that follow this one.") @NonNull String cursor,
        @Description("The item itself.") @NonNull Quote node) {
}
