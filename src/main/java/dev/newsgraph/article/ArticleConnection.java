package dev.newsgraph.article;

import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageInfo;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record ArticleConnection(@NonNull List<@NonNull ArticleEdge> edges, @NonNull List<@NonNull Article> nodes,
        @NonNull PageInfo pageInfo,
        @Description(Page.TOTAL_COUNT) int totalCount) {

    public static ArticleConnection of(Page<Article> page) {
        List<ArticleEdge> edges = IntStream.range(0, page.nodes().size())
                .mapToObj(i -> new ArticleEdge(page.cursors().get(i), page.nodes().get(i))).toList();
        return new ArticleConnection(edges, page.nodes(), page.pageInfo(), page.totalCount());
    }
}
