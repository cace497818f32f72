package dev.newsgraph.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a scraper sends, the parser returns text without control characters or refuses it as unparseable. */
class RandomDocumentPropertyTest {

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
}
