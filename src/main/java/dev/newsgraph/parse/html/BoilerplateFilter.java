package dev.newsgraph.parse.html;

import dev.newsgraph.parse.Chars;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture (navigation, share bars, related links, comments, ads, captions, bylines...) from an
 * element's tag, role and class/id tokens. Tokens are whole words of the class or id, split at punctuation and
 * camelCase, so "header" never matches "ad" and "related-posts" matches "related".
 */
final class BoilerplateFilter {

    private static final Set<String> TAGS = Set.of("nav", "footer", "aside", "header", "figure", "figcaption",
            "menu", "dialog", "address");

    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist", "alert");

    private static final WordSet TOKENS = WordSet.of(
            "share", "sharing", "shares", "sharebar", "sharetools", "social", "socials", "related", "relateds",
            "comment", "comments", "commenting", "disqus", "replies", "respond", "discussion", "community",
            "newsletter", "newsletters", "promo", "promos", "promotion", "promoted", "caption", "captions",
            "byline", "bylines", "cookie", "cookies", "consent", "gdpr", "subscribe", "subscription", "signup",
            "login", "signin", "register", "paywall", "ad", "ads", "advert", "adverts", "advertisement",
            "advertising", "adslot", "adunit", "dfp", "sponsor", "sponsored", "outbrain", "taboola", "recommend",
            "recommended", "recommendations", "popular", "trending", "mostread", "most", "breadcrumb",
            "breadcrumbs", "pagination", "pager", "sidebar", "rail", "widget", "widgets", "nav", "navbar",
            "navigation", "menu", "footer", "masthead", "header", "modal", "popup", "overlay", "banner", "tags",
            "keywords", "topics", "toolbar", "tools", "print", "credit", "credits", "copyright", "author",
            "authors", "bio", "meta", "dateline", "timestamp", "date", "instagram",
            "facebook", "pinterest", "whatsapp", "linkedin", "video", "gallery", "slideshow",
            "carousel", "more", "readmore", "teaser", "teasers", "kicker", "eyebrow", "btn", "button", "icon",
            "logo", "follow", "alert", "poll", "rating", "reactions", "feedback", "donate", "pullquote", "pull",
            "aside", "extra", "supplemental", "skip", "jump", "toc", "survey", "app", "download", "hidden",
            "invisible", "offscreen", "screenreader", "sronly");

    private static final WordSet WHOLE_CLASSES = WordSet.of("sr-only", "visually-hidden", "visuallyhidden",
            "screen-reader-text", "screen-reader-only", "element-invisible", "hide");

    private BoilerplateFilter() {
    }

    static boolean isBoilerplate(Element el) {
        return isBoilerplate(el, null);
    }

    /** @param classCache verdicts per class attribute value, shared over one page (class strings repeat a lot) */
    static boolean isBoilerplate(Element el, java.util.Map<String, Boolean> classCache) {
        String tag = el.normalName();
        if (TAGS.contains(tag)) {
            return true;
        }
        if (el.attributesSize() == 0) {
            return false;
        }
        String role = el.attr("role");
        if (!role.isEmpty() && ROLES.contains(role.toLowerCase())) {
            return true;
        }
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style");
        if (!style.isEmpty() && isHiddenStyle(style)) {
            return true;
        }
        String itemprop = el.attr("itemprop");
        if (!itemprop.isEmpty() && (itemprop.contains("author") || itemprop.startsWith("date")
                || itemprop.equals("publisher") || itemprop.equals("caption"))) {
            return true;
        }
        String cls = el.attr("class");
        boolean byClass;
        if (classCache == null || cls.isEmpty()) {
            byClass = hasToken(cls);
        } else {
            Boolean cached = classCache.get(cls);
            if (cached == null) {
                cached = hasToken(cls);
                classCache.put(cls, cached);
            }
            byClass = cached;
        }
        return byClass || hasToken(el.id());
    }

    /** Navigation or the page's footer by tag or role: never an article's home, however much text it holds. */
    static boolean isChrome(Element el) {
        String tag = el.normalName();
        if (tag.equals("nav") || tag.equals("footer") || tag.equals("menu")) {
            return true;
        }
        String role = el.attributesSize() == 0 ? "" : el.attr("role");
        return role.equalsIgnoreCase("navigation") || role.equalsIgnoreCase("contentinfo");
    }

    /** True inside a reader-comments section, judged by the class/id of the element and its ancestors. */
    static boolean insideComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.attributesSize() > 0 && (Chars.containsIgnoreCase(p.className(), "comment")
                    || Chars.containsIgnoreCase(p.id(), "comment"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isHiddenStyle(String style) {
        String s = style.toLowerCase().replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    static boolean hasToken(String attr) {
        return hasToken(attr, TOKENS, WHOLE_CLASSES);
    }

    /** Whether one of the whole words of a class or id attribute (split as for boilerplate) is in {@code tokens}. */
    static boolean hasAnyToken(String attr, WordSet tokens) {
        return hasToken(attr, tokens, null);
    }

    private static boolean hasToken(String attr, WordSet tokens, WordSet wholeNames) {
        if (attr.isEmpty()) {
            return false;
        }
        int n = attr.length();
        int nameStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || Texts.isSpace(attr.charAt(i))) {
                if (i > nameStart && nameHasToken(attr, nameStart, i, tokens, wholeNames)) {
                    return true;
                }
                nameStart = i + 1;
            }
        }
        return false;
    }

    /** One class name (or the id): splits it into lower-case words and looks each up. */
    private static boolean nameHasToken(String s, int from, int to, WordSet tokens, WordSet wholeNames) {
        if (to - from > 64) {
            return false;
        }
        if (wholeNames != null && wholeNames.contains(s, from, to)) {
            return true;
        }
        int start = -1;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : '-';
            boolean letter = Chars.isLetter(c);
            boolean boundary = !letter || (i > from && Chars.isUpperCase(c) && Chars.isLowerCase(s.charAt(i - 1)));
            if (boundary && start >= 0) {
                if (tokens.contains(s, start, i)) {
                    return true;
                }
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        return false;
    }
}
