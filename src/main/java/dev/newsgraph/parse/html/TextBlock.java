package dev.newsgraph.parse.html;

import org.jsoup.nodes.Element;

/** A run of text between two block boundaries of the page, with the counts the body scoring needs. */
final class TextBlock {

    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PRE, CELL, DIV }

    /** Boilerplate ancestors of a block, innermost first; shared between blocks. */
    record Flags(Element element, Flags next) {
    }

    final Element owner;
    final Kind kind;
    final int headingLevel;
    final String text;
    final int chars;
    final int linkChars;
    final Flags flags;
    final int index;
    /** Text including inline furniture (byline spans, labels), when it differs from {@link #text}. */
    private final String fullText;
    boolean boilerplate;

    TextBlock(Element owner, Kind kind, int headingLevel, String text, int chars, int linkChars, Flags flags,
            int index, String fullText) {
        this.owner = owner;
        this.kind = kind;
        this.headingLevel = headingLevel;
        this.text = text;
        this.chars = chars;
        this.linkChars = linkChars;
        this.flags = flags;
        this.index = index;
        this.fullText = fullText;
    }

    String fullText() {
        return fullText == null ? text : fullText;
    }

    double linkDensity() {
        return chars == 0 ? 0 : linkChars / (double) chars;
    }

    boolean isParagraphLike() {
        return kind == Kind.PARAGRAPH || kind == Kind.DIV || kind == Kind.QUOTE || kind == Kind.PRE;
    }

    @Override
    public String toString() {
        return kind + (boilerplate ? "!" : "") + "[" + chars + "/" + linkChars + "] " + text;
    }
}
