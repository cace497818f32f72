package dev.newsgraph.parse.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds capitalised runs and the person-name part at their end; deciding which are persons is left to the registry. */
final class NameFinder {

    private static final Set<String> PARTICLES = Words.of("de da das do dos du del della di van von der den ter ten la le bin ibn al el");

    private NameFinder() {
    }

    static List<NameRun> find(Paragraph p) {
        List<NameRun> runs = new ArrayList<>();
        int n = p.size();
        int i = 0;
        while (i < n) {
            if (!p.token(i).isCapitalized()) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>();
            int j = i;
            while (j < n) {
                Token t = p.token(j);
                boolean sameScope = run.isEmpty() || sameScope(p, run.get(0), j);
                if (t.isCapitalized() && sameScope) {
                    run.add(j);
                    j++;
                    if (t.isPossessive()) {
                        break;
                    }
                } else if (!run.isEmpty() && sameScope && j + 1 < n && PARTICLES.contains(t.text())
                        && p.token(j + 1).isCapitalized()) {
                    run.add(j);
                    j++;
                } else if (!run.isEmpty() && t.is("(") && j + 3 < n && p.token(j + 1).isCapitalized()
                        && p.token(j + 2).is(")") && p.token(j + 3).isCapitalized() && sameScope(p, run.get(0), j + 3)) {
                    run.add(j + 1); // "Coach (Frank) Vogel"
                    j += 3;
                } else {
                    break;
                }
            }
            runs.add(split(p, run.stream().mapToInt(Integer::intValue).toArray()));
            i = Math.max(j, i + 1);
        }
        return runs;
    }

    private static boolean sameScope(Paragraph p, int a, int b) {
        return p.sentenceOf[a] == p.sentenceOf[b] && p.quoteOf[a] == p.quoteOf[b];
    }

    /** Takes the longest tail of name-like words as the name, trimmed to a plausible length. */
    private static NameRun split(Paragraph p, int[] run) {
        int k = run.length;
        String lastWord = p.token(run[k - 1]).bareLower();
        boolean org = NonNameWords.ORG_WORDS.contains(lastWord) && k > 1 && !(k == 2 && NonNameWords.SURNAME_LIKE
                .contains(lastWord) && FirstNames.isKnown(p.token(run[0]).bare()))
                || k > 1 && NonNameWords.PLACES.contains(p.token(run[k - 1]).bareLower());
        int start = k;
        while (start > 0 && isNamePart(p, run, start - 1, k)) {
            start--;
        }
        int initials = leadingInitials(p, run, 0, k);
        if (initials > 0) {
            start = 0;
        }
        while (initials == 0 && start < k && (!isNameWord(p.token(run[start])) && !ambiguousFirstName(p, run, start, k)
                || isGerund(p.token(run[start])) && k - start > 1)) {
            start++; // no name starts with a particle or a verb in -ing ("Hosting Cook"), nor with a stray initial
        }
        int words = initials;
        for (int x = start; x < k; x++) {
            if (isNameWord(p.token(run[x])) || ambiguousFirstName(p, run, x, k)) {
                words++;
            }
        }
        if (words > 3 || words == 3 && !hasInitialOrParticle(p, run, start, k)) {
            int anchor = -1;
            for (int x = start; x < k - 1; x++) {
                if (FirstNames.isKnown(p.token(run[x]).bare())) {
                    anchor = x;
                    break;
                }
            }
            if (anchor < 0 || k - anchor > 4) {
                anchor = k - 2;
            }
            start = anchor;
            words = 0;
            for (int x = start; x < k; x++) {
                if (isNameWord(p.token(run[x]))) {
                    words++;
                }
            }
        }
        while (start < k - 1 && isGerund(p.token(run[start]))) {
            start++;
            words--;
        }
        List<String> names = new ArrayList<>();
        for (int x = start; x < k; x++) {
            names.add(p.token(run[x]).bare());
        }
        if (org) {
            words = Math.min(words, 0);
        }
        return new NameRun(p, run, start, names, words, org);
    }

    /** "R. T. Hollings": initials that make up the run and stand for the given names, before a single surname. */
    private static int leadingInitials(Paragraph p, int[] run, int start, int k) {
        int x = start;
        while (x < k && p.token(run[x]).isInitial()) {
            x++;
        }
        return x - start >= 1 && x == k - 1 && isNameWord(p.token(run[k - 1])) ? x - start : 0;
    }

    private static boolean hasInitialOrParticle(Paragraph p, int[] run, int from, int to) {
        for (int x = from; x < to; x++) {
            Token t = p.token(run[x]);
            if (t.isInitial() || PARTICLES.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A known first name that is also another word, right before the surname that ends the run: one that ends a place
     * ("San Antonio") opening the run ("Antonio Ferraro"), a role noun that is no title, so never stands before a
     * surname as one ("Attorney General Dean Mercer"), or another common word ("Bill", "Mark").
     */
    private static boolean ambiguousFirstName(Paragraph p, int[] run, int x, int k) {
        Token t = p.token(run[x]);
        if (x != k - 2 || !FirstNames.isKnown(t.bare()) || !isNameWord(p.token(run[k - 1]))) {
            return false;
        }
        String w = t.bareLower();
        return x == 0 && NonNameWords.PLACES.contains(w)
                || RoleLexicon.isRoleNoun(w) && !RoleLexicon.isHonorific(w)
                || !NonNameWords.FUNCTION.contains(w) && NonNameWords.isNonName(w); // "Bill Dombrowski", "Mark Kelly"
    }

    private static boolean isNamePart(Paragraph p, int[] run, int x, int k) {
        if (ambiguousFirstName(p, run, x, k)) {
            return true;
        }
        Token t = p.token(run[x]);
        if (t.isInitial() || PARTICLES.contains(t.text()) || t.text().equals("La") || t.text().equals("De")) {
            return x > 0 && x < k - 1;
        }
        if (isNameWord(t)) {
            return true;
        }
        // a role or common word as surname after a known first name: "Stephen King", "Chris Early", "Tom Hall"
        String w = t.bareLower();
        return x == k - 1 && x > 0 && (RoleLexicon.isRoleWord(w) || NonNameWords.SURNAME_LIKE.contains(w))
                && !t.text().endsWith(".") && FirstNames.isKnown(p.token(run[x - 1]).bare())
                && !RoleLexicon.isHonorific(p.token(run[x - 1]).bare());
    }

    private static boolean isGerund(Token t) {
        String w = t.bare();
        return w.length() > 5 && w.endsWith("ing") && !FirstNames.isKnown(w);
    }

    static boolean isNameWord(Token t) {
        if (!t.isCapitalized() || t.isAllCaps() || t.isInitial()) {
            return false;
        }
        String w = t.bare();
        if (w.length() < 2 || w.endsWith(".") || !Character.isLetter(w.charAt(w.length() - 1))) {
            return false;
        }
        int hyphens = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (c == '-') {
                hyphens++;
            }
        }
        if (hyphens > 1 && Character.isLowerCase(w.charAt(w.length() - 1)) && w.equals(w.substring(0, 1)
                + Words.lc(w.substring(1)))) {
            return false; // "Day-by-day"
        }
        return !NonNameWords.isNonName(w) && !RoleLexicon.isRoleWord(w) && !pluralTitle(w);
    }

    /** "Senators Maria L. Ortega and Paul Dunmore": a plural title is no part of the first name. */
    private static boolean pluralTitle(String w) {
        return w.length() > 4 && w.endsWith("s") && RoleLexicon.isHonorific(w.substring(0, w.length() - 1));
    }
}
