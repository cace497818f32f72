package dev.newsgraph.bench;

import dev.newsgraph.parse.DocumentParser;
import dev.newsgraph.parse.ParsedDocument;
import dev.newsgraph.parse.ParsedPerson;
import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.PeopleAndQuotes;
import dev.newsgraph.parse.RawDocument;
import dev.newsgraph.parse.people.PeopleExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes person and quote predictions for the people-quotes bench in the scorer's format.
 * Usage: {@code PeopleQuotesPredictions <people-quotes-dev-dir> <out.json> [--html]}; with {@code --html} the full
 * {@link DocumentParser} runs on {@code html/<id>.html} instead of {@link PeopleExtractor} on {@code <id>.txt}.
 */
public final class PeopleQuotesPredictions {

    private PeopleQuotesPredictions() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PeopleQuotesPredictions <people-quotes-dev-dir> <out.json> [--html]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        boolean html = args.length > 2 && args[2].equals("--html");
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir)) {
            texts = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        PeopleExtractor extractor = new PeopleExtractor();
        DocumentParser parser = new DocumentParser();
        Map<String, Object> out = new LinkedHashMap<>();
        long nanos = 0;
        for (Path txt : texts) {
            String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            PeopleAndQuotes found;
            if (html) {
                Path page = dir.resolve("html").resolve(id + ".html");
                String content = Files.readString(page, StandardCharsets.UTF_8);
                ParsedDocument doc = parser.parse(RawDocument.html(null, content));
                found = new PeopleAndQuotes(doc.persons(), doc.quotes());
            } else {
                List<String> paragraphs = paragraphs(Files.readString(txt, StandardCharsets.UTF_8));
                long t0 = System.nanoTime();
                found = extractor.extract(paragraphs);
                nanos += System.nanoTime() - t0;
            }
            out.put(id, toJson(found));
        }
        Files.writeString(Path.of(args[1]), JsonOut.write(out), StandardCharsets.UTF_8);
        if (!html) {
            System.err.printf("%d articles, %.3f ms per article (first pass, cold JVM)%n", texts.size(),
                    nanos / 1e6 / Math.max(1, texts.size()));
        }
    }

    /** Body text to paragraphs: one per non-blank line. */
    public static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String line : body.split("\r?\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    static Map<String, Object> toJson(PeopleAndQuotes found) {
        List<Object> persons = new ArrayList<>();
        for (ParsedPerson p : found.persons()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("aliases", p.aliases());
            m.put("roles", p.roles());
            m.put("mentions", p.mentions());
            persons.add(m);
        }
        List<Object> quotes = new ArrayList<>();
        for (ParsedQuote q : found.quotes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", q.text());
            m.put("kind", q.kind().name());
            m.put("speaker", q.speaker());
            m.put("speakerName", q.speakerName());
            m.put("cue", q.cue());
            m.put("paragraph", q.paragraph());
            quotes.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("persons", persons);
        m.put("quotes", quotes);
        return m;
    }
}
