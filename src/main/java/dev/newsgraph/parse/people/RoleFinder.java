package dev.newsgraph.parse.people;

import java.util.ArrayList;
import java.util.List;

/** Reads the roles written next to a name: before it ("Taliban chief", "Prime Minister") or in an apposition after it. */
final class RoleFinder {

    private static final int MAX_ROLE_TOKENS = 12;
    /** Forms of address, not roles. */
    private static final java.util.Set<String> SOCIAL_TITLES = Words.lower("mr mrs ms miss mx dr prof sir dame");

    private RoleFinder() {
    }

    /** Start of the role phrase before token {@code nameStart}, or {@code nameStart} when there is none. */
    static int roleStart(Paragraph p, int nameStart) {
        int sentence = p.sentenceOf[nameStart];
        int scope = p.quoteOf[nameStart];
        int from = nameStart;
        int j = nameStart - 1;
        while (j >= 0 && p.sentenceOf[j] == sentence && p.quoteOf[j] == scope && nameStart - j <= MAX_ROLE_TOKENS) {
            Token t = p.token(j);
            if (t.isCapitalized() && (t.isAllCaps() || RoleLexicon.isRoleWord(t.bare()) || RoleLexicon.isRoleModifier(t.bare())
                    || !NonNameWords.FUNCTION.contains(t.bareLower()))) {
                from = j;
            } else if (t.isLower() && (RoleLexicon.isRoleNoun(t.text()) || RoleLexicon.isRoleModifier(t.text()))) {
                from = j;
            } else if (t.isLower() && RoleLexicon.isRoleConnector(t.text()) && j > 0 && from < nameStart
                    && (p.token(j - 1).isCapitalized() || RoleLexicon.isRoleNoun(p.token(j - 1).text()))) {
                // keep going: "Representative for Afghanistan Reconciliation"; trimmed below if nothing precedes
            } else {
                break;
            }
            j--;
        }
        // the phrase must hold a role word or an abbreviation right before the name ("Cleveland DL")
        for (int x = from; x < nameStart; x++) {
            Token t = p.token(x);
            if (RoleLexicon.isRoleWord(t.bare()) && !(t.isCapitalized() && RoleLexicon.isLooseRole(t.bare())) || x == nameStart - 1 && t.isAllCaps() && t.text().length() <= 3
                    && !t.text().contains(".")) {
                return from;
            }
            if (x == nameStart - 1 && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))) {
                return from; // "F Hamidou Diallo"
            }
        }
        return nameStart;
    }

    /** Roles before the name, with a shorter variant without a leading place or nationality ("Afghan President"). */
    static List<String> rolesBefore(Paragraph p, int nameStart) {
        List<String> out = new ArrayList<>();
        int from = roleStart(p, nameStart);
        if (from < nameStart) {
            addWithVariant(p, from, nameStart, out);
        } else if (nameStart >= 2 && p.token(nameStart - 1).is(",") && RoleLexicon.isRoleWord(p.token(nameStart - 2).bare())) {
            // "the then UK Home Secretary, Sajid Javid,"
            int end = nameStart - 1;
            int f = roleStart(p, end);
            if (f == end) {
                f = end - 1;
                while (f > 0 && p.token(f - 1).isCapitalized() && p.sentenceOf[f - 1] == p.sentenceOf[end]) {
                    f--;
                }
            }
            addWithVariant(p, f, end, out);
        }
        return out;
    }

    private static void addWithVariant(Paragraph p, int from, int to, List<String> out) {
        while (from < to && (SOCIAL_TITLES.contains(p.token(from).bareLower().replace(".", ""))
                || p.token(from).isIgnoreCase("then") || p.token(from).isIgnoreCase("late"))) {
            from++;
        }
        while (to > from && SOCIAL_TITLES.contains(p.token(to - 1).bareLower().replace(".", ""))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        String role = p.span(from, to).strip();
        if (role.isEmpty()) {
            return;
        }
        out.add(role);
        Token head = p.token(from);
        String w = head.bareLower().replace(".", "");
        if (to - from > 1 && (NonNameWords.PLACES.contains(w) || NonNameWords.NATIONALITIES.contains(w) || w.equals("us")
                || w.equals("uk") || w.equals("un") || w.equals("eu") || head.isPossessive())) {
            int f = from + 1;
            while (f < to && (RoleLexicon.isRoleConnector(p.token(f).text()) || p.token(f).isPossessive())) {
                f++;
            }
            Token rest = f < to ? p.token(f) : null;
            if (rest != null && (RoleLexicon.isRoleWord(rest.bare()) || RoleLexicon.isRoleModifier(rest.bare())
                    || rest.isCapitalized() && !NonNameWords.isNonName(rest.bare()))) {
                out.add(p.span(f, to).strip());
            }
        }
    }

    /** The role in an apposition after the name: "Cheuk Hau-yip, the commander of Kowloon West district, said". */
    static String roleAfter(Paragraph p, int nameEnd) {
        int n = p.size();
        if (nameEnd >= n || !p.token(nameEnd).is(",") || p.quoteOf[nameEnd] != p.quoteOf[nameEnd - 1]) {
            return null;
        }
        int from = nameEnd + 1;
        int sentence = p.sentenceOf[nameEnd];
        while (from < n && (p.token(from).isIgnoreCase("the") || p.token(from).isIgnoreCase("a")
                || p.token(from).isIgnoreCase("an") || p.token(from).isIgnoreCase("another"))) {
            from++;
        }
        int to = from;
        boolean role = false;
        while (to < n && p.sentenceOf[to] == sentence && to - from <= 14) {
            Token t = p.token(to);
            if (t.is(",") || t.is(".") || t.is("(") || t.kind() == Token.Kind.QUOTE || t.isDash()) {
                break;
            }
            if (t.isLower() && (t.text().endsWith("ed") || SpeechVerbs.isQuoteCue(t.text()) || t.is("who")
                    || t.is("which") || t.is("is") || t.is("was") || t.is("has"))) {
                return null;
            }
            if (t.is("and")) {
                return null;
            }
            if (RoleLexicon.isRoleNoun(t.bare())) {
                if (to + 1 < n && p.token(to + 1).isCapitalized()) {
                    return null; // the role of the next name: ", Lakers great Magic Johnson"
                }
                role = true;
            }
            to++;
        }
        if (!role || to == from || to - from > 14 || to >= n || !(p.token(to).is(",") || p.token(to).is(".")
                || p.token(to).is("(") || p.token(to).isDash())) {
            return null;
        }
        return p.span(from, to).strip();
    }
}
