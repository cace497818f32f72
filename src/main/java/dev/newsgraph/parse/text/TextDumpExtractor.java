package dev.newsgraph.parse.text;

import dev.newsgraph.parse.ArticleContent;
import dev.newsgraph.parse.PageType;
import dev.newsgraph.parse.ParsedEditorialItem;
import dev.newsgraph.parse.ParsedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text dumps of news pages. Their usual shape: a title line, a "Published ..." line, the lead image
 * caption ending in "─ Credit" (sometimes printed twice), body paragraphs, then sidebar lists such as
 * "Opinion" / "Editorial" whose items are printed as title, date, title again and teaser.
 */
public final class TextDumpExtractor {

    private static final int MAX_TITLE_WORDS = 30;
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(published|posted|updated|last updated|first published)(\\s+on)?\\s*:?\\s*(.+)$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*)\\s*$");
    private static final Pattern CAPTION = Pattern.compile("^(.{20,}?)\\s+[─—–]\\s+(\\S[^.!?]{0,40})$");

    private final SidebarReader sidebar = new SidebarReader();

    public ArticleContent extract(String text) {
        List<List<String>> blocks = Blocks.of(text);
        String title = null;
        LocalDate published = null;
        List<String> authors = new ArrayList<>();
        ParsedImage image = null;
        List<String> paragraphs = new ArrayList<>();
        int index = 0;
        if (!blocks.isEmpty() && looksLikeTitle(blocks.get(0))) {
            title = blocks.get(0).get(0).strip();
            index = 1;
        }
        for (; index < blocks.size(); index++) {
            List<String> block = blocks.get(index);
            if (SidebarReader.isHeading(block)) {
                break;
            }
            List<String> kept = new ArrayList<>();
            for (String line : block) {
                Matcher date = DATE_LINE.matcher(line);
                Matcher byline = BYLINE.matcher(line);
                Matcher caption = CAPTION.matcher(line);
                if (paragraphs.isEmpty() && date.matches() && DisplayedDate.find(date.group(3)) != null) {
                    if (published == null || !date.group(1).toLowerCase().contains("updated")) {
                        published = DisplayedDate.find(date.group(3));
                    }
                } else if (paragraphs.isEmpty() && byline.matches()) {
                    authors.addAll(List.of(byline.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")));
                } else if (paragraphs.isEmpty() && caption.matches()) {
                    if (image == null) {
                        image = new ParsedImage(null, caption.group(1).strip(), caption.group(2).strip());
                    }
                } else {
                    kept.add(line);
                }
            }
            paragraphs.addAll(Blocks.paragraphs(kept));
        }
        List<ParsedEditorialItem> items = sidebar.read(blocks.subList(index, blocks.size()));
        return new ArticleContent(title, null, authors, null, null, published, null, null, null, null, image,
                paragraphs, items, PageType.ARTICLE);
    }

    /** A one-line first block, short, that does not read like a sentence of body text. */
    private static boolean looksLikeTitle(List<String> block) {
        if (block.size() != 1) {
            return false;
        }
        String line = block.get(0).strip();
        int words = line.split("\\s+").length;
        return words <= MAX_TITLE_WORDS && !(line.endsWith(".") && words > 15);
    }
}
