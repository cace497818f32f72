package dev.newsgraph.bench;

import dev.newsgraph.parse.DocumentParser;
import dev.newsgraph.parse.RawDocument;
import dev.newsgraph.parse.html.HtmlArticleExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * Single-thread throughput of the HTML path: {@code <html-dir> [seconds]}. Loads every page into memory, warms
 * up, then times passes over all pages for jsoup alone, the extractor and the whole DocumentParser, and prints the
 * median pages/s and MB/s, allocation per page, and the time for one synthetic ~5 MiB page.
 */
public final class ExtractionBenchmark {

    private static volatile Object sink;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBenchmark <html-dir> [seconds per measurement, default 10]");
            System.exit(2);
        }
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<String> pages = new ArrayList<>();
        long bytes = 0;
        for (Path p : AebPredictions.htmlFiles(Path.of(args[0]))) {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            pages.add(html);
            bytes += html.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("%d pages, %.1f MB%n", pages.size(), bytes / 1e6);
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        DocumentParser parser = new DocumentParser();
        Consumer<String> jsoup = h -> sink = Jsoup.parse(h);
        Consumer<String> extract = h -> sink = extractor.extract(h, null);
        Consumer<String> full = h -> sink = parser.parse(RawDocument.html(null, h));

        warmUp(pages, seconds, List.of(jsoup, extract, full));
        report("jsoup parse only", pages, bytes, seconds, jsoup);
        report("HtmlArticleExtractor", pages, bytes, seconds, extract);
        report("DocumentParser (full)", pages, bytes, seconds, full);

        String big = syntheticPage(5 * 1024 * 1024);
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            extract.accept(big);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        System.out.printf("synthetic %.1f MiB page: extractor median %.0f ms (min %.0f ms)%n",
                big.length() / 1048576.0, times[2] / 1e6, times[0] / 1e6);
    }

    /** At least 30 s: the JIT keeps raising the parser's throughput for about that long (measured in one JVM). */
    private static void warmUp(List<String> pages, double seconds, List<Consumer<String>> work) {
        long end = System.nanoTime() + (long) (Math.max(30, seconds) * 1e9);
        while (System.nanoTime() < end) {
            for (Consumer<String> w : work) {
                pages.forEach(w);
            }
        }
    }

    /** Whole passes over all pages until {@code seconds} are spent (at least 3); prints the median pass. */
    private static void report(String name, List<String> pages, long bytes, double seconds, Consumer<String> work) {
        List<Double> rates = new ArrayList<>();
        long allocated = 0;
        long pagesDone = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (rates.size() < 3 || System.nanoTime() < end) {
            long a0 = allocatedBytes();
            long t0 = System.nanoTime();
            pages.forEach(work);
            long dt = System.nanoTime() - t0;
            allocated += allocatedBytes() - a0;
            pagesDone += pages.size();
            rates.add(pages.size() / (dt / 1e9));
        }
        rates.sort(null);
        double median = rates.get(rates.size() / 2);
        double mbPerPage = bytes / 1e6 / pages.size();
        System.out.printf("%-24s %7.0f pages/s  %6.1f MB/s  (%d passes, min %.0f, max %.0f)  alloc %s/page%n", name,
                median, median * mbPerPage, rates.size(), rates.get(0), rates.get(rates.size() - 1),
                allocated < 0 ? "n/a" : String.format("%.2f MB", allocated / 1e6 / pagesDone));
    }

    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            return t.getThreadAllocatedBytes(Thread.currentThread().threadId());
        }
        return Long.MIN_VALUE / 4;
    }

    /** A page of about {@code size} chars: header, nav, many article paragraphs, sidebar lists, comments. */
    static String syntheticPage(int size) {
        StringBuilder sb = new StringBuilder(size + 4096);
        sb.append("<!doctype html><html lang=\"en\"><head><title>Big page | Site</title>")
                .append("<meta property=\"og:title\" content=\"Big page\"></head><body>")
                .append("<nav class=\"menu\"><ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">World</a></li></ul></nav>")
                .append("<article><h1>Big page</h1><p class=\"byline\">By Jane Doe</p><div class=\"article-body\">");
        int i = 0;
        while (sb.length() < size * 0.8) {
            sb.append("<p>Paragraph ").append(i++).append(" of the synthetic article says something long enough, ")
                    .append("with <a href=\"/x\">a link</a>, <em>emphasis</em> and numbers like 1,234 to count.</p>\n");
            if (i % 50 == 0) {
                sb.append("<div class=\"ad-slot\"><span>Advertisement</span></div><h2>Section ").append(i).append("</h2>");
            }
        }
        sb.append("</div></article><aside class=\"related\"><ul>");
        while (sb.length() < size * 0.9) {
            sb.append("<li><a href=\"/r").append(i++).append("\">Related story number ").append(i).append("</a></li>");
        }
        sb.append("</ul></aside><section class=\"comments\">");
        while (sb.length() < size) {
            sb.append("<div class=\"comment\"><p>Reader comment ").append(i++).append(" goes here.</p></div>");
        }
        return sb.append("</section></body></html>").toString();
    }
}
