package dev.newsgraph.quote;

import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageInfo;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of quotes (a Relay connection): page forwards with first and after.")
public record QuoteConnection(
        @Description("The quotes of this page with their cursors.") @NonNull List<@NonNull QuoteEdge> edges,
        @Description("The quotes of this page, as in edges, without cursors.") @NonNull List<@NonNull Quote> nodes,
        @Description("Whether more items follow, and the cursors to get them.") @NonNull PageInfo pageInfo,
        @Description(Page.TOTAL_COUNT) int totalCount) {

    public static QuoteConnection of(Page<Quote> page) {
        List<QuoteEdge> edges = IntStream.range(0, page.nodes().size())
                .mapToObj(i -> new QuoteEdge(page.cursors().get(i), page.nodes().get(i))).toList();
        return new QuoteConnection(edges, page.nodes(), page.pageInfo(), page.totalCount());
    }
}
