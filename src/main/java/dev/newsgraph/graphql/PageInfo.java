package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list, as the Relay connection specification has it.")
public record PageInfo(
        @Description("True when more items follow this page: pass endCursor as after to get them.")
        @NonNull boolean hasNextPage,
        @Description("True when this page was asked for with an after cursor, so items precede it (as GitHub's API"
                + " reports it: lists page forwards only, with first and after).")
        @NonNull boolean hasPreviousPage,
        @Description("The cursor of the first item of this page; null when the page is empty.")
        String startCursor,
        @Description("The cursor of the last item of this page: pass it as after for the next page; null when the"
                + " page is empty.")
        String endCursor) {
}
