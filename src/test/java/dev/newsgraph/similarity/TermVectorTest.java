package dev.newsgraph.similarity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermVectorTest {

    @Test
    void leadTermsLeaveOutFunctionWordsAndStemAlike() {
        LeadTerms.TermCounts a = LeadTerms.of("Council launches bridge plan", null,
                List.of("The council said it would launch the bridge."));
        LeadTerms.TermCounts b = LeadTerms.of("Council launch bridge plans", null, List.of("Council launched bridge"));
        assertArrayEquals(a.terms(), b.terms(), "council, launch, bridge, plan in both");
        assertEquals(4, a.terms().length);
    }

    @Test
    void theHeadlineCountsTwiceAndTheIndexTakesTheMostFrequentTerms() {
        LeadTerms.TermCounts c = LeadTerms.of("Volcano", "eruption", List.of("Ash ash ash everywhere"));
        int volcano = LeadTerms.of("volcano", null, List.of()).terms()[0];
        int ash = LeadTerms.of("ash", null, List.of()).terms()[0];
        assertArrayEquals(new int[] { Math.min(volcano, ash), Math.max(volcano, ash) }, c.strongest(2),
                "ash (3) and volcano (2, the headline) before eruption and everywhere (1)");
        assertEquals(4, c.strongest(10).length);
    }

    @Test
    void cosineIsOneForTheSameVectorAndRareSharedTermsWeighMore() {
        LeadTerms.TermCounts a = LeadTerms.of("Quarry collapse traps miners", null, List.of());
        LeadTerms.TermCounts b = LeadTerms.of("Miners trapped after quarry collapse", null, List.of());
        TermVector va = TermVector.weigh(a, t -> 1, 100);
        assertEquals(1.0, va.cosine(va), 1e-6);
        double flat = va.cosine(TermVector.weigh(b, t -> 1, 100));
        // "miners" common in the window: the pair is less alike than when every term is rare
        int miners = LeadTerms.of("miners", null, List.of()).terms()[0];
        double common = TermVector.weigh(a, t -> t == miners ? 60 : 1, 100)
                .cosine(TermVector.weigh(b, t -> t == miners ? 60 : 1, 100));
        assertTrue(flat > 0.5 && common < flat, flat + " / " + common);
    }
}
