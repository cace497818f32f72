package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.resource;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.GraphQL;
import dev.newsgraph.TestDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReprocessAndDeleteTest {

    private static final String ARTICLE = """
            query($id: ID!) { article(id: $id) { id title paragraphs updatedAt editorialItems { title } } }""";

    @Test
    void reprocessingParsesTheStoredDocumentAgain() {
        String source = TestDocuments.uniqueWord();
        String id = ingest(GraphQL.document(TestDocuments.newUrl(),
                resource("/samples/dawn-2019-06-02-khalilzad.txt"), "TEXT", source));
        JsonPath before = data(post(ARTICLE, vars("id", id)));
        int count = data(mutate("mutation($ids: [ID!]) { reprocessArticles(ids: $ids) }", vars("ids", List.of(id))))
                .getInt("data.reprocessArticles");
        assertEquals(1, count);
        JsonPath after = data(post(ARTICLE, vars("id", id)));
        assertEquals(before.getList("data.article.paragraphs"), after.getList("data.article.paragraphs"));
        assertEquals(6, after.getList("data.article.editorialItems").size());
        assertTrue(after.getString("data.article.updatedAt").compareTo(before.getString("data.article.updatedAt")) > 0);
    }

    @Test
    void reprocessingEverythingCountsEveryStoredArticle() {
        ingest(TestDocuments.article(TestDocuments.uniqueWord(), "Something to reprocess", "May 1, 2019", "Body."));
        int total = data(post("{ articles(first: 1) { totalCount } }", null)).getInt("data.articles.totalCount");
        int count = data(mutate("mutation { reprocessArticles }", null)).getInt("data.reprocessArticles");
        assertTrue(count >= total && total >= 1, count + " reprocessed of " + total);
    }

    @Test
    void deletingRemovesTheArticleAndWhatHangsOnIt() {
        String source = TestDocuments.uniqueWord();
        String id = ingest(GraphQL.document(TestDocuments.newUrl(),
                resource("/samples/dawn-2019-06-02-khalilzad.txt"), "TEXT", source));
        String items = "query($s: String) { editorialItems(filter: {source: $s}) { totalCount } }";
        assertEquals(6, data(post(items, vars("s", source))).getInt("data.editorialItems.totalCount"));
        assertEquals(true, data(mutate("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", id)))
                .getBoolean("data.deleteArticle"));
        assertNull(data(post(ARTICLE, vars("id", id))).get("data.article"));
        assertEquals(0, data(post(items, vars("s", source))).getInt("data.editorialItems.totalCount"));
    }
}
