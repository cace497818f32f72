package dev.newsgraph.parse.html;

import dev.newsgraph.parse.PageType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a page is an article, a listing or something else. An article is the default: a page is only called a
 * listing or other on positive evidence, and never when its markup declares an article (JSON-LD article types,
 * {@code og:type} article, a publication time), when a date stands under its headline before any link to another
 * page, or when its body holds paragraphs of prose. The evidence: schema.org page types (CollectionPage,
 * SearchResultsPage, ContactPage ...), a password field, a title that names a service page (login, about, contact,
 * not found), headlines linking elsewhere in the page's main part, and a body that is short next to the page's links
 * and chrome.
 */
final class PageTypeFinder {

    private static final Set<String> LISTING_TYPES = Set.of("collectionpage", "searchresultspage", "itemlist");
    private static final Set<String> OTHER_TYPES = Set.of("profilepage", "contactpage", "aboutpage", "checkoutpage",
        "faqpage");
    /** Titles of service pages, matched whole (after the site's name is dropped) in the common European languages. */
    private static final Pattern SERVICE_TITLE = Pattern.compile("(?iu)(?:log ?in|log ?on|sign ?in|sign ?up|register"
            + "|registration|create an account|my account|anmelden|anmeldung|registrieren|connexion|iniciar sesi[oó]n"
            + "|accedi|about|about us|who we are|contact|contact us|kontakt|impressum|imprint|datenschutz"
            + "|privacy|privacy policy|cookie policy|terms|terms of (?:use|service)|page not found|not found"
            + "|404|error|error 404|404 not found|seite nicht gefunden|page introuvable|p[aá]gina no encontrada"
            + "|access denied|forbidden|subscribe|abonnieren|newsletter)[\\s!.:]*");
    /** A body this long is an article whatever else the page holds: in two paragraphs of prose, or in any form. */
    private static final int ARTICLE_WORDS = 200;
    private static final int LONG_ARTICLE_WORDS = 400;
    private static final int PROSE_WORDS = 30;
    /**
     * A body this short (or one without two paragraphs of prose) is no article when the page's other text outweighs
     * it twice and nothing else speaks for one.
     */
    private static final int SHORT_BODY_WORDS = 60;
    /** Plain text (not links, not furniture) outside a short body: an article the body extractor missed. */
    private static final int MISSED_TEXT_WORDS = 200;
    /** A teaser: a block of at least this many words, nearly all of it a link (a headline linking elsewhere). */
    private static final int TEASER_WORDS = 4;
    private static final double TEASER_LINKS = 0.8;
    private static final int MIN_TEASERS = 6;

    private PageTypeFinder() {
    }

    static PageType find(PageSignals page, JsonLdArticle ld, List<TextBlock> blocks, List<String> paragraphs,
            String title, int titleBlock) {
        if (ld.article || "article".equalsIgnoreCase(page.meta("og:type"))
                || page.meta("article:published_time") != null
                || datedHeadline(blocks, titleBlock, DateParser.dayFirst(page.language))) {
            return PageType.ARTICLE;
        }
        int words = 0;
        int prose = 0;
        for (String p : paragraphs) {
            int w = Texts.wordCount(p);
            words += w;
            if (w >= PROSE_WORDS) {
                prose++;
            }
        }
        for (String type : ld.types) {
            if (LISTING_TYPES.contains(type)) {
                return PageType.LISTING;
            }
            if (OTHER_TYPES.contains(type)) {
                return PageType.OTHER;
            }
        }
        int teasers = 0;
        int mainTeasers = 0;
        int pageWords = 0;
        int plainWords = 0;
        for (TextBlock b : blocks) {
            int w = Texts.wordCount(b.text);
            pageWords += w;
            if (!b.boilerplate && b.linkDensity() < 0.5) {
                plainWords += w;
            }
            if (isTeaser(b)) {
                teasers++;
                if (!b.boilerplate) {
                    mainTeasers++;
                }
            }
        }
        if (mainTeasers >= MIN_TEASERS && mainTeasers > prose) {
            return PageType.LISTING; // more headlines linking elsewhere than paragraphs of its own
        }
        if (words >= ARTICLE_WORDS && prose >= 2 || words >= LONG_ARTICLE_WORDS) {
            return PageType.ARTICLE;
        }
        if (page.passwordField || title != null && SERVICE_TITLE.matcher(title).matches()) {
            return PageType.OTHER;
        }
        boolean shortBody = (words < SHORT_BODY_WORDS || prose < 2) && pageWords - words > 2 * words;
        if (shortBody && plainWords - words < MISSED_TEXT_WORDS) {
            return teasers >= MIN_TEASERS / 2 ? PageType.LISTING : PageType.OTHER;
        }
        return PageType.ARTICLE;
    }

    private static boolean isTeaser(TextBlock b) {
        return b.linkDensity() >= TEASER_LINKS && Texts.wordCount(b.text) >= TEASER_WORDS;
    }

    /** A date under the headline (or just above it) with no link to another page between them. */
    private static boolean datedHeadline(List<TextBlock> blocks, int titleBlock, boolean dayFirst) {
        int at = DateFinder.datelineBlock(blocks, titleBlock, dayFirst);
        if (at < 0) {
            return false;
        }
        for (int i = titleBlock + 1; i < at; i++) {
            if (isTeaser(blocks.get(i))) {
                return false;
            }
        }
        return true;
    }
}
