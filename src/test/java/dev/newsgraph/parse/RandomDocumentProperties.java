package dev.newsgraph.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a scraper sends, the parser returns text without control characters or refuses it as unparseable. */
class RandomDocumentProperties {

    private final DocumentParser parser = new DocumentParser();

    @Property(tries = 3000)
    void parsesOrRefusesAndNeverLeaksControls(@ForAll("documents") String content, @ForAll DocumentFormat format) {
        ParsedDocument parsed;
        try {
            parsed = parser.parse(new RawDocument("https://news.example.org/p", content, format, null));
        } catch (UnparseableDocumentException refused) {
            return;
        }
        List<String> texts = new ArrayList<>(parsed.paragraphs());
        texts.add(parsed.title());
        texts.addAll(parsed.authors());
        parsed.persons().forEach(p -> texts.add(p.name()));
        parsed.quotes().forEach(q -> texts.add(q.text()));
        parsed.editorialItems().forEach(e -> texts.add(e.title()));
        for (String text : texts) {
            assertFalse(text.chars().anyMatch(ControlCharacters::isStripped), () -> "control character in " + text);
        }
    }

    @Provide
    static Arbitrary<String> documents() {
        return Arbitraries.oneOf(RandomText.anyUnicode(), RandomText.htmlPages(), RandomText.newsText());
    }

    /** Generators shared with the API property test. */
    public static final class RandomText {

        private static final List<String> WORDS = List.of("The", "minister", "said", "\"We", "will", "talk.\"",
                "Taliban", "envoy", "Zalmay", "Khalilzad", "on", "Monday", "according", "to", "officials", "—", "'",
                "Islamabad", "peace", "talks", "résumé", "北京", "مرحبا", "\u0000", "\u0001", "\ufffd", "\u200b",
                "&amp;", "&#0;", "&#x1F;", "<", ">", "\n", "\n\n", "\t", "\r\n");
        private static final List<String> TAGS = List.of("p", "div", "h1", "h2", "title", "article", "script",
                "style", "table", "tr", "td", "span", "a", "meta", "ul", "li", "aside", "nav", "figure", "figcaption");

        private RandomText() {
        }

        public static Arbitrary<String> anyUnicode() {
            return Arbitraries.strings().all().ofMaxLength(400);
        }

        public static Arbitrary<String> newsText() {
            return Arbitraries.of(WORDS).list().ofMaxSize(300).map(words -> String.join(" ", words));
        }

        public static Arbitrary<String> htmlPages() {
            Arbitrary<String> element = Combinators.combine(Arbitraries.of(TAGS), newsText().map(t -> t.length() > 200
                    ? t.substring(0, 200) : t), Arbitraries.of("", " class=\"x\"", " id=\"main\"", " content=\"\u0000\""))
                    .as((tag, text, attr) -> "<" + tag + attr + ">" + text + "</" + tag + ">");
            return element.list().ofMaxSize(40).map(parts -> "<html><head>" + (parts.isEmpty() ? "" : parts.get(0))
                    + "</head><body>" + String.join("", parts) + "</body></html>");
        }
    }
}
