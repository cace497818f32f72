package dev.newsgraph.bench;

import dev.newsgraph.parse.ArticleContent;
import dev.newsgraph.parse.html.HtmlArticleExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes publication-date predictions for the dates benchmark: {@code <html-dir> <gold.json> <out.json> [--url]}.
 * Without {@code --url} the extractor gets the HTML alone, as htmldate's comparison gives it; with it, the gold
 * file supplies each page's url.
 */
public final class DatesPredictions {

    private DatesPredictions() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4 || args.length == 4 && !args[3].equals("--url")) {
            System.err.println("usage: DatesPredictions <html-dir> <gold.json> <out.json> [--url]");
            System.exit(2);
        }
        Map<String, String> urls = args.length == 4 ? MetadataPredictions.urls(Path.of(args[1])) : Map.of();
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Path file : AebPredictions.htmlFiles(Path.of(args[0]))) {
            String name = file.getFileName().toString().replaceFirst("\\.html?$", "");
            ArticleContent a = extractor.extract(PageFiles.read(file), urls.get(name));
            out.put(name, a.publishedDate() == null ? null : a.publishedDate().toString());
        }
        Files.writeString(Path.of(args[2]), JsonOut.write(out), StandardCharsets.UTF_8);
        System.out.println(out.size() + " pages" + (urls.isEmpty() ? " (html only)" : " (with urls)") + " -> " + args[2]);
    }
}
