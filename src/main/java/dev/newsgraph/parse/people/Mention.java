package dev.newsgraph.parse.people;

/** Tokens {@code from}..{@code to} (exclusive) of a paragraph name {@code person}; {@code roleFrom} starts a role before it. */
record Mention(Person person, Paragraph paragraph, int from, int to, int roleFrom) {

    boolean possessive() {
        return paragraph.token(to - 1).isPossessive();
    }

    boolean inQuote() {
        return paragraph.quoted(from);
    }

    int sentence() {
        return paragraph.sentenceOf[from];
    }
}
