package dev.newsgraph.parse.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Authors: JSON-LD persons, then author meta tags, then schema.org itemprop="author", then the visible byline.
 * A markup author that is an organisation gives way to persons named in the visible byline.
 */
final class BylineFinder {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?i:(?:view|see|read|more)\\s+(?:all\\s+)?(?:posts|articles|stories|entries)\\s+(?:by|from)|more\\s+(?:by|from)|(?:posts|articles|stories)\\s+by|(?:written|posted|published|reported|words|story|text|photos?|compiled)\\s+by|by|von|par|por|door|di|da|av|af|de|autor(?:in)?:?|author:|reporter:|auteur:)\\s+",
            Pattern.UNICODE_CASE);
    private static final Pattern SPLIT = Pattern.compile(
            "(?i)\\s*(?:;|\\||,|\\s+and\\s+|\\s+&\\s+|\\s+und\\s+|\\s+et\\s+|\\s+y\\s+|\\s+e\\s+)\\s*");
    private static final Pattern AFTER_BY = Pattern.compile("(?:^|\\s)(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\\s+(\\p{Lu}.*)$");
    private static final Pattern FOR_TAIL = Pattern.compile("(?i)\\s+(?:for|für|pour|para|from)\\s+.*$");
    private static final Pattern ROLE_TAIL = Pattern.compile(
            "(?i)(?:\\s+(?:staff|senior|chief|contributing|special|guest)?\\s*(?:writer|reporter|contributor|correspondent|editor|columnist|staff))+$");
    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[^\\p{L}\\p{M}\\s.'’\\-‐/]");
    private static final Pattern NOT_NAME_WORDS = Pattern.compile("(?i)\\b(?:author|admin|editor|name|unknown|about|comments?|share|follow)\\b");
    private static final Pattern SUFFIX_PIECE = Pattern.compile("(?i)(?:jr\\.?|sr\\.?|ii|iii|iv)");
    /** Degrees and credentials after a name are not part of it: "Jane Doe, PhD", "John Roe MD". */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i)(?:,?\\s*\\b(?:ph\\.?\\s?d|m\\.?d|d\\.?phil|mph|mba|msc|m\\.?sc|rn|esq|cpa|frcp|bsc)\\.?)+$");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(https?:|www\\.|@|\\d|\\.com|\\.org)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\s:|/,-]+$");
    private static final Pattern LAST_COMMA_PIECE = Pattern.compile(",\\s*\\S+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] META_KEYS = {"author", "article:author", "parsely-author", "sailthru.author",
        "dc.creator", "dcterms.creator", "byl", "citation_author", "og:article:author", "cxenseparse:author"};

    private static final int MAX_META_AUTHORS = 8;
    private static final org.jsoup.select.Evaluator ITEMPROP_NAME = org.jsoup.select.QueryParser.parse("[itemprop=name]");
    private static final Pattern BY_ALONE = Pattern.compile("(?i)by|von|par|por|door|written by|posted by");
    private static final Pattern LEADING_BY = Pattern.compile(
            "^(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Ww]ords)\\s+by|[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)[:\\s]\\s*(\\p{Lu}.*)$");
    /** From the first date-ish word on: "Jane Doe Updated Mar 12, 2020 @ 10:42 am" keeps "Jane Doe". */
    private static final Pattern DATE_TAIL = Pattern.compile(
            "(?i)\\s+(?:(?:(?:last\\s+)?updated|published|posted|on|am|le|el|il)\\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d|\\d|\\||[-–—•·]\\s).*$");

    private BylineFinder() {
    }

    static List<String> find(PageSignals page, JsonLdArticle ld, String siteName, List<TextBlock> blocks,
            int headlineBlock) {
        List<String> persons = withoutPublisher(withoutSite(names(ld.persons), siteName), ld.publisher);
        if (!persons.isEmpty()) {
            return persons;
        }
        List<String> meta = new ArrayList<>();
        for (String key : META_KEYS) {
            for (String[] kv : page.authorMeta) {
                if (kv[0].equals(key)) {
                    meta.add(kv[1]);
                }
            }
            if (meta.size() > MAX_META_AUTHORS) {
                meta.clear(); // a reference list, not the byline
            }
            if (!meta.isEmpty()) {
                break;
            }
        }
        if (siteName != null) {
            meta.removeIf(m -> Texts.fold(m).equals(Texts.fold(siteName)));
        }
        List<String> fromMeta = withoutPublisher(withoutSite(names(meta), siteName), ld.publisher);
        List<String> visible = byLine(blocks, headlineBlock);
        if (visible.isEmpty()) {
            visible = visible(page);
        }
        visible = withoutPublisher(withoutSite(visible, siteName), ld.publisher);
        if (!fromMeta.isEmpty()) {
            return fromMeta;
        }
        if (!visible.isEmpty()) {
            return visible;
        }
        return names(ld.organisations);
    }

    /** A short "By Jane Doe" line (or "By" then the name) just below the headline. */
    private static List<String> byLine(List<TextBlock> blocks, int headlineBlock) {
        if (headlineBlock < 0) {
            return List.of();
        }
        for (int i = headlineBlock + 1; i < Math.min(blocks.size(), headlineBlock + 8); i++) {
            TextBlock b = blocks.get(i);
            String text = b.fullText().replace('\n', ' ').strip();
            if (text.length() > 120) {
                continue;
            }
            if (BY_ALONE.matcher(text).matches() && i + 1 < blocks.size()) {
                text = "By " + blocks.get(i + 1).fullText();
            }
            var m = LEADING_BY.matcher(text);
            if (m.find()) {
                List<String> found = names(List.of(DATE_TAIL.matcher(m.group(1)).replaceFirst("")));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static List<String> visible(PageSignals page) {
        for (Element e : page.itemprops) {
            if (!e.attr("itemprop").toLowerCase().contains("author")) {
                continue;
            }
            Element name = e.selectFirst(ITEMPROP_NAME);
            String text = name != null ? name.hasAttr("content") ? name.attr("content") : name.text()
                    : Texts.boundedText(e, 120);
            List<String> found = names(List.of(text));
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (Element e : page.authorLinks) {
            String text = Texts.boundedText(e, 120);
            List<String> found = text == null || BoilerplateFilter.insideComments(e) ? List.of() : names(List.of(text));
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (Element e : page.bylines) {
            if (BoilerplateFilter.isHiddenStyle(e.attr("style")) || e.childrenSize() > 10) {
                continue;
            }
            String text = Texts.boundedText(e, 120);
            if (text == null || text.isBlank() || BoilerplateFilter.insideComments(e)) {
                continue;
            }
            var by = AFTER_BY.matcher(text);
            if (by.find()) {
                text = by.group(1);
            }
            text = DATE_TAIL.matcher(text).replaceFirst("");
            List<String> found = names(List.of(text));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Drops a trailing site name glued to a person ("Jane Doe PhillyVoice") and the site itself. */
    private static List<String> withoutSite(List<String> names, String siteName) {
        if (siteName == null || siteName.isBlank() || names.isEmpty()) {
            return names;
        }
        String site = siteName.strip();
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String m = n;
            if (m.length() > site.length() && m.toLowerCase().endsWith(" " + site.toLowerCase())) {
                m = m.substring(0, m.length() - site.length()).strip();
            }
            if (!Texts.fold(m).equals(Texts.fold(site)) || names.size() == 1) {
                out.add(m);
            }
        }
        return out;
    }

    /** The publisher is an organisation, not an author ("BBC News" as the byline of a BBC page). */
    private static List<String> withoutPublisher(List<String> names, String publisher) {
        if (publisher == null || publisher.isBlank() || names.isEmpty()) {
            return names;
        }
        String folded = Texts.fold(publisher.strip());
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            if (!Texts.fold(n).equals(folded)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Cleans and splits raw author strings into person names; drops what cannot be a name. */
    static List<String> names(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            if (r == null) {
                continue;
            }
            String s = Texts.clean(r);
            s = PREFIX.matcher(s).replaceFirst("");
            s = FOR_TAIL.matcher(s).replaceFirst("");
            String[] parts = SPLIT.split(s);
            for (int i = 0; i < parts.length; i++) {
                if (CREDENTIAL.matcher(parts[i].strip()).matches()) {
                    continue; // "Jane Doe, PhD": the degree piece after the comma
                }
                String p = PREFIX.matcher(parts[i].strip()).replaceFirst("").strip();
                p = CREDENTIAL.matcher(p).replaceFirst("").strip();
                if (i + 1 < parts.length && SUFFIX_PIECE.matcher(parts[i + 1].strip()).matches()) {
                    p = p + ", " + parts[++i].strip();
                }
                p = EDGE_PUNCTUATION.matcher(p).replaceAll("");
                p = ROLE_TAIL.matcher(p).replaceFirst("").strip();
                if (isName(p)) {
                    out.add(p);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isName(String p) {
        if (p.isEmpty() || p.length() > 60 || NOT_A_NAME.matcher(p).find()) {
            return false;
        }
        String core = LAST_COMMA_PIECE.matcher(p).replaceFirst("");
        if (NOT_NAME_CHARS.matcher(core).find() || NOT_NAME_WORDS.matcher(p).find()) {
            return false;
        }
        int words = SPACES.split(p).length;
        return words <= 6 && Character.isLetter(p.charAt(0));
    }
}
