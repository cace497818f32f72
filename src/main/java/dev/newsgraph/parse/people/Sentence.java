package dev.newsgraph.parse.people;

/** Tokens {@code from}..{@code to} (exclusive) of a paragraph; {@code id} counts sentences through the article. */
record Sentence(int id, Paragraph paragraph, int from, int to) {
}
