package dev.newsgraph.parse.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Everything the metadata finders look at, gathered in one pass over the document: meta tags, JSON-LD, the
 * canonical link, headings, time elements, schema.org itemprops, byline and date elements, figures.
 */
final class PageSignals {

    private static final int MAX_DEPTH = 400;
    private static final int MAX_PER_LIST = 200;
    private static final int BYLINE = 1;
    private static final int DATE = 2;
    private static final int SECTION_HEADING = 4;
    private static final int MAX_SECTION_HEADINGS = 2000;
    /** Class/id words of elements that title a block of the page ("section-title", "rail-header", "opinion"). */
    private static final WordSet HEADING_TOKENS = WordSet.of("title", "heading", "header",
            "head", "hed", "label", "opinion", "opinions", "editorial", "editorials", "columnists", "columns",
            "commentary", "analysis");

    private final Map<String, Integer> classKinds = new HashMap<>();

    String language;
    String titleTag;
    String canonical;
    /** Whether the page has a password field: a login or sign-up form. */
    boolean passwordField;
    final Map<String, String> meta = new HashMap<>();
    final List<String[]> authorMeta = new ArrayList<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> bylines = new ArrayList<>();
    final List<Element> dateElements = new ArrayList<>();
    final List<Element> figures = new ArrayList<>();
    final List<Element> authorLinks = new ArrayList<>();
    /** h2-h6 and elements whose class/id names a heading: candidates for the titles of page sections. */
    final List<Element> sectionHeadings = new ArrayList<>();

    static PageSignals scan(Document doc) {
        PageSignals s = new PageSignals();
        Element html = doc.firstElementChild();
        if (html != null) {
            s.language = Texts.firstNonBlank(html.attr("lang"), html.attr("xml:lang"));
        }
        s.walk(doc, 0);
        return s;
    }

    String meta(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (!Texts.isBlank(v)) {
                return Texts.clean(v);
            }
        }
        return null;
    }

    private void walk(Element el, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element c = el.firstElementChild(); c != null; c = c.nextElementSibling()) {
            visit(c);
            walk(c, depth + 1);
        }
    }

    private void visit(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "meta" -> readMeta(e);
            case "title" -> {
                if (titleTag == null && !(e.parent() != null && e.parent().normalName().equals("svg"))) {
                    titleTag = Texts.clean(e.text());
                }
            }
            case "link" -> {
                if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                    canonical = e.absUrl("href");
                    if (canonical.isEmpty()) {
                        canonical = Texts.firstNonBlank(e.attr("href"));
                    }
                }
            }
            case "script" -> {
                if (e.attr("type").toLowerCase().contains("ld+json") && jsonLd.size() < 20) {
                    StringBuilder data = new StringBuilder();
                    for (Node n : e.childNodes()) {
                        if (n instanceof DataNode d) {
                            data.append(d.getWholeData());
                        }
                    }
                    jsonLd.add(data.toString());
                }
            }
            case "h1" -> add(h1s, e);
            case "input" -> passwordField |= e.attr("type").equalsIgnoreCase("password");
            case "time" -> add(times, e);
            case "figure" -> add(figures, e);
            case "h2", "h3", "h4", "h5", "h6" -> addHeading(e);
            default -> {
            }
        }
        if (e.attributesSize() == 0) {
            return;
        }
        if (tag.equals("a") && e.attr("rel").toLowerCase().contains("author")) {
            add(authorLinks, e);
        }
        if (e.hasAttr("itemprop") && !tag.equals("meta")) {
            add(itemprops, e);
        }
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return;
        }
        int kind = kinds(cls) | (id.isEmpty() ? 0 : kindsOf(id));
        if ((kind & BYLINE) != 0) {
            add(bylines, e);
        }
        if ((kind & DATE) != 0) {
            add(dateElements, e);
        }
        if ((kind & SECTION_HEADING) != 0 && !(tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6')) {
            addHeading(e);
        }
    }

    private void addHeading(Element e) {
        if (sectionHeadings.size() < MAX_SECTION_HEADINGS) {
            sectionHeadings.add(e);
        }
    }

    private int kinds(String cls) {
        if (cls.isEmpty()) {
            return 0;
        }
        Integer k = classKinds.get(cls);
        if (k == null) {
            k = kindsOf(cls);
            classKinds.put(cls, k);
        }
        return k;
    }

    /** Whether a class or id names a byline/author element, a date element, or both. */
    private static int kindsOf(String attr) {
        int k = isAscii(attr) ? asciiKindsOf(attr) : wordKindsOf(attr.toLowerCase());
        if (BoilerplateFilter.hasAnyToken(attr, HEADING_TOKENS)) {
            k |= SECTION_HEADING;
        }
        return k;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@link #wordKindsOf(String)} in one pass for ASCII, each word tried only where its first letter stands. */
    private static int asciiKindsOf(String s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i) | 0x20) {
                case 'b' -> k |= has(s, i, "byline") ? BYLINE | DATE : 0;
                case 'a' -> k |= has(s, i, "author") ? BYLINE : 0;
                case 'w' -> k |= has(s, i, "writer") ? BYLINE : 0;
                case 'c' -> k |= has(s, i, "contributor") ? BYLINE : 0;
                case 'd' -> k |= has(s, i, "date") ? DATE : 0;
                case 't' -> k |= has(s, i, "time") ? DATE : 0;
                case 'p' -> k |= has(s, i, "publish") || has(s, i, "posted") ? DATE : 0;
                case 'm' -> k |= has(s, i, "meta") ? DATE : 0;
                default -> {
                }
            }
        }
        return k;
    }

    /** Whether the ASCII {@code s} holds the lower-case {@code word} at {@code at}, ignoring case. */
    private static boolean has(String s, int at, String word) {
        if (at + word.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ((s.charAt(at + i) | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int wordKindsOf(String s) {
        int k = 0;
        if (s.contains("byline") || s.contains("author") || s.contains("writer") || s.contains("contributor")) {
            k |= BYLINE;
        }
        if (s.contains("date") || s.contains("time") || s.contains("publish") || s.contains("posted")
                || s.contains("meta") || s.contains("byline")) {
            k |= DATE;
        }
        return k;
    }

    private static void add(List<Element> list, Element e) {
        if (list.size() < MAX_PER_LIST) {
            list.add(e);
        }
    }

    private void readMeta(Element e) {
        String content = e.attr("content");
        if (content.isEmpty()) {
            return;
        }
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            String key = e.attr(attr);
            if (key.isEmpty()) {
                continue;
            }
            key = key.toLowerCase().strip();
            meta.putIfAbsent(key, content);
            if (key.contains("author") || key.contains("creator") || key.equals("byl")) {
                authorMeta.add(new String[] {key, content});
            }
        }
    }
}
