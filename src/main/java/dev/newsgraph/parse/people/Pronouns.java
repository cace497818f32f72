package dev.newsgraph.parse.people;

/** Personal pronouns and their gender. */
final class Pronouns {

    private Pronouns() {
    }

    static FirstNames.Gender genderOf(String word) {
        return switch (Words.lc(word)) {
            case "he", "him", "his", "himself" -> FirstNames.Gender.MALE;
            case "she", "her", "hers", "herself" -> FirstNames.Gender.FEMALE;
            default -> FirstNames.Gender.UNKNOWN;
        };
    }

    /** A subject pronoun starting a reported clause: "told lawmakers it was". */
    static boolean isSubjectPronoun(String word) {
        return switch (Words.lc(word)) {
            case "he", "she", "it", "they", "we", "i", "you", "there" -> true;
            default -> false;
        };
    }

    /** A subject pronoun that can stand for a person speaker. */
    static boolean isPersonSubject(String word) {
        return word.equalsIgnoreCase("he") || word.equalsIgnoreCase("she");
    }
}
