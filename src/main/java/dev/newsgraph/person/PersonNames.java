package dev.newsgraph.person;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The key under which a person is one row across articles. */
public final class PersonNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PersonNames() {
    }

    /** Case, accents and punctuation ignored: "José  O'Neil" and "Jose O Neil" are one person. */
    public static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return NOT_LETTERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A single word ("Williams") is too weak to identify one person across articles. */
    public static boolean isBareName(String normalized) {
        return normalized.indexOf(' ') < 0;
    }
}
