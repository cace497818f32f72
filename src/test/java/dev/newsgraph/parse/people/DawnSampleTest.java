package dev.newsgraph.parse.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.parse.ParsedPerson;
import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.PeopleAndQuotes;
import dev.newsgraph.parse.QuoteKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Dawn sample must give exactly the persons and quotes its expectation file lists. */
class DawnSampleTest {

    private static Map<String, Object> expected;
    private static PeopleAndQuotes found;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void extract() throws IOException {
        try (InputStream in = DawnSampleTest.class.getResourceAsStream("/samples/dawn-2019-06-02-khalilzad.expected.json")) {
            assertNotNull(in, "sample expectation on the test classpath");
            expected = (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Map<String, Object> article = (Map<String, Object>) expected.get("article");
        found = new PeopleExtractor().extract((List<String>) article.get("paragraphs"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(String key) {
        return (List<Map<String, Object>>) expected.get(key);
    }

    /** Quote text as the expectation compares it: trimmed, without surrounding quote marks or a trailing , or . */
    static String norm(String s) {
        String t = s.strip();
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            char first = t.charAt(0);
            char last = t.charAt(t.length() - 1);
            if ("\"“”'‘’".indexOf(first) >= 0) {
                t = t.substring(1).strip();
                changed = true;
            } else if ("\"“”'‘’,.".indexOf(last) >= 0) {
                t = t.substring(0, t.length() - 1).strip();
                changed = true;
            }
        }
        return t;
    }

    @Test
    void personsAreExactlyTheExpectedSet() {
        Set<String> want = new TreeSet<>();
        list("persons").forEach(p -> want.add((String) p.get("name")));
        Set<String> got = new TreeSet<>();
        found.persons().forEach(p -> got.add(p.name()));
        assertEquals(want, got);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aliasesAndRolesAreThere() {
        Map<String, ParsedPerson> byName = new HashMap<>();
        found.persons().forEach(p -> byName.put(p.name(), p));
        for (Map<String, Object> want : list("persons")) {
            ParsedPerson got = byName.get((String) want.get("name"));
            assertNotNull(got, (String) want.get("name"));
            assertEquals(new HashSet<>((List<String>) want.get("aliases")), new HashSet<>(got.aliases()),
                    "aliases of " + got.name());
            for (String role : (List<String>) want.get("roles")) {
                assertTrue(got.roles().contains(role), got.name() + " lacks role " + role + ": " + got.roles());
            }
            assertTrue(got.mentions() >= 1, "mentions counted for " + got.name());
        }
    }

    @Test
    void directAndPartialQuotesAreExactlyTheExpectedOnes() {
        Set<String> want = new TreeSet<>();
        for (Map<String, Object> q : list("quotes")) {
            if (!"INDIRECT".equals(q.get("kind"))) {
                want.add(key(q.get("kind"), q.get("text"), q.get("speaker"), q.get("cue"), q.get("paragraph")));
            }
        }
        Set<String> got = new TreeSet<>();
        for (ParsedQuote q : found.quotes()) {
            if (q.kind() != QuoteKind.INDIRECT) {
                got.add(key(q.kind().name(), q.text(), q.speaker(), q.cue(), q.paragraph()));
            }
        }
        assertEquals(want, got);
    }

    @Test
    void requiredIndirectQuotesAreFoundWithTheirSpeaker() {
        for (Map<String, Object> q : list("quotes")) {
            if ("INDIRECT".equals(q.get("kind")) && Boolean.TRUE.equals(q.get("required"))) {
                String text = norm((String) q.get("text"));
                boolean ok = found.quotes().stream().anyMatch(f -> f.kind() == QuoteKind.INDIRECT
                        && norm(f.text()).equals(text) && q.get("speaker").equals(f.speaker())
                        && ((Double) q.get("paragraph")).intValue() == f.paragraph());
                assertTrue(ok, "missing INDIRECT: " + text + " in " + found.quotes());
            }
        }
    }

    @Test
    void noQuoteNamesAWrongSpeaker() {
        for (ParsedQuote f : found.quotes()) {
            for (Map<String, Object> q : list("quotes")) {
                String text = norm((String) q.get("text"));
                if (norm(f.text()).equals(text)) {
                    assertTrue(f.speaker() == null || f.speaker().equals(q.get("speaker")), "wrong speaker: " + f);
                }
            }
            if (f.speaker() != null) {
                assertTrue(found.persons().stream().anyMatch(p -> p.name().equals(f.speaker())), "unknown speaker " + f);
            }
        }
    }

    private static String key(Object kind, Object text, Object speaker, Object cue, Object paragraph) {
        int para = paragraph instanceof Double d ? d.intValue() : (Integer) paragraph;
        return kind + " | " + norm((String) text) + " | " + speaker + " | " + cue + " | " + para;
    }
}
