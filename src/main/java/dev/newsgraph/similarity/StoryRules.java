package dev.newsgraph.similarity;

/**
 * The thresholds that decide copies and stories, with the figures that chose them (docs/benchmarks.md, Stories).
 */
public final class StoryRules {

    /**
     * A body is a copy of another when the estimated share of the smaller one's shingles found in the larger reaches
     * this: the copy set's edited copies (another site's chrome, retouched headline, dateline, a paragraph dropped,
     * an editor's note) share 0.6 to 1.0 of them with their originals as extracted, different reports of one event
     * at most 0.27 (aeb-dev, exact shingle sets).
     */
    public static final double COPY_CONTAINMENT = 0.5;

    /** Bodies shorter than this many shingles (about as many words) are too short to call copies. */
    public static final int COPY_MIN_SHINGLES = 25;

    /** Nor are bodies more than this many times the other's length: the containment estimate gets too rough. */
    public static final int COPY_MAX_LENGTH_RATIO = 3;

    /**
     * Two articles report one event when their lead vectors' cosine reaches this. On stories-dev through the service
     * (StoriesBench), pairwise precision / recall: 0.22 gives 0.853 / 1.000, 0.24 0.844 / 0.931, 0.26 0.923 / 0.828,
     * 0.28 0.947 / 0.621; what separates the last false pairs from true ones is the event, not the vocabulary
     * (two reveals at one motor show, two pieces on one laptop keyboard).
     */
    public static final double SAME_STORY = 0.26;

    /** Only articles published within this many days of each other can be one story. */
    public static final int WINDOW_DAYS = 3;

    /** How many of an article's lead terms the candidate index holds. */
    public static final int INDEXED_TERMS = 24;

    /** At most this many earlier articles (those sharing the most indexed terms) are compared with a new one. */
    public static final int CANDIDATES = 100;

    private StoryRules() {
    }

    public static boolean isCopy(MinHash.Body body, MinHash.Body earlier) {
        int smaller = Math.min(body.shingles(), earlier.shingles());
        int larger = Math.max(body.shingles(), earlier.shingles());
        return smaller >= COPY_MIN_SHINGLES && larger <= COPY_MAX_LENGTH_RATIO * smaller
                && MinHash.containment(body, earlier) >= COPY_CONTAINMENT;
    }
}
