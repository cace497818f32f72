package dev.newsgraph.parse.html;

import dev.newsgraph.parse.Chars;
import dev.newsgraph.parse.ParsedEditorialItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the lists of other pieces a page shows under an opinion-type heading ("Opinion", "Editorial", "Columns",
 * "Analysis", "Leaders"...): the heading is an h2-h6 or an element whose class/id names a heading, and it is
 * followed by at least two repeated items (same tag, children of one list element), each holding a link whose text
 * is a headline. Lists under "Related", "Most read", "Trending"... are never reported; neither is anything that is
 * part of the article body. Every search is bounded, so the cost stays linear in the page size.
 */
final class EditorialFinder {

    private static final int MAX_HEADING_CHARS = 40;
    private static final int MAX_HEADING_WORDS = 4;
    private static final int MAX_HEADING_NODES = 40;
    private static final int MAX_MATCHED_HEADINGS = 30;
    private static final int MAX_REGION_ELEMENTS = 3000;
    private static final int MAX_LINK_DEPTH = 12;
    private static final int MAX_ITEMS = 30;
    private static final int MAX_ITEM_ELEMENTS = 300;
    private static final int MAX_TITLE_CHARS = 300;
    private static final int MAX_TEASER_CHARS = 600;
    private static final int MAX_DATE_TEXT = 80;
    private static final int MIN_TITLE_WORDS = 3;

    /** Words that make a short heading an opinion-type section wherever they stand in it. */
    private static final Set<String> SECTION_WORDS = Set.of("opinion", "opinions", "editorial", "editorials",
            "column", "columns", "columnist", "columnists", "commentary", "commentaries", "analysis", "oped",
            "opeds", "viewpoints", "meinung", "kommentar", "kommentare", "leitartikel", "opinión", "opiniones",
            "opinião", "opinioni", "opinione", "éditorial", "éditoriaux", "editoriales", "editoriale", "tribune",
            "tribunes", "chroniques", "columnas", "analyse", "análisis", "análise");
    /** Headings that name such a section only when they are the whole heading. */
    private static final Set<String> SECTION_NAMES = Set.of("op ed", "op eds", "leader", "leaders", "our view",
            "our views", "viewpoint", "perspectives", "letters to the editor", "voices", "ideas");
    /** Words of headings of other lists: such a heading is never an editorial section, and ends one. */
    private static final Set<String> OTHER_WORDS = Set.of("related", "most", "popular", "trending", "recommended",
            "recommendations", "sponsored", "partner", "comments", "comment", "newsletter", "newsletters",
            "latest", "top", "also", "like", "watch", "video", "videos", "podcast", "podcasts", "gallery",
            "photos", "advertisement", "share", "follow", "tags", "topics");
    private static final WordSet NAV_TOKENS = WordSet.of("nav", "navbar", "navigation", "menu", "menus",
            "submenu", "megamenu", "dropdown", "sitemap", "breadcrumb", "breadcrumbs");
    private static final WordSet TITLE_TOKENS = WordSet.of("title", "headline", "hed", "heading");
    private static final WordSet TEASER_TOKENS = WordSet.of("summary", "teaser", "excerpt", "dek", "standfirst",
            "description", "desc", "intro", "lede", "abstract", "snippet", "blurb", "subtitle", "subhead");
    private static final WordSet DATE_TOKENS = WordSet.of("date", "time", "timestamp", "published", "updated",
            "meta", "dateline", "posted");
    private static final Pattern UPDATED = Pattern.compile("(?i)(?<![a-z])(updated|modified|aktualisiert|mis à jour|actualizado)(?![a-z])");
    private static final String TRAILING_MARKS = " :|›»>→-–—";
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?i)^(more|read more|see|see all|view|view all|all|read|continue|show|load|next|previous)\\b.*");

    private EditorialFinder() {
    }

    private record Section(String name, Element heading, Element list, List<Element> items) {
    }

    /**
     * @param bodyParagraphs the article's paragraphs: a list any of whose items shows one of them is the body
     * @param language the page language, for day-first numeric dates
     */
    static List<ParsedEditorialItem> find(List<Element> headingCandidates, List<String> bodyParagraphs,
            String language) {
        Set<String> body = null; // folded paragraphs, built once a section name turns up (most pages have none)
        List<Element> headings = new ArrayList<>();
        Map<Element, String> names = new IdentityHashMap<>();
        for (Element h : headingCandidates) {
            String name = sectionName(h);
            if (name == null) {
                continue;
            }
            if (body == null) {
                body = folded(bodyParagraphs);
            }
            // a subheading of the article ("What the analysis shows") is part of the body, not a section
            if (!body.contains(Texts.fold(name)) && !insideNavigation(h)
                    && !BoilerplateFilter.insideComments(h)) {
                headings.add(h);
                names.put(h, name);
                if (headings.size() >= MAX_MATCHED_HEADINGS) {
                    break;
                }
            }
        }
        if (headings.isEmpty()) {
            return List.of();
        }
        boolean dayFirst = DateParser.dayFirst(language);
        Set<Element> seenLists = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> seenUrls = new HashSet<>();
        List<ParsedEditorialItem> out = new ArrayList<>();
        for (Element h : headings) {
            Section s = section(h, names.get(h), names.keySet());
            if (s == null || !seenLists.add(s.list)) {
                continue;
            }
            List<ParsedEditorialItem> items = new ArrayList<>();
            boolean partOfBody = false;
            for (Element item : s.items) {
                ParsedEditorialItem parsed = item(s.name, item, dayFirst);
                if (parsed == null) {
                    continue;
                }
                if (body.contains(Texts.fold(parsed.title())) || (parsed.teaser() != null
                        && body.contains(Texts.fold(parsed.teaser())))) {
                    partOfBody = true;
                    break;
                }
                items.add(parsed);
            }
            if (partOfBody || items.size() < 2) {
                continue;
            }
            for (ParsedEditorialItem i : items) {
                if (seenUrls.add(s.name + "\n" + i.url())) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static Set<String> folded(List<String> paragraphs) {
        Set<String> out = new HashSet<>();
        for (String p : paragraphs) {
            out.add(Texts.fold(p));
        }
        return out;
    }

    /** The heading's text as shown when it names an opinion-type section, else null. */
    static String sectionName(Element h) {
        String text = Texts.boundedText(h, MAX_HEADING_CHARS, MAX_HEADING_NODES);
        if (text == null || text.isEmpty()) {
            return null;
        }
        int end = text.length();
        while (end > 0 && TRAILING_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        text = text.substring(0, end);
        if (text.indexOf(':') >= 0 || text.indexOf('?') >= 0) {
            return null; // "Opinion: Why ..." is an item's title with its label
        }
        String folded = Texts.fold(text);
        if (folded.isEmpty() || spaces(folded) >= MAX_HEADING_WORDS) {
            return null;
        }
        String[] words = folded.split(" ");
        if (words.length > MAX_HEADING_WORDS) {
            return null;
        }
        boolean section = SECTION_NAMES.contains(folded);
        for (String w : words) {
            if (OTHER_WORDS.contains(w)) {
                return null;
            }
            section |= SECTION_WORDS.contains(w);
        }
        return section ? text : null;
    }

    private static int spaces(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static boolean isOtherHeading(Element e) {
        String text = Texts.boundedText(e, MAX_HEADING_CHARS, MAX_HEADING_NODES);
        if (text == null) {
            return false;
        }
        for (String w : Texts.fold(text).split(" ")) {
            if (OTHER_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideNavigation(Element e) {
        int depth = 0;
        for (Element p = e; p != null && depth < 400; p = p.parent(), depth++) {
            String tag = p.normalName();
            if (tag.equals("body")) {
                return false; // page-wide classes ("mobile-nav-open") say nothing about one block
            }
            if (tag.equals("nav") || tag.equals("menu")) {
                return true;
            }
            if (p.attributesSize() == 0) {
                continue;
            }
            String role = p.attr("role");
            if (role.equalsIgnoreCase("navigation") || role.equalsIgnoreCase("menu")
                    || role.equalsIgnoreCase("menubar")) {
                return true;
            }
            if (BoilerplateFilter.hasAnyToken(p.className(), NAV_TOKENS)
                    || BoilerplateFilter.hasAnyToken(p.id(), NAV_TOKENS)) {
                return true;
            }
        }
        return false;
    }

    private static int level(Element e) {
        String tag = e.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }

    /**
     * The list that follows the heading: the heading (or the wrapper that holds nothing but it) is followed, among
     * its siblings, by elements whose title links fall into at least two same-tag children of one element.
     */
    private static Section section(Element heading, String name, Set<Element> sectionHeadings) {
        Element start = heading;
        String headingText = Texts.fold(Texts.boundedText(heading, MAX_HEADING_CHARS));
        for (int up = 0; up < 3; up++) {
            Element p = start.parent();
            if (p == null || p.normalName().equals("body")) {
                break;
            }
            String pText = Texts.boundedText(p, MAX_HEADING_CHARS * 2, MAX_HEADING_NODES * 2);
            if (pText == null || !Texts.fold(pText).equals(headingText)) {
                break;
            }
            start = p;
        }
        if (level(start) == 0 && start.tag().isInline()) {
            return null; // a label running into a headline ("Analysis" Why ...), not a section's heading
        }
        int headingLevel = level(heading);
        // parent -> its children that hold title links, in document order
        Map<Element, List<Element>> holders = new LinkedHashMap<>();
        Map<Element, Integer> depthOf = new IdentityHashMap<>();
        Element root = start.parent();
        if (root == null) {
            return null;
        }
        int[] budget = {MAX_REGION_ELEMENTS};
        for (Element sib = start.nextElementSibling(); sib != null; sib = sib.nextElementSibling()) {
            if (!scan(sib, root, heading, headingLevel, sectionHeadings, holders, depthOf, budget, 0)) {
                break;
            }
        }
        Element best = null;
        List<Element> bestItems = null;
        int bestDepth = Integer.MAX_VALUE;
        for (Map.Entry<Element, List<Element>> en : holders.entrySet()) {
            List<Element> items = sameTag(en.getValue());
            int depth = depthOf.getOrDefault(en.getKey(), 0);
            if (items.size() >= 2 && (bestItems == null || items.size() > bestItems.size()
                    || (items.size() == bestItems.size() && depth < bestDepth))) {
                best = en.getKey();
                bestItems = items;
                bestDepth = depth;
            }
        }
        if (best == null) {
            return null;
        }
        return new Section(name, heading, best, bestItems.size() > MAX_ITEMS ? bestItems.subList(0, MAX_ITEMS)
                : bestItems);
    }

    /**
     * Walks one element of the region in document order, recording where title links sit. Returns false when the
     * region ends: at another section's heading, an h1, a heading of the same or a higher rank, or when the budget
     * is spent.
     */
    private static boolean scan(Element e, Element root, Element heading, int headingLevel, Set<Element> sections,
            Map<Element, List<Element>> holders, Map<Element, Integer> depthOf, int[] budget, int depth) {
        if (--budget[0] < 0 || depth > 40) {
            return false;
        }
        if (e != heading && sections.contains(e)) {
            return false;
        }
        int level = level(e);
        // a heading of the same or a higher rank starts another part of the page, unless it is an item's headline
        if (level == 1 || (level > 0 && level <= (headingLevel > 0 ? headingLevel : 2) && !holdsHeadline(e))) {
            return false;
        }
        if (level > 0 && isOtherHeading(e)) {
            return false;
        }
        if (e.normalName().equals("a")) {
            if (isTitleLink(e)) {
                record(e, root, holders, depthOf);
            }
            return true;
        }
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (!scan(c, root, heading, headingLevel, sections, holders, depthOf, budget, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static void record(Element link, Element root, Map<Element, List<Element>> holders,
            Map<Element, Integer> depthOf) {
        List<Element> chain = new ArrayList<>();
        Element child = link;
        for (int i = 0; i < MAX_LINK_DEPTH && child != root; i++) {
            Element parent = child.parent();
            if (parent == null) {
                return;
            }
            chain.add(child);
            child = parent;
        }
        if (child != root) {
            return; // too deep below the heading's container to be one of its items
        }
        // chain: link .. child of root; depth of a holder counted from root
        for (int i = chain.size() - 1; i >= 0; i--) {
            Element c = chain.get(i);
            Element parent = c.parent();
            List<Element> kids = holders.computeIfAbsent(parent, k -> new ArrayList<>());
            depthOf.putIfAbsent(parent, chain.size() - 1 - i);
            if (kids.isEmpty() || kids.get(kids.size() - 1) != c) {
                kids.add(c);
            }
        }
    }

    /** The children of the most frequent tag; ties go to the first tag seen. */
    private static List<Element> sameTag(List<Element> kids) {
        if (kids.size() < 2) {
            return List.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        String bestTag = null;
        int bestCount = 0;
        for (Element k : kids) {
            int n = counts.merge(k.normalName(), 1, Integer::sum);
            if (n > bestCount) {
                bestCount = n;
                bestTag = k.normalName();
            }
        }
        if (bestCount < 2 || bestTag.equals("a")) {
            return List.of(); // links side by side are one item's links, or a link list without items
        }
        List<Element> out = new ArrayList<>(bestCount);
        for (Element k : kids) {
            if (k.normalName().equals(bestTag)) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean holdsHeadline(Element heading) {
        for (Element p = heading.parent(); p != null && p != heading.ownerDocument(); p = p.parent()) {
            if (p.normalName().equals("a")) {
                return isTitleLink(p) && Texts.wordCount(linkTitle(p)) >= 4;
            }
            if (level(p) == 0 && !p.tag().isInline()) {
                break;
            }
        }
        for (Element a : heading.getElementsByTag("a")) {
            if (isTitleLink(a) && Texts.wordCount(linkTitle(a)) >= 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleLink(Element a) {
        String href = a.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11)
                || href.regionMatches(true, 0, "mailto:", 0, 7) || href.regionMatches(true, 0, "tel:", 0, 4)) {
            return false;
        }
        String text = linkTitle(a);
        return text != null;
    }

    /** The link's text when it reads as a headline (not a person's or a section's name), else null. */
    private static String linkTitle(Element a) {
        String text = Texts.boundedText(a, MAX_TITLE_CHARS);
        if (text == null || text.length() < 8 || Texts.wordCount(text) < MIN_TITLE_WORDS
                || NOT_A_TITLE.matcher(text).matches()) {
            return null;
        }
        return text;
    }

    private static ParsedEditorialItem item(String section, Element item, boolean dayFirst) {
        List<Element> elements = new ArrayList<>();
        collect(item, elements);
        Element titleLink = null;
        String title = null;
        boolean titleMarked = false;
        for (Element e : elements) {
            if (!e.normalName().equals("a") || !isTitleLink(e)) {
                continue;
            }
            String t = linkTitle(e);
            boolean marked = marksTitle(e, item);
            if (title == null || (marked && !titleMarked) || (marked == titleMarked && t.length() > title.length())) {
                titleLink = e;
                title = t;
                titleMarked = marked;
            }
        }
        if (titleLink == null) {
            return null;
        }
        Element titleElement = titleLink;
        for (Element e : titleLink.getAllElements()) {
            if (e != titleLink && (level(e) > 1 || hasTokens(e, TITLE_TOKENS))) {
                String t = Texts.boundedText(e, MAX_TITLE_CHARS);
                if (t != null && Texts.wordCount(t) >= MIN_TITLE_WORDS) {
                    titleElement = e;
                    title = t;
                }
                break;
            }
        }
        String url = titleLink.absUrl("href");
        if (url.isEmpty()) {
            url = titleLink.attr("href").strip();
        }
        String foldedTitle = Texts.fold(title);
        LocalDate date = null;
        boolean updated = false;
        Element dateElement = null;
        String teaser = null;
        for (Element e : elements) {
            if (date == null && e.normalName().equals("time")) {
                DateParser.Found f = DateParser.machine(e.attr("datetime"));
                if (f == null) {
                    f = DateParser.human(Texts.boundedText(e, MAX_DATE_TEXT), dayFirst);
                }
                if (f != null) {
                    date = f.date();
                    dateElement = e;
                }
            }
        }
        for (Element e : elements) {
            if (within(e, titleElement)) {
                continue;
            }
            boolean leaf = e.childrenSize() == 0;
            if (date == null && (leaf || hasTokens(e, DATE_TOKENS))) {
                String text = Texts.boundedText(e, MAX_DATE_TEXT);
                DateParser.Found f = text == null ? null : DateParser.human(text, dayFirst);
                if (f != null) {
                    date = f.date();
                    dateElement = e;
                }
            }
            if (teaser == null && (e.normalName().equals("p") || hasTokens(e, TEASER_TOKENS))
                    && !within(titleElement, e)) {
                teaser = teaser(e, foldedTitle, dayFirst);
            }
        }
        if (date == null) {
            // a date written straight into the item: <li><a>Title</a> 9 Oct 2019</li>
            String own = ownText(item);
            DateParser.Found f = own.length() <= MAX_DATE_TEXT ? DateParser.human(own, dayFirst) : null;
            if (f != null) {
                date = f.date();
                dateElement = item;
            }
        }
        if (dateElement != null) {
            updated = isUpdated(dateElement, item, titleElement);
        }
        return new ParsedEditorialItem(section, title, teaser, url, date, updated);
    }

    /** The item's elements in document order, bounded. */
    private static void collect(Element item, List<Element> out) {
        for (Element c = item.firstElementChild(); c != null && out.size() < MAX_ITEM_ELEMENTS;
                c = c.nextElementSibling()) {
            out.add(c);
            collect(c, out);
        }
    }

    private static boolean within(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether the link is (inside) the item's heading or title element. */
    private static boolean marksTitle(Element link, Element item) {
        for (Element p = link; p != null && p != item; p = p.parent()) {
            if (level(p) > 1 || hasTokens(p, TITLE_TOKENS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTokens(Element e, WordSet tokens) {
        return e.attributesSize() > 0 && (BoilerplateFilter.hasAnyToken(e.className(), tokens)
                || BoilerplateFilter.hasAnyToken(e.id(), tokens));
    }

    private static String teaser(Element e, String foldedTitle, boolean dayFirst) {
        String text = Texts.boundedText(e, MAX_TEASER_CHARS);
        if (text == null || text.length() < 15 || Texts.wordCount(text) < 3) {
            return null;
        }
        String folded = Texts.fold(text);
        if (folded.equals(foldedTitle) || folded.contains(foldedTitle)) {
            return null;
        }
        if (text.length() < 60 && (DateParser.human(text, dayFirst) != null || UPDATED.matcher(text).find()
                || text.regionMatches(true, 0, "by ", 0, 3))) {
            return null; // a date or byline line
        }
        return text;
    }

    /** "Updated" written at the date, or a time element marked as the modification time. */
    private static boolean isUpdated(Element dateElement, Element item, Element title) {
        if (dateElement.normalName().equals("time")) {
            String marks = dateElement.className() + " " + dateElement.attr("itemprop");
            if (Chars.containsIgnoreCase(marks, "modif") || Chars.containsIgnoreCase(marks, "updated")) {
                return true;
            }
        }
        for (Element p = dateElement; p != null && !within(title, p); p = p.parent()) {
            String text = p == item ? ownText(item) : Texts.boundedText(p, MAX_DATE_TEXT);
            if (text == null) {
                break;
            }
            if (UPDATED.matcher(text).find()) {
                return true;
            }
            if (p == item) {
                break;
            }
        }
        return false;
    }

    /** The text written directly in the element, not in its child elements. */
    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText()).append(' ');
                if (sb.length() > MAX_DATE_TEXT * 4) {
                    break;
                }
            }
        }
        return Texts.clean(sb.toString());
    }
}
