package dev.newsgraph.bench;

import dev.newsgraph.parse.ArticleContent;
import dev.newsgraph.parse.html.HtmlArticleExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes article-body predictions for the aeb benchmark: {@code <html-dir> <out.json>}. */
public final class AebPredictions {

    private AebPredictions() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AebPredictions <html-dir> <out.json>");
            System.exit(2);
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Path file : htmlFiles(Path.of(args[0]))) {
            String id = file.getFileName().toString().replaceFirst("\\.html?$", "");
            String html = Files.readString(file, StandardCharsets.UTF_8);
            ArticleContent article = extractor.extract(html, null);
            out.put(id, Map.of("articleBody", String.join("\n\n", article.paragraphs())));
        }
        Files.writeString(Path.of(args[1]), JsonOut.write(out), StandardCharsets.UTF_8);
        System.out.println(out.size() + " pages -> " + args[1]);
    }

    static List<Path> htmlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = new ArrayList<>(s.filter(p -> p.toString().matches(".*\\.html?$")).sorted().toList());
            return files;
        }
    }
}
