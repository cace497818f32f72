package dev.newsgraph.parse.html;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.newsgraph.parse.Chars;
import org.jsoup.nodes.Element;

/**
 * Publication date. Machine-readable markup in its order of trust (JSON-LD, the publication meta tags, schema.org
 * itemprops; generic "date" meta tags last), checked against the date the page displays: a dateline right under the
 * headline wins over the markup, the {@code <time>} a page shows wins over a generic meta date, and a displayed date
 * or the url's date wins when the markup is a UTC instant one day off (the site's local calendar day is what readers
 * see). Without markup: the dateline, {@code <time>} elements, date and byline elements, the url's date, short
 * date lines near the headline, and last the modification date. Dates in reader comments, quoted posts and the
 * headline itself never count.
 */
final class DateFinder {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
        "published_time", "article:published", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "publication_date", "dc.date.issued", "dcterms.issued", "sailthru.date", "parsely-pub-date",
        "article.published", "cxenseparse:recs:publishtime", "originalpublicationdate", "date.available"};
    /** Generic dates: often the record's creation in the CMS rather than the day the page shows. */
    private static final String[] GENERIC_META = {"dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
        "date", "created"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified",
        "dcterms.modified", "last-modified", "lastmod"};
    private static final int MAX_VISIBLE_TEXT = 200;
    /** A byline or dateline is short; longer blocks near the headline are captions, standfirsts or body. */
    private static final int MAX_DATELINE = 100;
    private static final int MAX_DATELINE_WORDS = 14;
    /** A date opening the first paragraph ("06.11.23 - Sensation in ..."): within this many characters. */
    private static final int LEADING_DATE = 40;
    /** "/2020/08/24/", "/20200428/", "/2019-09-21-": a full date in the url path. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})([/_-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    record Dates(DateParser.Found published, OffsetDateTime modifiedAt) {
    }

    private DateFinder() {
    }

    /**
     * @param headlineBlock the block holding the headline, or -1
     * @param titleAnchored whether that block's text is the title (not just the page's first h1)
     */
    static Dates find(PageSignals page, JsonLdArticle ld, List<TextBlock> blocks, int headlineBlock,
            boolean titleAnchored, String url) {
        boolean dayFirst = DateParser.dayFirst(page.language);
        DateParser.Found fromLd = DateParser.machine(ld.datePublished);
        DateParser.Found fromMeta = DateParser.machine(page.meta(PUBLISHED_META));
        DateParser.Found machine = fromLd != null ? fromLd : fromMeta;
        if (fromLd != null && fromMeta != null && !fromLd.date().equals(fromMeta.date())) {
            // the two disagree: the one the page shows
            DateParser.Found seen = firstNonNull(visible(page, dayFirst), near(blocks, headlineBlock, dayFirst));
            if (seen != null && seen.mayBe(fromMeta.date()) && !seen.mayBe(fromLd.date())) {
                machine = fromMeta;
            }
        }
        if (machine == null) {
            machine = fromItemprops(page);
        }
        DateParser.Found modified = DateParser.machine(ld.dateModified);
        if (modified == null) {
            modified = DateParser.machine(page.meta(MODIFIED_META));
        }
        DateParser.Found shown = fromTimeElements(page, dayFirst);
        if (machine == null) {
            DateParser.Found generic = DateParser.machine(page.meta(GENERIC_META));
            machine = shown != null ? shown : generic;
        }
        DateParser.Found fromUrl = fromUrl(url);
        DateParser.Found dateline = dateline(blocks, headlineBlock, dayFirst);
        DateParser.Found chosen;
        if (dateline != null && (machine == null || titleAnchored)) {
            // what the reader sees under the headline is the article's date, unless it only reads the markup's
            // date the other way round ("02/11/2023" of 2 November on a page tagged English)
            chosen = machine != null && dateline.mayBe(machine.date()) ? machine : dateline;
        } else if (machine != null) {
            chosen = machine;
            DateParser.Found seen = shown != null ? shown : visible(page, dayFirst);
            if (seen == null || !seen.date().equals(machine.date()) && !oneDayOffUtc(machine, seen)) {
                seen = fromUrl;
            }
            if (seen != null && oneDayOffUtc(machine, seen)) {
                chosen = new DateParser.Found(seen.date(), null, seen.hasTime());
            }
        } else {
            chosen = firstNonNull(visible(page, dayFirst), fromUrl, near(blocks, headlineBlock, dayFirst), modified);
        }
        return new Dates(chosen, modified == null ? null : modified.at());
    }

    /** A UTC instant (or a date without offset) whose day the page or its url shows as the day before or after. */
    private static boolean oneDayOffUtc(DateParser.Found machine, DateParser.Found seen) {
        boolean utc = machine.at() == null || machine.at().getOffset().equals(ZoneOffset.UTC);
        return utc && Math.abs(ChronoUnit.DAYS.between(seen.date(), machine.date())) == 1;
    }

    private static DateParser.Found firstNonNull(DateParser.Found... found) {
        for (DateParser.Found f : found) {
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** {@code <meta itemprop>} is read with the meta tags; this is an element's datePublished in its attributes. */
    private static DateParser.Found fromItemprops(PageSignals page) {
        for (Element e : page.itemprops) {
            if (e.attr("itemprop").equalsIgnoreCase("datePublished") && !BoilerplateFilter.insideComments(e)) {
                DateParser.Found f = DateParser.machine(
                        Texts.firstNonBlank(e.attr("datetime"), e.attr("content"), e.attr("data-datetime")));
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * The date of the first {@code <time>} outside the comments that carries one, preferring one marked as the
     * publication's: its {@code datetime} as written (the site's own offset), else its text.
     */
    static DateParser.Found fromTimeElements(PageSignals page, boolean dayFirst) {
        DateParser.Found first = null;
        for (Element t : page.times) {
            if (BoilerplateFilter.insideComments(t)) {
                continue;
            }
            DateParser.Found f = DateParser.machine(t.attr("datetime"));
            if (f == null) {
                f = DateParser.human(Texts.boundedText(t, MAX_VISIBLE_TEXT), dayFirst);
            }
            if (f == null) {
                continue;
            }
            String prop = t.attr("itemprop") + " " + t.className();
            if (t.hasAttr("pubdate") || Chars.containsIgnoreCase(prop, "publish")) {
                return f;
            }
            if (first == null) {
                first = f;
            }
        }
        return first;
    }

    static DateParser.Found fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path;
        try {
            path = URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        Matcher m = path == null ? null : URL_DATE.matcher(path);
        if (m == null || !m.find()) {
            return null;
        }
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), 1);
        int day = Integer.parseInt(m.group(4));
        return day > d.lengthOfMonth() ? null : new DateParser.Found(d.withDayOfMonth(day), null, false);
    }

    /**
     * The dateline: a date in the short lines between the headline and the first long block (or opening that block),
     * skipping quoted posts, else in the line right above the headline. Lines that are sentences ("The next meeting
     * is on 5 February 2020.") do not count.
     */
    static DateParser.Found dateline(List<TextBlock> blocks, int headlineBlock, boolean dayFirst) {
        int at = datelineBlock(blocks, headlineBlock, dayFirst);
        return at < 0 ? null : datelineDate(blocks.get(at), dayFirst);
    }

    /** The index of the dateline's block (see {@link #dateline}), or -1. */
    static int datelineBlock(List<TextBlock> blocks, int headlineBlock, boolean dayFirst) {
        if (headlineBlock < 0) {
            return -1;
        }
        for (int i = headlineBlock + 1; i < Math.min(blocks.size(), headlineBlock + 10); i++) {
            TextBlock b = blocks.get(i);
            if (b.kind == TextBlock.Kind.QUOTE || b.kind == TextBlock.Kind.HEADING && b.headingLevel == 1) {
                continue;
            }
            boolean isLong = b.fullText().length() > MAX_DATELINE;
            if (datelineDate(b, dayFirst) != null) {
                return i;
            }
            if (isLong) {
                break;
            }
        }
        return headlineBlock >= 1 && lineAbove(blocks.get(headlineBlock - 1), dayFirst) != null ? headlineBlock - 1 : -1;
    }

    /** A short line that is not a sentence, or a long paragraph that opens with the date. */
    private static DateParser.Found datelineDate(TextBlock b, boolean dayFirst) {
        String text = b.fullText();
        if (text.length() > MAX_DATELINE) {
            boolean opensWithDate = b.isParagraphLike() && Character.isDigit(text.charAt(0));
            return opensWithDate ? DateParser.dateOnly(text.substring(0, LEADING_DATE), dayFirst) : null;
        }
        return isDateLine(text) ? DateParser.dateOnly(text, dayFirst) : null;
    }

    /** A date in the short line right above the headline ("Original Research 7 April 2020"). */
    private static DateParser.Found lineAbove(TextBlock b, boolean dayFirst) {
        String text = b.fullText();
        return text.length() <= MAX_DATELINE && isDateLine(text) ? DateParser.dateOnly(text, dayFirst) : null;
    }

    /** A date in a short line up to two blocks above the headline or up to fifteen below it. */
    private static DateParser.Found near(List<TextBlock> blocks, int headlineBlock, boolean dayFirst) {
        if (headlineBlock < 0) {
            return null;
        }
        for (int i = headlineBlock + 1; i < Math.min(blocks.size(), headlineBlock + 15); i++) {
            TextBlock b = blocks.get(i);
            if (b.kind != TextBlock.Kind.QUOTE && b.fullText().length() <= MAX_DATELINE && isDateLine(b.fullText())) {
                DateParser.Found f = DateParser.dateOnly(b.fullText(), dayFirst);
                if (f != null) {
                    return f;
                }
            }
        }
        for (int i = headlineBlock - 1; i >= Math.max(0, headlineBlock - 2); i--) {
            TextBlock b = blocks.get(i);
            if (b.fullText().length() <= MAX_DATELINE && isDateLine(b.fullText())) {
                DateParser.Found f = DateParser.dateOnly(b.fullText(), dayFirst);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static boolean isDateLine(String text) {
        int words = Texts.wordCount(text);
        return words <= MAX_DATELINE_WORDS && !(words >= 6 && text.endsWith("."));
    }

    /** The first date written in a time element or a date/byline element outside the comments. */
    static DateParser.Found visible(PageSignals page, boolean dayFirst) {
        for (Element t : page.times) {
            DateParser.Found f = DateParser.human(Texts.boundedText(t, MAX_VISIBLE_TEXT), dayFirst);
            if (f != null && !BoilerplateFilter.insideComments(t)) {
                return f;
            }
        }
        int n = 0;
        for (Element e : page.dateElements) {
            if (n++ > 40) {
                break;
            }
            if (e.childrenSize() > 12) {
                continue;
            }
            String text = Texts.boundedText(e, MAX_VISIBLE_TEXT);
            if (text != null && !BoilerplateFilter.insideComments(e)) {
                DateParser.Found f = DateParser.dateOnly(text, dayFirst);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
