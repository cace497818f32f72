package dev.newsgraph.story;

import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageInfo;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of stories (a Relay connection): page forwards with first and after.")
public record StoryConnection(
        @Description("The stories of this page with their cursors.") @NonNull List<@NonNull StoryEdge> edges,
        @Description("The stories of this page, as in edges, without cursors.") @NonNull List<@NonNull Story> nodes,
        @Description("Whether more items follow, and the cursors to get them.") @NonNull PageInfo pageInfo,
        @Description(Page.TOTAL_COUNT) int totalCount) {

    public static StoryConnection of(Page<Story> page) {
        List<StoryEdge> edges = IntStream.range(0, page.nodes().size())
                .mapToObj(i -> new StoryEdge(page.cursors().get(i), page.nodes().get(i))).toList();
        return new StoryConnection(edges, page.nodes(), page.pageInfo(), page.totalCount());
    }
}
