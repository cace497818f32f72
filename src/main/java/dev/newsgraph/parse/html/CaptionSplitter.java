package dev.newsgraph.parse.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a photo caption into the caption proper and its trailing credit ("Photo: X", "(Reuters)", "© X"). */
final class CaptionSplitter {

    record Caption(String text, String credit) {
    }

    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?i)\\s*(?:[|/]\\s*)?[\\[(]?\\s*((?:photo(?:graph)?s?|image|picture|pic|foto|bild|credit|source|quelle|illustration|video)(?:\\s+(?:by|credit|courtesy(?:\\s+of)?))?\\s*[:/]\\s*[^()\\[\\]]{2,120}|(?:©|\\(c\\)|copyright)\\s*[^()\\[\\]]{2,120})[)\\]]?\\s*\\.?$");
    private static final Pattern DASH_CREDIT = Pattern.compile("\\s+[─—–]\\s*([^─—–]{2,80})$");
    private static final Pattern PAREN_CREDIT = Pattern.compile("\\s*[(\\[]([^()\\[\\]]{2,60})[)\\]]\\s*\\.?$");

    private CaptionSplitter() {
    }

    static Caption split(String caption) {
        String c = Texts.clean(caption);
        if (c == null || c.isEmpty()) {
            return new Caption(null, null);
        }
        Matcher m = TRAILING_CREDIT.matcher(c);
        if (m.find() && m.start() > 0) {
            return new Caption(trimEnd(c.substring(0, m.start())), clean(m.group(1)));
        }
        m = DASH_CREDIT.matcher(c);
        if (m.find() && m.start() > 0 && Texts.wordCount(m.group(1)) <= 8) {
            return new Caption(trimEnd(c.substring(0, m.start())), clean(m.group(1)));
        }
        m = PAREN_CREDIT.matcher(c);
        if (m.find() && m.start() > 0 && looksLikeCredit(m.group(1))) {
            return new Caption(trimEnd(c.substring(0, m.start())), clean(m.group(1)));
        }
        if (m.find(0) && m.start() == 0) {
            return new Caption(null, clean(m.group(1)));
        }
        return new Caption(c, null);
    }

    /** "(Reuters)", "(AP Photo/Jane Doe)", "(Getty Images)": short, capitalised, no sentence inside. */
    private static boolean looksLikeCredit(String s) {
        String t = s.strip();
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || Texts.wordCount(t) > 7) {
            return false;
        }
        for (String w : t.split("[\\s/]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && Character.isLowerCase(w.charAt(0))
                    && !w.equals("via") && !w.equals("for") && !w.equals("of") && !w.equals("by")) {
                return false;
            }
        }
        return true;
    }

    /** A credit without its "Photo:" / "©" label and brackets. */
    static String cleanCredit(String credit) {
        return credit == null ? null : clean(credit);
    }

    private static String clean(String credit) {
        String c = credit.strip().replaceAll("^[(\\[]+|[.)\\]]+$", "").strip();
        c = c.replaceFirst("(?i)^(?:photo(?:graph)?s?|image|picture|pic|foto|bild|credit|source|quelle|illustration|video)(?:\\s+(?:by|credit|courtesy(?:\\s+of)?))?\\s*[:/]\\s*", "");
        c = c.replaceFirst("^(?:©|\\([cC]\\)|(?i:copyright))\\s*", "");
        return c.isEmpty() ? null : c;
    }

    private static String trimEnd(String s) {
        String t = s.strip().replaceAll("[\\s|/,;:─—–-]+$", "");
        return t.isEmpty() ? null : t;
    }
}
