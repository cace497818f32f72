package dev.newsgraph.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsgraph.bench.PageFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The whole parser over every real page under {@code ../shared/bench/*}{@code /html} (the development halves of the
 * benchmarks): no page may throw. {@link UnparseableDocumentException} is the right answer only for a page without a
 * single word a reader could see (dates-dev holds three bot-check pages of scripts and an iframe). Skipped, with a
 * message, where {@code ../shared} is absent ({@code -Dshared.dir} points elsewhere).
 */
class BenchPagesTest {

    static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    private final DocumentParser parser = new DocumentParser();

    @Test
    void noPageCrashesTheParser() throws IOException {
        List<Path> pages = pages(SHARED.resolve("bench"));
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (Path page : pages) {
            String html = PageFiles.read(page);
            try {
                parser.parse(RawDocument.html(null, html));
            } catch (UnparseableDocumentException e) {
                if (TextStats.wordCount(Jsoup.parse(html).text()) > 0) {
                    failures.add(SHARED.relativize(page) + ": refused though it has text: " + e.getMessage());
                }
                refused++;
            } catch (RuntimeException e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                failures.add(SHARED.relativize(page) + ": " + trace);
            }
        }
        System.out.printf("BenchPagesTest: %d pages, %d without words refused, %d failed%n", pages.size(), refused,
                failures.size());
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + pages.size() + " pages failed:\n"
                + String.join("\n", failures));
    }

    /** Every page under {@code <bench>/<set>/html}, sorted; skips the calling test when there is none. */
    static List<Path> pages(Path bench) throws IOException {
        assumeTrue(Files.isDirectory(bench), () -> "skipped: no benchmark pages at " + bench.toAbsolutePath()
                + " (set -Dshared.dir to the shared folder to run it)");
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> sets = Files.list(bench)) {
            for (Path set : sets.sorted().toList()) {
                Path html = set.resolve("html");
                if (Files.isDirectory(html)) {
                    try (Stream<Path> files = Files.list(html)) {
                        files.filter(p -> p.toString().matches(".*\\.html?$")).sorted().forEach(pages::add);
                    }
                }
            }
        }
        assumeTrue(!pages.isEmpty(), () -> "skipped: no pages under " + bench.toAbsolutePath() + "/*/html");
        return pages;
    }
}
