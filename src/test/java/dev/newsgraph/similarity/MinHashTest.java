package dev.newsgraph.similarity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final List<String> BODY = paragraphs(new Random(14), 8, 60);

    @Test
    void theSameTextHasTheSameSignatureAndBands() {
        MinHash.Body a = MinHash.of(BODY);
        MinHash.Body b = MinHash.of(new ArrayList<>(BODY));
        assertArrayEquals(a.signature(), b.signature());
        assertArrayEquals(MinHash.bands(a.signature()), MinHash.bands(b.signature()));
        assertEquals(1.0, MinHash.resemblance(a.signature(), b.signature()));
        assertEquals(1.0, MinHash.containment(a, b));
    }

    @Test
    void aDroppedParagraphOrAnAddedNoteKeepsACopyAndOtherTextIsNone() {
        List<String> dropped = new ArrayList<>(BODY);
        dropped.remove(3);
        List<String> noted = new ArrayList<>(BODY);
        noted.add("Editor's note: this article was updated with the latest figures from the ministry.");
        noted.set(0, "LONDON (Wire) - " + noted.get(0));
        MinHash.Body original = MinHash.of(BODY);
        assertTrue(StoryRules.isCopy(MinHash.of(dropped), original));
        assertTrue(StoryRules.isCopy(MinHash.of(noted), original));
        assertTrue(MinHash.containment(MinHash.of(dropped), original) > 0.8);
        assertFalse(StoryRules.isCopy(MinHash.of(paragraphs(new Random(15), 8, 60)), original));
    }

    @Test
    void resemblanceEstimatesTheShareOfSharedShingles() {
        // two bodies sharing a third of their paragraphs: Jaccard of the shingle sets about 1/5
        List<String> shared = paragraphs(new Random(1), 4, 50);
        List<String> a = new ArrayList<>(shared);
        a.addAll(paragraphs(new Random(2), 8, 50));
        List<String> b = new ArrayList<>(shared);
        b.addAll(paragraphs(new Random(3), 8, 50));
        double r = MinHash.resemblance(MinHash.of(a).signature(), MinHash.of(b).signature());
        assertTrue(r > 0.08 && r < 0.35, "resemblance " + r);
        assertFalse(StoryRules.isCopy(MinHash.of(a), MinHash.of(b)));
    }

    @Test
    void shortOrEmptyBodiesAreNoCopiesAndHaveNoBands() {
        MinHash.Body empty = MinHash.of(List.of());
        assertEquals(0, empty.shingles());
        assertEquals(0, MinHash.bands(empty.signature()).length);
        assertEquals(0.0, MinHash.containment(empty, empty));
        MinHash.Body brief = MinHash.of(List.of("Markets closed higher on Friday."));
        assertFalse(StoryRules.isCopy(brief, brief), "too short to tell a copy from a coincidence");
    }

    static List<String> paragraphs(Random random, int count, int words) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < words; w++) {
                s.append(w == 0 ? "" : " ").append("w").append(random.nextInt(5000));
            }
            out.add(s.toString());
        }
        return out;
    }
}
