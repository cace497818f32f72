package dev.newsgraph.person;

import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageInfo;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of persons (a Relay connection): page forwards with first and after.")
public record PersonConnection(
        @Description("The persons of this page with their cursors.") @NonNull List<@NonNull PersonEdge> edges,
        @Description("The persons of this page, as in edges, without cursors.") @NonNull List<@NonNull Person> nodes,
        @Description("Whether more items follow, and the cursors to get them.") @NonNull PageInfo pageInfo,
        @Description(Page.TOTAL_COUNT) int totalCount) {

    public static PersonConnection of(Page<Person> page) {
        List<PersonEdge> edges = IntStream.range(0, page.nodes().size())
                .mapToObj(i -> new PersonEdge(page.cursors().get(i), page.nodes().get(i))).toList();
        return new PersonConnection(edges, page.nodes(), page.pageInfo(), page.totalCount());
    }
}
