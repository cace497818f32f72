package dev.newsgraph.story;

import dev.newsgraph.GraphQL;
import dev.newsgraph.TestDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Articles about made-up events for the story tests. An event is named by unique words (its place, thing, person
 * and a few more), and every report adds unique words of its own between function words, so no two events, and no
 * two reports of one event, share a five-word run of text or a content word by accident: only what the test means
 * them to share. Two reports of one event share the event's words; a copy shares a report's text.
 */
final class StoryTexts {

    private static final String[] FILLER = { "the", "of", "and", "to", "with", "for", "in", "on", "at", "by" };

    final String place = TestDocuments.uniqueWord();
    final String thing = TestDocuments.uniqueWord();
    final String person = capital(TestDocuments.uniqueWord());
    private final List<String> key = words(6);
    private final List<String> wire = words(40);
    private final List<String> other = words(40);

    /** A headline of the event (its words only). */
    String headline() {
        return capital(place) + " " + thing + " " + key.get(0);
    }

    /** Another outlet's headline of the event. */
    String otherHeadline() {
        return capital(thing) + " and " + key.get(1) + " for " + place;
    }

    /** A headline of something else. */
    static String otherNews() {
        return capital(TestDocuments.uniqueWord()) + " " + TestDocuments.uniqueWord();
    }

    /** A wire report: five paragraphs, the person named and quoted. */
    List<String> wire() {
        return report(wire);
    }

    /** Another outlet's own report of the same event: the event's words, its own text. */
    List<String> otherReport() {
        return report(other);
    }

    /** Something else that happened in the same town that week. */
    List<String> unrelated() {
        List<String> own = words(40);
        return List.of(run(own.subList(0, 12)) + ".", run(own.subList(12, 26)) + ".", run(own.subList(26, 40)) + ".");
    }

    private List<String> report(List<String> own) {
        return List.of(
                "Mayor Jane " + person + " said the " + place + " " + thing + " " + run(List.of(key.get(0), own.get(0),
                        key.get(1), own.get(1), own.get(2), key.get(2))) + ".",
                run(List.of(place, own.get(3), thing, own.get(4), key.get(3), own.get(5), own.get(6), key.get(4),
                        own.get(7), own.get(8))) + ".",
                "\"" + capital(run(List.of(own.get(9), thing, own.get(10), own.get(11), key.get(5), own.get(12))))
                        + ",\" " + person + " told reporters.",
                run(own.subList(13, 27)) + ".",
                run(own.subList(27, 40)) + ".");
    }

    /** The words with a function word before each: content words never more than two apart. */
    private static String run(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? "" : " ").append(FILLER[i % FILLER.length]).append(' ').append(words.get(i));
        }
        return out.toString();
    }

    private static List<String> words(int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(TestDocuments.uniqueWord());
        }
        return words;
    }

    static Map<String, Object> doc(String url, String title, String date, List<String> paragraphs) {
        return GraphQL.document(url, TestDocuments.text(title, date, paragraphs.toArray(String[]::new)), "TEXT", null);
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
