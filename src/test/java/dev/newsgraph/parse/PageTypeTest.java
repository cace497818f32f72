package dev.newsgraph.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.bench.ChromePages;
import dev.newsgraph.bench.PageFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Page types: the pages written for the repository ({@code non-articles/}) get theirs, and every article stays an
 * article: the repository's test pages and sample, short synthetic pages and, where {@code ../shared} is present,
 * every page of aeb-dev, metadata-dev and people-quotes-dev; the aeb-dev pages with their article removed are
 * mostly not articles (the full table: {@code bench/PageTypePredictions} in {@code -Pbench}).
 */
class PageTypeTest {

    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final String SENTENCE = "The council voted on Monday to approve the new budget for the city. ";

    private final DocumentParser parser = new DocumentParser();

    private PageType type(String html) {
        return parser.parse(RawDocument.html(null, html)).pageType();
    }

    @Test
    void pagesWithoutAnArticleGetTheirType() throws IOException {
        for (String line : Files.readAllLines(RESOURCES.resolve("non-articles/expected.txt"))) {
            String[] parts = line.strip().split("\\s+");
            String html = Files.readString(RESOURCES.resolve("non-articles").resolve(parts[0]));
            assertEquals(PageType.valueOf(parts[1]), type(html), parts[0]);
        }
    }

    @Test
    void aPageOfNavigationAndAFooterIsReportedNotStoredAsAnArticleTitledByItsFooter() throws IOException {
        ParsedDocument parsed = parser.parse(RawDocument.html(null,
                Files.readString(RESOURCES.resolve("non-articles/navigation-only.html"))));
        assertEquals(PageType.OTHER, parsed.pageType());
        assertEquals(List.of(), parsed.paragraphs(), "navigation and footers are never a body");
    }

    @Test
    void theRepositorysPagesSampleAndShortPagesAreArticles() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES.resolve("pages"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertEquals(PageType.ARTICLE, type(PageFiles.read(f)), f.toString());
            }
        }
        String sample = Files.readString(RESOURCES.resolve("samples/dawn-2019-06-02-khalilzad.txt"));
        assertEquals(PageType.ARTICLE, parser.parse(RawDocument.text(sample)).pageType());
        assertEquals(PageType.ARTICLE, parser.parse(RawDocument.text("Budget approved\n\nShort.")).pageType());
        assertEquals(PageType.ARTICLE, type("<title>Budget approved</title><p>Short.</p>"));
        assertEquals(PageType.ARTICLE, type("<html><body><h1>Budget approved</h1><p>" + SENTENCE + "</p>"
                + "<footer><a href='/about'>About</a> <a href='/contact'>Contact</a></footer></body></html>"));
    }

    @Test
    void everyBenchmarkArticleIsAnArticle() throws IOException {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Path page : BenchPagesTest.pages(BenchPagesTest.SHARED.resolve("bench"))) {
            String set = page.getParent().getParent().getFileName().toString();
            if (set.equals("dates-dev")) {
                continue; // not all of its pages are articles
            }
            n++;
            PageType got = type(PageFiles.read(page));
            if (got != PageType.ARTICLE) {
                wrong.add(set + "/" + page.getFileName() + ": " + got);
            }
        }
        System.out.printf("PageTypeTest: %d benchmark articles, %d not typed ARTICLE%n", n, wrong.size());
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void mostAebPagesWithoutTheirArticleAreNoArticle() throws IOException {
        Path aeb = BenchPagesTest.SHARED.resolve("bench/aeb-dev");
        BenchPagesTest.pages(BenchPagesTest.SHARED.resolve("bench"));
        int notArticle = 0;
        var pages = ChromePages.fromAeb(aeb);
        for (String html : pages.values()) {
            try {
                notArticle += type(html) == PageType.ARTICLE ? 0 : 1;
            } catch (UnparseableDocumentException e) {
                notArticle++; // nothing left at all
            }
        }
        double recall = notArticle / (double) pages.size();
        System.out.printf("PageTypeTest: %d of %d aeb-dev pages without their article typed LISTING or OTHER (%.3f)%n",
                notArticle, pages.size(), recall);
        assertTrue(recall >= 0.85, "recall " + recall);
    }
}
