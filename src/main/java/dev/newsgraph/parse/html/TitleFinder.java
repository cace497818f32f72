package dev.newsgraph.parse.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The headline as the page shows it: the {@code <h1>} that agrees with the markup titles (og:title, JSON-LD
 * headline, {@code <title>}), else the markup title without its " | Site" tail.
 */
final class TitleFinder {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:•·»/]{1,2}\\s+|\\s*[|•·»]\\s*");
    private static final int MAX_H1 = 12;

    private TitleFinder() {
    }

    static String find(PageSignals page, JsonLdArticle ld, String siteName, String host) {
        if (siteName == null && host != null && page.titleTag != null) {
            siteName = siteFromHost(page.titleTag, host);
        }
        String og = untruncated(page.meta("og:title", "twitter:title"), ld.headline, page.titleTag);
        String markup = Texts.firstNonBlank(og, ld.headline, page.titleTag);
        String reference = Texts.firstNonBlank(ld.headline, og, page.titleTag);
        String h1 = bestH1(page, reference, markup, siteName);
        if (h1 != null) {
            return h1;
        }
        String[] candidates = {og, ld.headline, page.meta("title", "dc.title", "sailthru.title", "parsely-title"),
            page.titleTag};
        for (String c : candidates) {
            if (!Texts.isBlank(c)) {
                return stripSite(Texts.clean(c), siteName);
            }
        }
        return null;
    }

    private static String bestH1(PageSignals page, String reference, String markup, String siteName) {
        String best = null;
        double bestScore = 0;
        int usable = 0;
        String lone = null;
        int n = 0;
        for (Element h : page.h1s) {
            if (n++ >= MAX_H1) {
                break;
            }
            String text = Texts.clean(h.text());
            if (text.isEmpty() || text.length() > 300 || isSite(text, siteName) || isTitleEdge(text, page.titleTag)) {
                continue;
            }
            usable++;
            lone = text;
            double score = Math.max(similarity(text, reference), similarity(text, markup));
            if (score > bestScore) {
                bestScore = score;
                best = text;
            }
        }
        if (best != null && bestScore >= 0.5) {
            return trimToReference(best, reference, siteName);
        }
        if (usable == 1 && Texts.wordCount(lone) >= 3 && (reference == null || bestScore >= 0.2)) {
            return lone;
        }
        return null;
    }

    /** A title cut with "..." gives way to a longer version of itself from another source. */
    private static String untruncated(String title, String... others) {
        if (title == null || !(title.endsWith("...") || title.endsWith("…"))) {
            return title;
        }
        String stem = Texts.fold(title);
        for (String o : others) {
            if (o != null && Texts.fold(o).startsWith(stem) && o.length() > title.length()) {
                return o;
            }
        }
        return title;
    }

    /** The piece of a separated {@code <title>} that spells the host name ("Gregory Szorc's" ~ gregoryszorc). */
    private static String siteFromHost(String titleTag, String host) {
        String h = host.toLowerCase().replaceFirst("^www\\.", "");
        int dot = h.indexOf('.');
        String label = dot > 0 ? h.substring(0, dot) : h;
        if (label.length() < 4) {
            return null;
        }
        String[] parts = SEPARATOR.split(titleTag);
        if (parts.length < 2) {
            return null;
        }
        for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
            String squashed = Texts.fold(part).replace(" ", "");
            if (squashed.startsWith(label) || label.startsWith(squashed) && squashed.length() >= 4) {
                return part.strip();
            }
        }
        return null;
    }

    /**
     * An h1 that contains the markup headline plus a section label: the headline alone. An h1 found whole in the
     * markup title stays whole, a subtitle after a dash included ("Council votes to close library – but not this
     * year").
     */
    private static String trimToReference(String h1, String reference, String siteName) {
        if (reference != null && (" " + Texts.fold(reference) + " ").contains(" " + Texts.fold(h1) + " ")) {
            return h1; // the markup has all the h1's words in a row, and perhaps the site's name around them
        }
        String ref = stripSite(reference, siteName);
        if (ref == null || Texts.wordCount(ref) < 3 || ref.endsWith("...") || ref.endsWith("…")) {
            return h1;
        }
        String fh = Texts.fold(h1);
        String fr = Texts.fold(ref);
        if (fh.length() > fr.length() && fh.contains(fr)) {
            return ref;
        }
        return h1;
    }

    /** True when the text is the first or last piece of a separated {@code <title>}: the site's name. */
    private static boolean isTitleEdge(String text, String titleTag) {
        if (titleTag == null) {
            return false;
        }
        String[] parts = SEPARATOR.split(titleTag);
        if (parts.length < 2) {
            return false;
        }
        String f = Texts.fold(text);
        return f.equals(Texts.fold(parts[0])) && Texts.wordCount(parts[parts.length - 1]) > Texts.wordCount(text)
                || f.equals(Texts.fold(parts[parts.length - 1])) && Texts.wordCount(parts[0]) > Texts.wordCount(text)
                && parts.length > 2;
    }

    private static double similarity(String a, String b) {
        if (b == null) {
            return 0;
        }
        return (Texts.wordOverlap(a, b) + Texts.wordOverlap(stripSite(b, null), a)) / 2;
    }

    private static boolean isSite(String text, String siteName) {
        return siteName != null && Texts.fold(text).equals(Texts.fold(siteName));
    }

    private static String longestPiece(String title) {
        String best = title;
        int bestWords = 0;
        for (String part : SEPARATOR.split(title)) {
            int w = Texts.wordCount(part);
            if (w > bestWords) {
                bestWords = w;
                best = part.strip();
            }
        }
        return best;
    }

    /** Drops a " | Site Name" tail (or a "Site Name | " head) from a {@code <title>}-like string. */
    static String stripSite(String title, String siteName) {
        if (title == null) {
            return null;
        }
        var m = SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (m.start() == 0 || m.end() == title.length()) {
                continue;
            }
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return title;
        }
        String head = title.substring(0, firstStart).strip();
        String tail = title.substring(lastEnd).strip();
        if (siteName != null && !siteName.isBlank()) {
            String site = Texts.fold(siteName);
            if (Texts.fold(tail).equals(site) || Texts.fold(tail).contains(site)) {
                return stripSite(title.substring(0, lastStart).strip(), null);
            }
            if (Texts.fold(head).equals(site)) {
                return stripSite(title.substring(firstEnd).strip(), null);
            }
        }
        if (firstStart != lastStart) {
            return longestPiece(title);
        }
        String body = title.substring(0, lastStart).strip();
        if (Texts.wordCount(tail) <= 4 && Texts.wordCount(body) >= Texts.wordCount(tail)) {
            return body;
        }
        if (Texts.wordCount(head) <= 4 && Texts.wordCount(tail) > 2 * Texts.wordCount(head)) {
            return tail;
        }
        return title;
    }
}
