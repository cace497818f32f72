package dev.newsgraph.parse.people;

import java.util.Set;

/** Tells English text from other languages by how often the commonest English function words occur. */
final class EnglishCheck {

    private static final Set<String> COMMON = Words.of("the and of to is that for with was he she it said by at his her from were are");
    // most words are longer than any common one: no hash to compute for them
    private static final int SHORTEST = COMMON.stream().mapToInt(String::length).min().orElseThrow();
    private static final int LONGEST = COMMON.stream().mapToInt(String::length).max().orElseThrow();
    private static final int MIN_WORDS = 40;
    private static final double MIN_SHARE = 0.08;

    private EnglishCheck() {
    }

    static boolean isEnglish(ArticleText article) {
        int words = 0;
        int common = 0;
        for (Paragraph p : article.paragraphs) {
            for (Token t : p.tokens) {
                if (t.isWord()) {
                    words++;
                    int length = t.lower().length();
                    if (length >= SHORTEST && length <= LONGEST && COMMON.contains(t.lower())) {
                        common++;
                    }
                }
            }
        }
        return words < MIN_WORDS || common >= MIN_SHARE * words;
    }
}
