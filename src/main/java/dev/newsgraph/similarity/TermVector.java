package dev.newsgraph.similarity;

import java.util.function.IntToDoubleFunction;

/** A unit-length TF-IDF vector over term hashes in ascending order; the cosine of two is their dot product. */
public record TermVector(int[] terms, float[] weights) {

    /**
     * Weighs counts by (1 + ln tf) * ln((n + 1) / (df + 0.5)), where {@code documentFrequency} tells in how many of
     * the {@code documents} compared against (the article itself included) a term occurs.
     */
    public static TermVector weigh(LeadTerms.TermCounts counts, IntToDoubleFunction documentFrequency, int documents) {
        int[] terms = counts.terms();
        float[] weights = new float[terms.length];
        double norm = 0;
        for (int i = 0; i < terms.length; i++) {
            double idf = Math.log((documents + 1.0) / (documentFrequency.applyAsDouble(terms[i]) + 0.5));
            double w = (1 + Math.log(counts.counts()[i])) * Math.max(0, idf);
            weights[i] = (float) w;
            norm += w * w;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) (weights[i] / norm);
            }
        }
        return new TermVector(terms.clone(), weights);
    }

    public double cosine(TermVector other) {
        int i = 0;
        int j = 0;
        double dot = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] == other.terms[j]) {
                dot += weights[i++] * other.weights[j++];
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }
}
