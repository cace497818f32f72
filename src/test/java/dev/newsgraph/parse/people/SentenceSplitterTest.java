package dev.newsgraph.parse.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        Paragraph p = new Paragraph(0, text);
        QuoteMarks.find(List.of(p));
        List<Sentence> out = new ArrayList<>();
        SentenceSplitter.split(p, out);
        return out.stream().map(s -> p.span(s.from(), s.to())).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Lt. Col. Jane S. Doe met U.S. officials at 4 p.m. on Friday.", "She left."),
                split("Lt. Col. Jane S. Doe met U.S. officials at 4 p.m. on Friday. She left."));
    }

    @Test
    void quotesStayWholeAndKeepTheirAttribution() {
        assertEquals(List.of("\"It works. It really works,\" she said.", "\"Why?\" Smith asked.", "Then he left."),
                split("\"It works. It really works,\" she said. \"Why?\" Smith asked. Then he left."));
    }
}
