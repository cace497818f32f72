package dev.newsgraph.parse.people;

import java.util.List;

/**
 * A run of capitalised words in one sentence ("Deputy Minister of Finance Jane Smith") split into the
 * words before the name ({@code tokens[0..nameStart)}) and the name itself ({@code names}, bare forms).
 */
record NameRun(Paragraph paragraph, int[] tokens, int nameStart, List<String> names, int nameWords, boolean organisation) {

    int first() {
        return tokens[0];
    }

    /** Index after the run's last token. */
    int end() {
        return tokens[tokens.length - 1] + 1;
    }

    int nameFirstToken() {
        return tokens[nameStart];
    }

    boolean hasName() {
        return nameWords > 0;
    }

    boolean inQuote() {
        return paragraph.quoted(tokens[0]);
    }

    /** The word right before the name inside the run, if any ("Ambassador" in "Ambassador Smith"). */
    Token beforeName() {
        return nameStart > 0 ? paragraph.token(tokens[nameStart - 1]) : null;
    }

    Token last() {
        return paragraph.token(tokens[tokens.length - 1]);
    }

    String firstName() {
        return names.get(0);
    }

    String lastName() {
        return names.get(names.size() - 1);
    }

    String fullName() {
        return String.join(" ", names);
    }
}
