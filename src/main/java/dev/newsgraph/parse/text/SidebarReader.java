package dev.newsgraph.parse.text;

import dev.newsgraph.parse.ParsedEditorialItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lists a page shows after the article ("Opinion", "Editorial", "Related", ...). An item is a title line
 * followed by its date line (optionally "Updated ..."), then, optionally, the title again and a teaser.
 */
final class SidebarReader {

    private static final Set<String> HEADINGS = Set.of("opinion", "editorial", "editorials", "related",
            "related articles", "related stories", "related news", "more stories", "more from", "most read",
            "most popular", "trending", "recommended", "you may also like", "comments", "latest", "latest news",
            "columns", "letters", "analysis", "read more", "also read", "more on this story", "top stories");
    private static final Pattern ITEM_DATE = Pattern.compile("(?i)^(updated\\s+)?(.{4,40})$");

    static boolean isHeading(List<String> block) {
        return block.size() == 1 && HEADINGS.contains(block.get(0).strip().toLowerCase(Locale.ROOT)
                .replaceAll("[:.]$", ""));
    }

    List<ParsedEditorialItem> read(List<List<String>> blocks) {
        List<String> lines = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        for (List<String> block : blocks) {
            boolean heading = isHeading(block);
            for (String line : block) {
                lines.add(line);
                headings.add(heading);
            }
        }
        List<ParsedEditorialItem> items = new ArrayList<>();
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            if (headings.get(i)) {
                section = lines.get(i).strip().replaceAll("[:.]$", "");
                continue;
            }
            if (section == null || i + 1 >= lines.size()) {
                continue;
            }
            Item dated = datedItem(lines.get(i), lines.get(i + 1));
            if (dated == null) {
                continue;
            }
            int next = i + 2;
            if (next < lines.size() && lines.get(next).equals(dated.title)) {
                next++;
            }
            String teaser = null;
            if (next < lines.size() && !headings.get(next) && !startsItem(lines, next)) {
                teaser = lines.get(next);
                next++;
            }
            items.add(new ParsedEditorialItem(section, dated.title, teaser, null, dated.date, dated.updated));
            i = next - 1;
        }
        return items;
    }

    private static boolean startsItem(List<String> lines, int i) {
        return i + 1 < lines.size() && datedItem(lines.get(i), lines.get(i + 1)) != null;
    }

    private static Item datedItem(String title, String dateLine) {
        Matcher m = ITEM_DATE.matcher(dateLine.strip());
        if (!m.matches()) {
            return null;
        }
        LocalDate date = DisplayedDate.find(m.group(2));
        if (date == null || title.length() > 200) {
            return null;
        }
        return new Item(title.strip(), date, m.group(1) != null);
    }

    private record Item(String title, LocalDate date, boolean updated) {
    }
}
