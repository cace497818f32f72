package dev.newsgraph.article;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.TestDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keyset pages: every article exactly once, newest first, even while new articles arrive mid-walk. */
@QuarkusTest
class ArticlePaginationTest {

    private static final String PAGE = """
            query($f: ArticleFilter, $after: String) {
              articles(filter: $f, first: 3, after: $after) {
                totalCount
                edges { cursor node { id publishedDate } }
                nodes { id }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Test
    void walkingAllPagesGivesEveryArticleOnceWhileNewOnesArrive() {
        String source = TestDocuments.uniqueWord();
        List<String> expected = new ArrayList<>();
        // Two articles share a date so the id tie-breaker is exercised too.
        String[] dates = { "May 1, 2019", "May 2, 2019", "May 2, 2019", "May 3, 2019", "May 4, 2019", "May 5, 2019",
                "May 6, 2019", "May 7, 2019" };
        for (int i = 0; i < dates.length; i++) {
            expected.add(ingest(TestDocuments.article(source, "Story " + i, dates[i], "Body " + i + ".")));
        }
        java.util.Collections.reverse(expected); // newest first; the later of two same-day articles first

        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath page = data(post(PAGE, vars("f", Map.of("source", source), "after", after)));
            List<String> ids = page.getList("data.articles.nodes.id", String.class);
            assertEquals(ids, page.getList("data.articles.edges.node.id", String.class));
            seen.addAll(ids);
            assertEquals(page.getList("data.articles.edges.cursor", String.class).get(0),
                    page.getString("data.articles.pageInfo.startCursor"));
            assertEquals(after != null, page.getBoolean("data.articles.pageInfo.hasPreviousPage"));
            after = page.getString("data.articles.pageInfo.endCursor");
            assertEquals(page.getList("data.articles.edges.cursor", String.class).get(ids.size() - 1), after);
            if (pages++ == 0) {
                // Newer articles arriving mid-walk sort before the cursor: the walk neither repeats nor skips.
                ingest(TestDocuments.article(source, "Late story", "May 9, 2019", "Late."));
                ingest(TestDocuments.article(source, "Later story", "May 8, 2019", "Later."));
            }
            if (!page.getBoolean("data.articles.pageInfo.hasNextPage")) {
                break;
            }
        } while (pages < 10);
        assertEquals(expected, seen);
        assertEquals(3, pages);
        assertEquals(new HashSet<>(seen).size(), seen.size());
        assertEquals(10, data(post(PAGE, vars("f", Map.of("source", source), "after", null)))
                .getInt("data.articles.totalCount"));
    }

    @Test
    void lastPageSaysThereIsNoNextPage() {
        String source = TestDocuments.uniqueWord();
        ingest(TestDocuments.article(source, "Only story", "May 1, 2019", "Body."));
        JsonPath page = data(post(PAGE, vars("f", Map.of("source", source), "after", null)));
        assertFalse(page.getBoolean("data.articles.pageInfo.hasNextPage"));
        assertEquals(1, page.getList("data.articles.nodes").size());
        JsonPath empty = data(post(PAGE, vars("f", Map.of("source", TestDocuments.uniqueWord()), "after", null)));
        assertTrue(empty.getList("data.articles.nodes").isEmpty());
        assertEquals(null, (Object) empty.get("data.articles.pageInfo.endCursor"));
        assertEquals(null, (Object) empty.get("data.articles.pageInfo.startCursor"));
        assertFalse(empty.getBoolean("data.articles.pageInfo.hasPreviousPage"));
    }

    @Test
    void dateRangeFiltersOnThePrintedDate() {
        String source = TestDocuments.uniqueWord();
        ingest(TestDocuments.article(source, "Early", "January 5, 2019", "Body."));
        String mid = ingest(TestDocuments.article(source, "Middle", "March 5, 2019", "Body."));
        ingest(TestDocuments.article(source, "Late", "June 5, 2019", "Body."));
        JsonPath got = data(post(PAGE, vars("f",
                Map.of("source", source, "publishedFrom", "2019-02-01", "publishedTo", "2019-04-30"), "after", null)));
        assertEquals(List.of(mid), got.getList("data.articles.nodes.id", String.class));
    }
}
