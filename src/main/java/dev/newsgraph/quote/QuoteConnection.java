package dev.newsgraph.quote;

import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageInfo;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record QuoteConnection(@NonNull List<@NonNull QuoteEdge> edges, @NonNull List<@NonNull Quote> nodes,
        @NonNull PageInfo pageInfo,
        @Description(Page.TOTAL_COUNT) int totalCount) {

    public static QuoteConnection of(Page<Quote> page) {
        List<QuoteEdge> edges = IntStream.range(0, page.nodes().size())
                .mapToObj(i -> new QuoteEdge(page.cursors().get(i), page.nodes().get(i))).toList();
        return new QuoteConnection(edges, page.nodes(), page.pageInfo(), page.totalCount());
    }
}
