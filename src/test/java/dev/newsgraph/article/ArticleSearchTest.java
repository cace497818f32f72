package dev.newsgraph.article;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.TestDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** filter.search is PostgreSQL full-text search: matches only, best first, pageable by rank. */
@QuarkusTest
class ArticleSearchTest {

    private static final String SEARCH = """
            query($f: ArticleFilter, $first: Int, $after: String) {
              articles(filter: $f, first: $first, after: $after) {
                totalCount nodes { id title } pageInfo { hasNextPage endCursor }
              }
            }""";

    @Test
    void titleMatchesRankAboveBodyMatchesAndNonMatchesAreLeftOut() {
        String word = TestDocuments.uniqueWord();
        String source = TestDocuments.uniqueWord();
        String bodyOnce = ingest(TestDocuments.article(source, "Harbour works resume", "May 1, 2019",
                "Engineers said the " + word + " crane will arrive next week."));
        String titleAndBody = ingest(TestDocuments.article(source, "The " + word + " returns to the harbour",
                "May 2, 2019", "The " + word + " was last seen in 2010.", "Crowds watched the " + word + " arrive."));
        ingest(TestDocuments.article(source, "Unrelated council news", "May 3, 2019", "Nothing to see here."));

        JsonPath got = data(post(SEARCH, vars("f", Map.of("search", word), "first", 10, "after", null)));
        assertEquals(List.of(titleAndBody, bodyOnce), got.getList("data.articles.nodes.id", String.class));
        assertEquals(2, got.getInt("data.articles.totalCount"));
    }

    @Test
    void searchResultsPageByRankWithoutRepeats() {
        String word = TestDocuments.uniqueWord();
        String source = TestDocuments.uniqueWord();
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String[] paragraphs = new String[i];
            java.util.Arrays.fill(paragraphs, "A paragraph that mentions " + word + " once.");
            all.add(ingest(TestDocuments.article(source, "Story number " + i, "May 1, 2019", paragraphs)));
        }
        List<String> seen = walk(word, source, 5);
        assertEquals(5, seen.size());
        assertEquals(new java.util.HashSet<>(all), new java.util.HashSet<>(seen));
    }

    @Test
    void onlyTheNewestMatchesAreRankedAndOlderMatchesFollowNewestFirst() {
        // the test profile ranks the 3 newest matches (newsgraph.search.ranked-candidates)
        String word = TestDocuments.uniqueWord();
        String source = TestDocuments.uniqueWord();
        List<String> byDay = new ArrayList<>();
        for (int day = 1; day <= 6; day++) {
            boolean inTitle = day == 1 || day == 4;
            byDay.add(ingest(TestDocuments.article(source, inTitle ? "The " + word + " story" : "Story of day " + day,
                    "May " + day + ", 2019", "A paragraph that mentions " + word + " once.")));
        }
        List<String> seen = walk(word, source, 6);
        // ranked: day 4 (title match) above days 6 and 5; then days 3, 2, 1 by date, the title match of day 1 too
        assertEquals(List.of(byDay.get(3), byDay.get(5), byDay.get(4), byDay.get(2), byDay.get(1), byDay.get(0)), seen);
    }

    @Test
    void windowsBackFromTheNewestArticleFindTheSameNewestMatches() {
        // matches 1, 3, 20, 60 and 400 days old: the first 7-day window holds two of the 3 ranked, a wider one all
        String word = TestDocuments.uniqueWord();
        String source = TestDocuments.uniqueWord();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<Integer, String> byAge = new HashMap<>();
        for (int age : new int[] { 400, 60, 20, 3, 1 }) {
            String title = age == 20 ? "The " + word + " story" : "Story of " + age + " days ago";
            String[] paragraphs = age == 1 ? new String[] { "It mentions " + word + ".", "And " + word + " again." }
                    : new String[] { "It mentions " + word + " once." };
            byAge.put(age, ingest(TestDocuments.article(source, title,
                    today.minusDays(age).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)),
                    paragraphs)));
        }
        List<String> seen = walk(word, source, 5);
        // ranked: the title match, then two mentions above one; then the older matches, newest first
        assertEquals(List.of(byAge.get(20), byAge.get(1), byAge.get(3), byAge.get(60), byAge.get(400)), seen);
    }

    /** Every page of a search, two at a time; each page's totalCount is the number of matches. */
    private static List<String> walk(String word, String source, int matches) {
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int guard = 0; guard < matches; guard++) {
            JsonPath page = data(post(SEARCH, vars("f", Map.of("search", word, "source", source), "first", 2,
                    "after", after)));
            seen.addAll(page.getList("data.articles.nodes.id", String.class));
            assertEquals(matches, page.getInt("data.articles.totalCount"));
            after = page.getString("data.articles.pageInfo.endCursor");
            if (!page.getBoolean("data.articles.pageInfo.hasNextPage")) {
                break;
            }
        }
        return seen;
    }
}
