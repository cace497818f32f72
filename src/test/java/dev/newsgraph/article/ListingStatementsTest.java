package dev.newsgraph.article;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.TestDocuments;
import dev.newsgraph.testing.RoundTrips;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A page of articles with their persons and quotes costs one statement per level whatever its size, in no
 * transaction; totalCount is a column of the page's statement, there only when selected. Round trips are counted
 * on the wire (testing/RoundTrips), so a check of the connection before a statement counts too.
 */
@QuarkusTest
@TestProfile(ListingStatementsTest.CountedConnections.class)
class ListingStatementsTest {

    /** The service reaches its database through the counting proxy; no idle connection is due for a check. */
    public static class CountedConnections implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", RoundTrips.jdbcUrl(), "quarkus.datasource.username",
                    "postgres", "quarkus.datasource.password", "postgres",
                    "quarkus.datasource.jdbc.foreground-validation-interval", "1H",
                    "quarkus.datasource.jdbc.background-validation-interval", "0");
        }
    }

    private static final String LIST = """
            query($f: ArticleFilter, $first: Int) {
              articles(filter: $f, first: $first) {
                %s nodes { id title publishedDate persons { mentions person { name } } quotes { kind text speakerName } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void statementsPerPageDoNotGrowWithThePageAndNoTransactionIsOpened() {
        String source = TestDocuments.uniqueWord();
        for (int i = 0; i < 6; i++) {
            ingest(TestDocuments.article(source, "Council story " + i, "May " + (i + 1) + ", 2019",
                    "Mayor Jane Holloway said: \"We will rebuild the bridge " + i + ".\"",
                    "Engineer Tom Brady told reporters the work would take a year."));
        }
        Statistics stats = sessionFactory.getStatistics();

        run(stats, String.format(LIST, "totalCount"), source, 6); // the pool may open a connection for the first
        Counted small = run(stats, String.format(LIST, "totalCount"), source, 2);
        Counted large = run(stats, String.format(LIST, "totalCount"), source, 6);
        assertEquals(2, small.page.getList("data.articles.nodes").size());
        assertEquals(6, large.page.getList("data.articles.nodes").size());
        assertEquals(6, large.page.getInt("data.articles.totalCount"));
        assertTrue(large.page.getList("data.articles.nodes[0].quotes").size() > 0, large.page.prettify());
        assertTrue(large.page.getList("data.articles.nodes[0].persons").size() > 0, large.page.prettify());
        // the articles with their count, the mentions with their persons, the quotes: one round trip each, no check
        // of the connection before them, no BEGIN or COMMIT
        assertEquals(3, large.roundTrips);
        assertEquals(small.roundTrips, large.roundTrips);
        assertEquals(0, large.statements, "no statement through Hibernate");
        assertEquals(0, large.transactions);

        Counted withoutTotal = run(stats, String.format(LIST, ""), source, 6);
        assertEquals(large.roundTrips, withoutTotal.roundTrips);
    }

    private static Counted run(Statistics stats, String query, String source, int first) {
        stats.clear();
        long before = RoundTrips.count();
        JsonPath page = data(post(query, vars("f", Map.of("source", source), "first", first)));
        return new Counted(page, stats.getPrepareStatementCount(), RoundTrips.count() - before,
                stats.getTransactionCount());
    }

    private record Counted(JsonPath page, long statements, long roundTrips, long transactions) {
    }
}
