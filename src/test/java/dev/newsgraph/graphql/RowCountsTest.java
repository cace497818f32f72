package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.TestDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unfiltered totalCount comes from trigger-kept row counts: they follow inserts and cascading deletes exactly. */
@QuarkusTest
class RowCountsTest {

    private static final String COUNTS = "{ articles { totalCount } persons { totalCount } quotes { totalCount }"
            + " editorialItems { totalCount } }";

    @Inject
    EntityManager em;

    @Test
    void unfilteredTotalCountsEqualTheRowsAfterIngestAndDelete() {
        String id = ingest(TestDocuments.article(TestDocuments.uniqueWord(), "Port reopens", "May 1, 2019",
                "Harbour master Ann Lee said: \"The port is open again.\"",
                "Minister Raj Patel told reporters the repairs cost little."));
        ingest(TestDocuments.article(TestDocuments.uniqueWord(), "Port closes", "May 2, 2019",
                "Harbour master Ann Lee said: \"The port is closed.\""));
        assertCountsMatchRows();
        data(mutate("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", id)));
        assertCountsMatchRows();
    }

    private void assertCountsMatchRows() {
        JsonPath counts = data(post(COUNTS, Map.of()));
        for (String table : new String[] { "article", "person", "quote", "editorial_item" }) {
            String field = switch (table) {
                case "article" -> "articles";
                case "person" -> "persons";
                case "quote" -> "quotes";
                default -> "editorialItems";
            };
            long rows = ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
            assertEquals(rows, counts.getLong("data." + field + ".totalCount"), table);
        }
    }
}
