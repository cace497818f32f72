package dev.newsgraph.parse.html;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Publication date: machine-readable markup first (JSON-LD, meta tags, {@code <time datetime>}), checked against
 * the date the page displays near the headline; the displayed date wins when the markup is a UTC instant one day
 * off (the site's local calendar day is what readers see).
 */
final class DateFinder {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
        "published_time", "article:published", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published",
        "date", "created", "cxenseparse:recs:publishtime", "originalpublicationdate", "date.available"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified",
        "dcterms.modified", "last-modified", "lastmod"};
    private static final int MAX_VISIBLE_TEXT = 200;
    /** A byline or dateline is short; longer blocks near the headline are captions or standfirsts. */
    private static final int MAX_DATELINE = 100;

    record Dates(DateParser.Found published, OffsetDateTime modifiedAt) {
    }

    private DateFinder() {
    }

    static Dates find(PageSignals page, JsonLdArticle ld, List<TextBlock> blocks, int headlineBlock) {
        DateParser.Found machine = DateParser.machine(ld.datePublished);
        if (machine == null) {
            machine = DateParser.machine(page.meta(PUBLISHED_META));
        }
        if (machine == null) {
            machine = fromTimeElements(page);
        }
        DateParser.Found modified = DateParser.machine(ld.dateModified);
        if (modified == null) {
            modified = DateParser.machine(page.meta(MODIFIED_META));
        }
        boolean dayFirst = DateParser.dayFirst(page.language);
        DateParser.Found nearHeadline = nearHeadline(blocks, headlineBlock, dayFirst);
        DateParser.Found visible = nearHeadline != null ? nearHeadline : visible(page, dayFirst);
        DateParser.Found chosen = machine;
        if (machine == null) {
            chosen = visible;
        } else if (visible != null && !visible.date().equals(machine.date())) {
            long days = Math.abs(ChronoUnit.DAYS.between(visible.date(), machine.date()));
            boolean utc = machine.at() == null || machine.at().getOffset().equals(ZoneOffset.UTC);
            // what the reader sees next to the headline is the article's date; elsewhere only fix a UTC day shift
            if (nearHeadline != null || (days == 1 && utc)) {
                chosen = new DateParser.Found(visible.date(), days == 0 ? machine.at() : null, visible.hasTime());
            }
        }
        if (chosen == null && modified != null) {
            chosen = modified;
        }
        return new Dates(chosen, modified == null ? null : modified.at());
    }

    private static DateParser.Found fromTimeElements(PageSignals page) {
        DateParser.Found first = null;
        for (Element t : page.times) {
            DateParser.Found f = DateParser.machine(t.attr("datetime"));
            if (f == null || BoilerplateFilter.insideComments(t)) {
                continue;
            }
            String prop = t.attr("itemprop") + " " + t.className();
            if (t.hasAttr("pubdate") || prop.toLowerCase().contains("publish")) {
                return f;
            }
            if (first == null) {
                first = f;
            }
        }
        return first;
    }

    /** The first date written in the few short blocks around the headline (byline, dateline). */
    private static DateParser.Found nearHeadline(List<TextBlock> blocks, int headlineBlock, boolean dayFirst) {
        if (headlineBlock < 0) {
            return null;
        }
        for (int i = Math.max(0, headlineBlock - 2); i < Math.min(blocks.size(), headlineBlock + 10); i++) {
            TextBlock b = blocks.get(i);
            if (b.fullText().length() <= MAX_DATELINE) {
                DateParser.Found f = DateParser.human(b.fullText(), dayFirst);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The first date written in a time element or a date/byline element outside the comments. */
    private static DateParser.Found visible(PageSignals page, boolean dayFirst) {
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
                DateParser.Found f = DateParser.human(text, dayFirst);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
