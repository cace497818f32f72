package dev.newsgraph.bench;

import dev.newsgraph.parse.DocumentParser;
import dev.newsgraph.parse.PageType;
import dev.newsgraph.parse.RawDocument;
import dev.newsgraph.parse.UnparseableDocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the page type: {@code <shared-dir> <repo-test-resources>}. Articles: every page of aeb-dev, metadata-dev and
 * people-quotes-dev and the repository's test pages; non-articles: the aeb-dev pages with their article removed
 * ({@link ChromePages}) and the pages written for the repository ({@code non-articles/}). Prints the confusion
 * table, precision and recall of "not an article" and of each type, and every page typed wrongly; dates-dev, whose
 * pages are not all articles, is only counted.
 */
public final class PageTypePredictions {

    private static final DocumentParser PARSER = new DocumentParser();

    private PageTypePredictions() {
    }

    record Labelled(String set, String name, String html, PageType expected) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PageTypePredictions <shared-dir> <test-resources-dir>");
            System.exit(2);
        }
        List<Labelled> pages = labelled(Path.of(args[0]), Path.of(args[1]));
        Map<PageType, Map<PageType, Integer>> table = new EnumMap<>(PageType.class);
        List<String> wrong = new ArrayList<>();
        for (Labelled p : pages) {
            PageType got = type(p.html());
            table.computeIfAbsent(p.expected(), k -> new EnumMap<>(PageType.class)).merge(got, 1, Integer::sum);
            if (got != p.expected()) {
                wrong.add(p.set() + "/" + p.name() + ": expected " + p.expected() + ", got " + got);
            }
        }
        System.out.println("page types: rows expected, columns found");
        System.out.printf("%-8s %8s %8s %8s%n", "", "ARTICLE", "LISTING", "OTHER");
        for (PageType e : PageType.values()) {
            Map<PageType, Integer> row = table.getOrDefault(e, Map.of());
            System.out.printf("%-8s %8d %8d %8d%n", e, row.getOrDefault(PageType.ARTICLE, 0),
                    row.getOrDefault(PageType.LISTING, 0), row.getOrDefault(PageType.OTHER, 0));
        }
        int tp = count(table, false, false);
        int fp = count(table, true, false);
        int fn = count(table, false, true);
        System.out.printf("not an article: precision %.3f recall %.3f (%d pages: %d articles, %d not)%n",
                tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), pages.size(),
                pages.stream().filter(p -> p.expected() == PageType.ARTICLE).count(),
                pages.stream().filter(p -> p.expected() != PageType.ARTICLE).count());
        for (PageType t : PageType.values()) {
            int hit = table.getOrDefault(t, Map.of()).getOrDefault(t, 0);
            int found = 0;
            int expected = 0;
            for (PageType e : PageType.values()) {
                found += table.getOrDefault(e, Map.of()).getOrDefault(t, 0);
                expected += table.getOrDefault(t, Map.of()).getOrDefault(e, 0);
            }
            System.out.printf("%-8s precision %.3f recall %.3f%n", t, hit / (double) Math.max(1, found),
                    hit / (double) Math.max(1, expected));
        }
        wrong.forEach(w -> System.out.println("  " + w));
        Path dates = Path.of(args[0], "bench", "dates-dev", "html");
        if (Files.isDirectory(dates)) {
            Map<PageType, Integer> seen = new EnumMap<>(PageType.class);
            for (Path f : AebPredictions.htmlFiles(dates)) {
                seen.merge(type(PageFiles.read(f)), 1, Integer::sum);
            }
            System.out.println("dates-dev (not all articles, unlabelled): " + seen);
        }
    }

    /** Not-an-article counts: predicted and expected both non-article ({@code false, false}), or one of them. */
    private static int count(Map<PageType, Map<PageType, Integer>> table, boolean expectedArticle,
            boolean foundArticle) {
        int n = 0;
        for (var row : table.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                if ((row.getKey() == PageType.ARTICLE) == expectedArticle
                        && (cell.getKey() == PageType.ARTICLE) == foundArticle) {
                    n += cell.getValue();
                }
            }
        }
        return n;
    }

    /** The type of a page; a page without a word is no article. */
    static PageType type(String html) {
        try {
            return PARSER.parse(RawDocument.html(null, html)).pageType();
        } catch (UnparseableDocumentException e) {
            return PageType.OTHER;
        }
    }

    static List<Labelled> labelled(Path shared, Path resources) throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (String set : List.of("aeb-dev", "metadata-dev", "people-quotes-dev")) {
            Path dir = shared.resolve("bench").resolve(set).resolve("html");
            if (Files.isDirectory(dir)) {
                for (Path f : AebPredictions.htmlFiles(dir)) {
                    out.add(new Labelled(set, f.getFileName().toString(), PageFiles.read(f), PageType.ARTICLE));
                }
            }
        }
        for (Path f : AebPredictions.htmlFiles(resources.resolve("pages"))) {
            out.add(new Labelled("test-pages", f.getFileName().toString(), PageFiles.read(f), PageType.ARTICLE));
        }
        Path aeb = shared.resolve("bench").resolve("aeb-dev");
        if (Files.isDirectory(aeb)) {
            for (var e : ChromePages.fromAeb(aeb).entrySet()) {
                out.add(new Labelled("aeb-dev-chrome", e.getKey(), e.getValue(), null));
            }
        }
        Map<String, PageType> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(resources.resolve("non-articles/expected.txt"))) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2) {
                expected.put(parts[0], PageType.valueOf(parts[1]));
            }
        }
        for (var e : expected.entrySet()) {
            out.add(new Labelled("non-articles", e.getKey(),
                    Files.readString(resources.resolve("non-articles").resolve(e.getKey())), e.getValue()));
        }
        // a chrome page may be a listing or other: it counts as right when it is not an article
        List<Labelled> resolved = new ArrayList<>(out.size());
        for (Labelled l : out) {
            resolved.add(l.expected() != null ? l : new Labelled(l.set(), l.name(), l.html(), chromeType(l.html())));
        }
        return resolved;
    }

    private static PageType chromeType(String html) {
        PageType got = type(html);
        return got == PageType.ARTICLE ? PageType.OTHER : got;
    }
}
