package dev.newsgraph.similarity;

import java.util.Arrays;
import java.util.List;

/**
 * Resemblance of two bodies (Broder's MinHash): the Jaccard similarity of their sets of five-word shingles, estimated
 * from {@value #SIZE} minimum hashes each, and from it and the sets' sizes their containment (the share of the smaller
 * set found in the larger), which a dropped paragraph or a boilerplate line more in one of them barely moves.
 * {@link #bands} turns a signature into keys for an index: two bodies whose resemblance is r share at least one key
 * with probability 1 - (1 - r^3)^10 (0.74 at 0.5, 0.98 at 0.7), so near-copies are found by a few index look-ups.
 */
public final class MinHash {

    public static final int SIZE = 64;
    static final int SHINGLE = 5;
    static final int BANDS = 10;
    static final int ROWS = 3;

    private static final long[] SEEDS = new long[SIZE];

    static {
        long seed = 0x5eed14L;
        for (int i = 0; i < SIZE; i++) {
            seed += 0x9e3779b97f4a7c15L;
            SEEDS[i] = Words.mix(seed);
        }
    }

    private MinHash() {
    }

    /** A body's signature and how many distinct shingles it has. */
    public record Body(int[] signature, int shingles) {
    }

    /** The signature of a body; all {@link Integer#MAX_VALUE} (and no shingles) when it has no words. */
    public static Body of(List<String> paragraphs) {
        List<String> words = Words.of(String.join(" ", paragraphs));
        int[] signature = new int[SIZE];
        Arrays.fill(signature, Integer.MAX_VALUE);
        if (words.isEmpty()) {
            return new Body(signature, 0);
        }
        long[] wordHashes = words.stream().mapToLong(Words::hash).toArray();
        long[] shingles = new long[Math.max(1, wordHashes.length - SHINGLE + 1)];
        for (int start = 0; start < shingles.length; start++) {
            long h = 0;
            for (int k = start; k < Math.min(wordHashes.length, start + SHINGLE); k++) {
                h = h * 0x100000001b3L + wordHashes[k];
            }
            shingles[start] = h;
            for (int i = 0; i < SIZE; i++) {
                int value = (int) (Words.mix(h ^ SEEDS[i]) >>> 33); // 31 bits: never negative
                if (value < signature[i]) {
                    signature[i] = value;
                }
            }
        }
        return new Body(signature, (int) Arrays.stream(shingles).sorted().distinct().count());
    }

    /**
     * Estimated share of the smaller body's shingles that the larger one has: |A and B| = J (|A| + |B|) / (1 + J).
     * Zero for an empty body.
     */
    public static double containment(Body a, Body b) {
        int smaller = Math.min(a.shingles(), b.shingles());
        if (smaller == 0) {
            return 0;
        }
        double j = resemblance(a.signature(), b.signature());
        return Math.min(1, j * (a.shingles() + b.shingles()) / ((1 + j) * smaller));
    }

    /** Estimated Jaccard similarity of the shingle sets: the share of positions where the signatures agree. */
    public static double resemblance(int[] a, int[] b) {
        if (isEmpty(a) || isEmpty(b)) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The index keys of a signature: one per band of {@value #ROWS} values; none for an empty body. */
    public static long[] bands(int[] signature) {
        if (isEmpty(signature)) {
            return new long[0];
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b + 1;
            for (int r = 0; r < ROWS; r++) {
                h = Words.mix(h * 31 + signature[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    private static boolean isEmpty(int[] signature) {
        return signature.length == 0 || signature[0] == Integer.MAX_VALUE;
    }
}
