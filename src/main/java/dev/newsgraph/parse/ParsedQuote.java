package dev.newsgraph.parse;

/**
 * One quote. {@code speakerName} is the speaker as written at the quote ("he", "Smith", "the ministry");
 * {@code speaker} is the resolved person's full name, or null for organisations and unknown speakers.
 */
public record ParsedQuote(String text, QuoteKind kind, String speakerName, String speaker, String cue, int paragraph) {
}
