package dev.newsgraph.parse.people;

import dev.newsgraph.parse.Chars;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Builds the word sets the lexicons are made of; kept in code so nothing needs registering for native images. */
final class Words {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Words() {
    }

    /** {@code s.split("\\s+")}, with the pattern compiled once. */
    static String[] split(String s) {
        return SPACES.split(s);
    }

    /** A set of the whitespace-separated words in {@code lists}, as written. */
    static Set<String> of(String... lists) {
        Set<String> out = new HashSet<>();
        for (String list : lists) {
            for (String w : split(list.trim())) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Lower case without allocating when there is nothing to lower (most words). */
    static String lc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isUpperCase(c)) {
                return s.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return s;
    }

    /** The same, lower-cased, for case-insensitive look-ups. */
    static Set<String> lower(String... lists) {
        Set<String> out = new HashSet<>();
        for (String w : of(lists)) {
            out.add(w.toLowerCase());
        }
        return Set.copyOf(out);
    }
}
