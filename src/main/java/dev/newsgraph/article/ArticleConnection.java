package dev.newsgraph.article;

import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageInfo;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of articles (a Relay connection): page forwards with first and after.")
public record ArticleConnection(
        @Description("The articles of this page with their cursors.") @NonNull List<@NonNull ArticleEdge> edges,
        @Description("The articles of this page, as in edges, without cursors.") @NonNull List<@NonNull Article> nodes,
        @Description("Whether more items follow, and the cursors to get them.") @NonNull PageInfo pageInfo,
        @Description(Page.TOTAL_COUNT) int totalCount) {

    public static ArticleConnection of(Page<Article> page) {
        List<ArticleEdge> edges = IntStream.range(0, page.nodes().size())
                .mapToObj(i -> new ArticleEdge(page.cursors().get(i), page.nodes().get(i))).toList();
        return new ArticleConnection(edges, page.nodes(), page.pageInfo(), page.totalCount());
    }
}
