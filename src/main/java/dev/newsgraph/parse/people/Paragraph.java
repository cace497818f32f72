package dev.newsgraph.parse.people;

import java.util.Arrays;
import java.util.List;

/** One paragraph's tokens with, per token, the quote it lies inside and the sentence it belongs to. */
final class Paragraph {

    final int index;
    final String text;
    final List<Token> tokens;
    /** Quote id of tokens between a quote's marks (the marks themselves excluded), else -1. */
    final int[] quoteOf;
    /** Quote id of the opening / closing mark tokens of a quote, else -1. */
    final int[] markOf;
    /** Global sentence id of each token. */
    final int[] sentenceOf;
    /** The person mention covering each token, if any. */
    final Mention[] mentions;
    /** Speech verbs already used to attribute a quotation, so they are not read again as reported speech. */
    final boolean[] cueUsed;

    Paragraph(int index, String text) {
        this.index = index;
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        this.quoteOf = new int[tokens.size()];
        this.markOf = new int[tokens.size()];
        this.sentenceOf = new int[tokens.size()];
        this.mentions = new Mention[tokens.size()];
        this.cueUsed = new boolean[tokens.size()];
        Arrays.fill(quoteOf, -1);
        Arrays.fill(markOf, -1);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    boolean inQuote(int i) {
        return quoteOf[i] >= 0;
    }

    /** Inside a quote or one of its marks. */
    boolean quoted(int i) {
        return quoteOf[i] >= 0 || markOf[i] >= 0;
    }

    /** The original text from token {@code from} to token {@code to} (exclusive). */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
