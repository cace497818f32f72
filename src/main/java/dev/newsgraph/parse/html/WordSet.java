package dev.newsgraph.parse.html;

import java.util.Set;

/**
 * A fixed set of lower-case ASCII words, looked up by a region of a string, ignoring case, without allocating:
 * class and id tokens are checked for every element of a page.
 */
final class WordSet {

    private final Set<String> words;
    private final String[] table;
    private final int mask;
    private final int minLength;
    private final int maxLength;

    private WordSet(Set<String> words) {
        this.words = words;
        int size = Integer.highestOneBit(words.size() * 4 - 1) << 1;
        table = new String[size];
        mask = size - 1;
        minLength = words.stream().mapToInt(String::length).min().orElse(0);
        maxLength = words.stream().mapToInt(String::length).max().orElse(0);
        for (String w : words) {
            for (int i = w.hashCode() & mask; ; i = (i + 1) & mask) {
                if (table[i] == null) {
                    table[i] = w;
                    break;
                }
            }
        }
    }

    static WordSet of(String... words) {
        for (String w : words) {
            if (!w.chars().allMatch(c -> c < 0x80 && !Character.isUpperCase(c))) {
                throw new IllegalArgumentException("not a lower-case ASCII word: " + w);
            }
        }
        return new WordSet(Set.of(words));
    }

    /** Whether {@code s[from, to)}, lower-cased, is one of the words. */
    boolean contains(String s, int from, int to) {
        int length = to - from;
        if (length < minLength || length > maxLength) {
            return false; // lower-casing only lengthens a string by adding non-ASCII marks
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return words.contains(s.substring(from, to).toLowerCase()); // non-ASCII: String's own lower-casing
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        for (int i = hash & mask; table[i] != null; i = (i + 1) & mask) {
            String w = table[i];
            if (w.length() == length && s.regionMatches(true, from, w, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
