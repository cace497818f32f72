package dev.newsgraph.parse.html;

import dev.newsgraph.parse.Chars;
import dev.newsgraph.parse.ParsedImage;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The lead image: og:image / JSON-LD image, else the first figure of the article; its caption comes from the
 * matching {@code <figure>}'s figcaption, with any credit split off (or read from a credit element).
 */
final class LeadImageFinder {

    private static final int MAX_FIGURES = 40;
    private static final Evaluator IMG_WITH_SRC = QueryParser.parse("img[src]");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator PICTURE = QueryParser.parse("picture");
    private static final Evaluator CAPTION = QueryParser.parse(
            "figcaption, .caption, .wp-caption-text, [itemprop=caption]");

    private LeadImageFinder() {
    }

    static ParsedImage find(PageSignals page, JsonLdArticle ld, Element container) {
        String url = Texts.firstNonBlank(page.meta("og:image", "og:image:url", "og:image:secure_url",
                "twitter:image", "twitter:image:src"), ld.image);
        Element figure = url == null ? null : figureShowing(page, url);
        if (figure == null) {
            figure = firstFigureNear(page, container);
            if (figure != null && url == null) {
                url = imageUrl(figure);
            }
        }
        if (url == null) {
            Element img = container == null ? null : container.selectFirst(IMG_WITH_SRC);
            if (img == null) {
                return null;
            }
            url = img.absUrl("src").isEmpty() ? img.attr("src") : img.absUrl("src");
        }
        String caption = null;
        String credit = null;
        if (figure != null) {
            Element creditEl = null;
            for (Element e : figure.getAllElements()) {
                String cls = e.className();
                if (e != figure && (Chars.containsIgnoreCase(cls, "credit") || Chars.containsIgnoreCase(cls, "copyright")
                        || Chars.containsIgnoreCase(cls, "source"))) {
                    creditEl = e;
                    break;
                }
            }
            Element capEl = figure.selectFirst(CAPTION);
            String capText = capEl == null ? null : capEl.text();
            if (creditEl != null) {
                credit = Texts.clean(creditEl.text());
                if (capText != null && credit != null && !credit.isEmpty()) {
                    capText = capText.replace(creditEl.text(), " ");
                }
            }
            CaptionSplitter.Caption split = CaptionSplitter.split(capText);
            caption = split.text();
            credit = credit == null || credit.isEmpty() ? split.credit() : CaptionSplitter.cleanCredit(credit);
        }
        return new ParsedImage(url, caption, credit == null || credit.isEmpty() ? null : credit);
    }

    private static Element figureShowing(PageSignals page, String url) {
        String stem = stem(url);
        if (stem.length() < 4) {
            return null;
        }
        int n = 0;
        for (Element f : page.figures) {
            if (n++ >= MAX_FIGURES) {
                break;
            }
            for (Element img : f.getElementsByTag("img")) {
                String src = img.attr("src") + " " + img.attr("data-src") + " " + img.attr("srcset");
                if (src.contains(stem)) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Element firstFigureNear(PageSignals page, Element container) {
        if (container == null) {
            return null;
        }
        Element scope = container.parent() != null ? container.parent() : container;
        int n = 0;
        for (Element f : page.figures) {
            if (n++ >= MAX_FIGURES) {
                break;
            }
            if (f.selectFirst(IMG) == null && f.selectFirst(PICTURE) == null) {
                continue;
            }
            for (Element p = f.parent(); p != null; p = p.parent()) {
                if (p == scope) {
                    return f;
                }
            }
        }
        return null;
    }

    private static String imageUrl(Element figure) {
        Element img = figure.selectFirst(IMG);
        if (img == null) {
            return null;
        }
        for (String attr : new String[] {"src", "data-src", "data-original", "data-lazy-src"}) {
            String abs = img.absUrl(attr);
            if (!abs.isEmpty() && !abs.startsWith("data:")) {
                return abs;
            }
            String raw = img.attr(attr);
            if (!raw.isEmpty() && !raw.startsWith("data:")) {
                return raw;
            }
        }
        return null;
    }

    /** The file name of an image url without extension or size suffix, to match resized copies. */
    private static String stem(String url) {
        String u = url;
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        int slash = u.lastIndexOf('/');
        String name = slash >= 0 ? u.substring(slash + 1) : u;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return name.replaceFirst("-\\d+x\\d+$", "");
    }
}
