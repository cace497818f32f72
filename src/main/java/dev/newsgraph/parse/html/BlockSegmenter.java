package dev.newsgraph.parse.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts the page body into {@link TextBlock}s in one depth-first pass: text between block-level tags becomes one
 * block, owned by the innermost block element. Scripts, forms controls and media are skipped; boilerplate
 * ancestors are recorded on each block and judged afterwards, so that a wrapper with a misleading class that holds
 * most of the page's paragraphs is not thrown away.
 */
final class BlockSegmenter {

    private static final int MAX_DEPTH = 400;

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "select", "option", "textarea", "input",
            "button", "head", "title", "img", "picture", "source", "link", "meta", "map", "area");

    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "form",
            "fieldset", "hr", "center", "details", "summary", "body", "html", "address", "menu", "dialog", "hgroup",
            "legend", "output");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Map<String, Boolean> classVerdicts = new java.util.HashMap<>();
    private final StringBuilder text = new StringBuilder(256);
    private int chars;
    private int linkChars;
    private boolean pendingSpace;
    private StringBuilder raw;
    private int hiddenDepth;
    private int linkDepth;
    private int quoteDepth;

    static List<TextBlock> segment(Element body) {
        BlockSegmenter s = new BlockSegmenter();
        s.walk(body, body, null, 0);
        s.flush(body, null);
        s.judgeFlags();
        return s.blocks;
    }

    private void walk(Element el, Element owner, TextBlock.Flags flags, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (int i = 0, n = el.childNodeSize(); i < n; i++) { // childNodes() would wrap the list for every element
            Node child = el.childNode(i);
            if (child instanceof TextNode t) {
                append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    newline();
                    continue;
                }
                boolean bad = BoilerplateFilter.isBoilerplate(e, classVerdicts);
                if (BLOCK.contains(tag) || (bad && !tag.equals("a") && hasBlockInside(e, 0))) {
                    flush(owner, flags);
                    boolean quote = tag.equals("blockquote");
                    if (quote) {
                        quoteDepth++;
                    }
                    TextBlock.Flags f = bad ? new TextBlock.Flags(e, flags) : flags;
                    walk(e, e, f, depth + 1);
                    flush(e, f);
                    if (quote) {
                        quoteDepth--;
                    }
                } else if (bad && !tag.equals("a")) {
                    // inline furniture inside running text (a label, a byline span): out of the body text, but
                    // kept in the block's full text for the byline and date finders
                    if (raw == null) {
                        raw = new StringBuilder(text);
                    }
                    hiddenDepth++;
                    walk(e, owner, flags, depth + 1);
                    hiddenDepth--;
                    pendingSpace = true;
                } else {
                    boolean link = tag.equals("a");
                    if (link) {
                        linkDepth++;
                    }
                    walk(e, owner, flags, depth + 1);
                    if (link) {
                        linkDepth--;
                    }
                }
            }
        }
    }

    private static boolean hasBlockInside(Element el, int depth) {
        if (depth > 20) {
            return false;
        }
        for (Element c = el.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (BLOCK.contains(c.normalName()) || hasBlockInside(c, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private void append(String s) {
        if (hiddenDepth > 0) {
            appendRaw(s);
            return;
        }
        if (raw != null) {
            appendRaw(s);
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (Texts.isSpace(s.charAt(i))) {
                pendingSpace = true;
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Texts.isSpace(s.charAt(i))) {
                i++;
            }
            if (pendingSpace && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            pendingSpace = false;
            text.append(s, start, i); // a whole word at a time
            chars += i - start;
            if (linkDepth > 0) {
                linkChars += i - start;
            }
        }
    }

    private void appendRaw(String s) {
        if (!raw.isEmpty() && !Texts.isSpace(raw.charAt(raw.length() - 1))) {
            raw.append(' ');
        }
        raw.append(Texts.clean(s));
    }

    private void newline() {
        if (raw != null) {
            raw.append('\n');
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        pendingSpace = false;
    }

    private void flush(Element owner, TextBlock.Flags flags) {
        String fullText = raw == null ? null : Texts.clean(raw.toString());
        raw = null;
        if (chars == 0 && fullText != null && !fullText.isEmpty()) {
            blocks.add(new TextBlock(owner, TextBlock.Kind.DIV, 0, "", 0, 0, flags, blocks.size(), fullText));
        }
        if (chars > 0) {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == '\n') {
                end--;
            }
            String tag = owner.normalName();
            TextBlock.Kind kind;
            int level = 0;
            switch (tag) {
                case "p" -> kind = quoteDepth > 0 ? TextBlock.Kind.QUOTE : TextBlock.Kind.PARAGRAPH;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    kind = TextBlock.Kind.HEADING;
                    level = tag.charAt(1) - '0';
                }
                case "li", "dd", "dt" -> kind = TextBlock.Kind.LIST_ITEM;
                case "blockquote" -> kind = TextBlock.Kind.QUOTE;
                case "pre" -> kind = TextBlock.Kind.PRE;
                case "td", "th" -> kind = TextBlock.Kind.CELL;
                default -> kind = quoteDepth > 0 ? TextBlock.Kind.QUOTE : TextBlock.Kind.DIV;
            }
            blocks.add(new TextBlock(owner, kind, level, text.substring(0, end), chars, linkChars, flags,
                    blocks.size(), fullText));
        }
        text.setLength(0);
        chars = 0;
        linkChars = 0;
        pendingSpace = false;
    }

    /**
     * A flagged element keeps its flag unless it holds at least half of the page's paragraph text: then the flag
     * came from a page-wide wrapper class ("has-sidebar", "comments-open") and the element is the article's home.
     * Navigation and the page footer keep theirs always: on a page without an article they hold all its text.
     */
    private void judgeFlags() {
        int total = 0;
        Map<Element, int[]> held = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (!b.isParagraphLike()) {
                continue;
            }
            int weight = b.chars - b.linkChars;
            total += weight;
            for (TextBlock.Flags f = b.flags; f != null; f = f.next()) {
                held.computeIfAbsent(f.element(), k -> new int[1])[0] += weight;
            }
        }
        for (TextBlock b : blocks) {
            for (TextBlock.Flags f = b.flags; f != null; f = f.next()) {
                int[] h = held.get(f.element());
                if (h == null || h[0] * 2 < total || BoilerplateFilter.isChrome(f.element())) {
                    b.boilerplate = true;
                    break;
                }
            }
        }
    }
}
