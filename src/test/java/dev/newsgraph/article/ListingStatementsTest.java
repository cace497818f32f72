package dev.newsgraph.article;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.TestDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A page of articles with their persons and quotes costs the same few statements whatever its size, in no
 * transaction; totalCount costs one statement more, and only when selected.
 */
@QuarkusTest
class ListingStatementsTest {

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

        Counted small = run(stats, String.format(LIST, "totalCount"), source, 2);
        Counted large = run(stats, String.format(LIST, "totalCount"), source, 6);
        assertEquals(2, small.page.getList("data.articles.nodes").size());
        assertEquals(6, large.page.getList("data.articles.nodes").size());
        assertEquals(6, large.page.getInt("data.articles.totalCount"));
        assertTrue(large.page.getList("data.articles.nodes[0].quotes").size() > 0, large.page.prettify());
        assertTrue(large.page.getList("data.articles.nodes[0].persons").size() > 0, large.page.prettify());
        // keys, count, articles, mentions, persons, quotes
        assertEquals(6, large.statements);
        assertEquals(small.statements, large.statements);
        assertEquals(0, large.transactions);

        Counted withoutTotal = run(stats, String.format(LIST, ""), source, 6);
        assertEquals(large.statements - 1, withoutTotal.statements);
    }

    private static Counted run(Statistics stats, String query, String source, int first) {
        stats.clear();
        JsonPath page = data(post(query, vars("f", Map.of("source", source), "first", first)));
        return new Counted(page, stats.getPrepareStatementCount(), stats.getTransactionCount());
    }

    private record Counted(JsonPath page, long statements, long transactions) {
    }
}
