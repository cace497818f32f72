package dev.newsgraph.similarity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The terms an article leads with: its headline (counted twice), standfirst and first {@value #LEAD_PARAGRAPHS}
 * paragraphs, without function words and reporting verbs, crudely stemmed ("launches", "launched" and "launch"
 * agree). Terms are 32-bit hashes of the stems, so vectors compare and index as integers.
 */
public final class LeadTerms {

    static final int LEAD_PARAGRAPHS = 3;

    private static final Set<String> STOP = Set.of(("a about above after again against all am an and any are as at be"
            + " because been before being below between both but by can did do does doing down during each few for"
            + " from further had has have having he her here hers herself him himself his how i if in into is it its"
            + " itself just me more most my myself no nor not now of off on once only or other our ours ourselves out"
            + " over own same she should so some such than that the their theirs them themselves then there these they"
            + " this those through to too under until up very was we were what when where which while who whom why"
            + " will with you your yours yourself yourselves said says say would could also one two new like get got"
            + " told year years time last first us mr ms").split(" "));

    private LeadTerms() {
    }

    /** Term hash to how often it occurs, in term order. */
    public static TermCounts of(String title, String description, List<String> paragraphs) {
        Map<Integer, Float> counts = new TreeMap<>();
        add(counts, title, 2);
        add(counts, description, 1);
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, paragraphs.size()); i++) {
            add(counts, paragraphs.get(i), 1);
        }
        int[] terms = new int[counts.size()];
        float[] values = new float[counts.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> e : counts.entrySet()) {
            terms[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new TermCounts(terms, values);
    }

    private static void add(Map<Integer, Float> counts, String text, float weight) {
        for (String word : Words.of(text)) {
            if (word.length() > 2 && !STOP.contains(word) && !isNumber(word)) {
                counts.merge((int) Words.hash(stem(word)), weight, Float::sum);
            }
        }
    }

    static String stem(String word) {
        for (String suffix : new String[] { "ing", "ed", "es", "s" }) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Terms in ascending order with their counts. */
    public record TermCounts(int[] terms, float[] counts) {

        /**
         * The {@code limit} terms an index posts for the article: the most frequent (headline terms count twice),
         * ties to the lower hash, so the choice is deterministic.
         */
        public int[] strongest(int limit) {
            Integer[] order = new Integer[terms.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> counts[x] != counts[y] ? Float.compare(counts[y], counts[x])
                    : Integer.compare(terms[x], terms[y]));
            int[] out = new int[Math.min(limit, terms.length)];
            for (int i = 0; i < out.length; i++) {
                out[i] = terms[order[i]];
            }
            java.util.Arrays.sort(out);
            return out;
        }
    }
}
