package dev.newsgraph.parse.people;

import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.QuoteKind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interview layouts, whose turns are speech without quote marks: a Q&amp;A ("Q: ...", "A: ...", the answers being the
 * interviewee's words) and a transcript of "NAME: ..." turns. Only an article with at least two turns of the layout
 * counts as one, so a single "Note: ..." line is not a transcript.
 */
final class TranscriptFinder {

    private static final Pattern QA = Pattern.compile("^(Q|A|Question|Answer)\\s*:\\s+(\\S.*)$");
    /** "MARSH:", "SEN. TORRES:", "JOHN SMITH:": a speaker label in capitals. */
    private static final Pattern NAMED = Pattern.compile("^((?:[A-Z][A-Z.'\u2019-]+ ){0,2}[A-Z][A-Z'\u2019-]+):\\s+(\\S.*)$");
    private static final int MIN_TURNS = 2;

    private TranscriptFinder() {
    }

    /** DIRECT quotes by paragraph index for the turns of an interview layout; empty when the article has none. */
    static Map<Integer, ParsedQuote> find(ArticleText article, List<Person> persons) {
        Map<Integer, ParsedQuote> out = new HashMap<>();
        int questions = 0;
        int answers = 0;
        int named = 0;
        for (Paragraph p : article.paragraphs) {
            if (!labelled(p.text)) {
                continue;
            }
            Matcher qa = QA.matcher(p.text);
            if (qa.matches()) {
                if (qa.group(1).startsWith("Q")) {
                    questions++;
                } else {
                    answers++;
                }
            } else {
                Matcher m = NAMED.matcher(p.text);
                if (m.matches() && byLabel(m.group(1), persons) != null) {
                    named++; // "READ MORE:" and "UPDATE:" name nobody
                }
            }
        }
        if (questions == 0 && answers == 0 && named == 0) {
            return out;
        }
        if (questions >= 1 && answers >= MIN_TURNS) {
            qa(article, persons, out);
        } else if (named >= MIN_TURNS) {
            named(article, persons, out);
        }
        return out;
    }

    /** A label ends in a colon within the first words, and starts with a capital: the cheap test before the patterns. */
    private static boolean labelled(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && colon < 40 && Character.isUpperCase(text.charAt(0));
    }

    /** The answers are the words of the person the introduction names first. */
    private static void qa(ArticleText article, List<Person> persons, Map<Integer, ParsedQuote> out) {
        Person interviewee = null;
        for (Paragraph p : article.paragraphs) {
            if (QA.matcher(p.text).matches()) {
                break;
            }
            for (Mention m : p.mentions) {
                if (m != null && !m.inQuote()) {
                    interviewee = m.person();
                    break;
                }
            }
            if (interviewee != null) {
                break;
            }
        }
        for (Paragraph p : article.paragraphs) {
            Matcher m = QA.matcher(p.text);
            if (m.matches() && m.group(1).startsWith("A")) {
                String text = QuoteSpan.clean(m.group(2));
                if (!text.isEmpty()) {
                    out.put(p.index, new ParsedQuote(text, QuoteKind.DIRECT, interviewee == null ? null
                            : interviewee.name(), interviewee == null ? null : interviewee.name(), null, p.index));
                }
            }
        }
    }

    /** Each turn is the named speaker's: the person whose surname or full name the label spells in capitals. */
    private static void named(ArticleText article, List<Person> persons, Map<Integer, ParsedQuote> out) {
        for (Paragraph p : article.paragraphs) {
            Matcher m = NAMED.matcher(p.text);
            if (!m.matches()) {
                continue;
            }
            Person speaker = byLabel(m.group(1), persons);
            String text = QuoteSpan.clean(m.group(2));
            if (speaker != null && !text.isEmpty()) {
                out.put(p.index, new ParsedQuote(text, QuoteKind.DIRECT, m.group(1), speaker.name(), null, p.index));
            }
        }
    }

    private static Person byLabel(String label, List<Person> persons) {
        String[] words = label.split(" ");
        String last = words[words.length - 1];
        Person found = null;
        for (Person person : persons) {
            String full = person.name().toUpperCase(Locale.ROOT);
            if (full.equals(label) || person.last().toUpperCase(Locale.ROOT).equals(last)) {
                if (found != null && found != person) {
                    return null;
                }
                found = person;
            }
        }
        return found;
    }
}
