package dev.newsgraph.person;

import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageInfo;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record PersonConnection(@NonNull List<@NonNull PersonEdge> edges, @NonNull List<@NonNull Person> nodes,
        @NonNull PageInfo pageInfo,
        @Description(Page.TOTAL_COUNT) int totalCount) {

    public static PersonConnection of(Page<Person> page) {
        List<PersonEdge> edges = IntStream.range(0, page.nodes().size())
                .mapToObj(i -> new PersonEdge(page.cursors().get(i), page.nodes().get(i))).toList();
        return new PersonConnection(edges, page.nodes(), page.pageInfo(), page.totalCount());
    }
}
