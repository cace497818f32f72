package dev.newsgraph.parse.people;

import java.util.ArrayList;
import java.util.List;

/** The paragraphs of an article tokenised, with quote spans and sentences found. */
final class ArticleText {

    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    final List<QuoteSpan> quotes;

    ArticleText(List<String> texts) {
        for (String t : texts) {
            paragraphs.add(new Paragraph(paragraphs.size(), t == null ? "" : t));
        }
        quotes = QuoteMarks.find(paragraphs);
        for (Paragraph p : paragraphs) {
            SentenceSplitter.split(p, sentences);
        }
    }

    Sentence sentence(int id) {
        return sentences.get(id);
    }
}
