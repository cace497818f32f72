package dev.newsgraph.editorial;

import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageInfo;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of editorial items (a Relay connection): page forwards with first and after.")
public record EditorialItemConnection(
        @Description("The editorial items of this page with their cursors.") @NonNull List<@NonNull EditorialItemEdge> edges,
        @Description("The editorial items of this page, as in edges, without cursors.")
        @NonNull List<@NonNull EditorialItem> nodes,
        @Description("Whether more items follow, and the cursors to get them.") @NonNull PageInfo pageInfo,
        @Description(Page.TOTAL_COUNT) int totalCount) {

    public static EditorialItemConnection of(Page<EditorialItem> page) {
        List<EditorialItemEdge> edges = IntStream.range(0, page.nodes().size())
                .mapToObj(i -> new EditorialItemEdge(page.cursors().get(i), page.nodes().get(i))).toList();
        return new EditorialItemConnection(edges, page.nodes(), page.pageInfo(), page.totalCount());
    }
}
