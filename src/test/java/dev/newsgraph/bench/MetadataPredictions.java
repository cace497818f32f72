package dev.newsgraph.bench;

import dev.newsgraph.parse.ArticleContent;
import dev.newsgraph.parse.html.HtmlArticleExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes title/authors/date predictions for the metadata benchmark:
 * {@code <html-dir> <gold.json-or-null> <out.json>}. The gold file, when given, only supplies each page's url.
 */
public final class MetadataPredictions {

    private static final Pattern GOLD_ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\{([^{}]*)\\}");
    private static final Pattern URL_FIELD = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]*)\"");

    private MetadataPredictions() {
    }

    /** Page name to url, from a gold file of {@code {name: {"url": ..., ...}}} entries. */
    static Map<String, String> urls(Path gold) throws IOException {
        Map<String, String> urls = new LinkedHashMap<>();
        Matcher m = GOLD_ENTRY.matcher(Files.readString(gold, StandardCharsets.UTF_8));
        while (m.find()) {
            Matcher u = URL_FIELD.matcher(m.group(2));
            if (u.find()) {
                urls.put(m.group(1), u.group(1));
            }
        }
        return urls;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: MetadataPredictions <html-dir> <gold.json|null> <out.json>");
            System.exit(2);
        }
        Map<String, String> urls = args[1].equals("null") ? Map.of() : urls(Path.of(args[1]));
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Path file : AebPredictions.htmlFiles(Path.of(args[0]))) {
            String name = file.getFileName().toString().replaceFirst("\\.html?$", "");
            String html = Files.readString(file, StandardCharsets.UTF_8);
            ArticleContent a = extractor.extract(html, urls.get(name));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", a.title() == null ? "" : a.title());
            entry.put("authors", a.authors());
            entry.put("date", a.publishedDate() == null ? "" : a.publishedDate().toString());
            out.put(name, entry);
        }
        Files.writeString(Path.of(args[2]), JsonOut.write(out), StandardCharsets.UTF_8);
        System.out.println(out.size() + " pages -> " + args[2]);
    }
}
