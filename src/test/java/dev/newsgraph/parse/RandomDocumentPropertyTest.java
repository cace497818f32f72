package dev.newsgraph.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever a scraper sends, the parser returns text without control characters or refuses it as unparseable. */
class RandomDocumentPropertyTest {

    private static final int CASES = 3000;

    private final DocumentParser parser = new DocumentParser();

    @Test
    void parsesOrRefusesAndNeverLeaksControls() {
        long seed = System.nanoTime();
        System.out.println("RandomDocumentPropertyTest seed " + seed);
        Random random = new Random(seed);
        DocumentFormat[] formats = DocumentFormat.values();
        for (int i = 0; i < CASES; i++) {
            String content = RandomText.anyDocument(random);
            DocumentFormat format = formats[random.nextInt(formats.length)];
            check(content, format, "seed " + seed + ", case " + i + ": ");
        }
    }

    private void check(String content, DocumentFormat format, String where) {
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
            assertFalse(text.chars().anyMatch(ControlCharacters::isStripped), () -> where + "control character in "
                    + text);
        }
    }
}
