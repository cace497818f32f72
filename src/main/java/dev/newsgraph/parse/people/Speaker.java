package dev.newsgraph.parse.people;

import java.util.Set;
import java.util.regex.Pattern;

/** Who speaks: as written at the quote ("he", "the ministry"), and the person meant, or null. */
record Speaker(String written, Person person) {

    static final Speaker NONE = new Speaker(null, null);

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

    /** Documents speak for someone else: "the statement", "the report" name no speaker. */
    private static final Set<String> DOCUMENTS = Words.lower("""
            statement statements report reports release letter filing order ruling post tweet email memo document
            study survey review note notice complaint lawsuit indictment affidavit transcript video ad advert website
            message article book paper judgment verdict decision document documents records record data poll
            """);
    /** Words that show a phrase is a piece of a clause, not a speaker: "reporters that Moscow", "the software as". */
    private static final Set<String> CLAUSE_WORDS = Words.lower("""
            that which who whom whose as to if when because while after before than and or but would will could
            should is was are were has have had where what what's how why whether with then
            """);

    String personName() {
        return person == null ? null : person.name();
    }

    /**
     * The speaker name to report: the words at the quote for a person, a pronoun or an organisation ("the company");
     * null for a document or a fragment of a clause, which are not speakers.
     */
    String shownName() {
        if (person != null || written == null) {
            return written;
        }
        return isFragment(written) || isDocument(written) ? null : written;
    }

    static boolean isFragment(String written) {
        if (written == null) {
            return false;
        }
        for (String w : Words.split(written)) {
            if (CLAUSE_WORDS.contains(Words.lc(w))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDocument(String written) {
        String[] words = Words.split(written);
        String head = NOT_LETTER.matcher(Words.lc(words[words.length - 1])).replaceAll("");
        return DOCUMENTS.contains(head);
    }
}
