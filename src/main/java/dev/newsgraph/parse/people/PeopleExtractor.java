package dev.newsgraph.parse.people;

import dev.newsgraph.parse.Chars;
import dev.newsgraph.parse.ParsedPerson;
import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.PeopleAndQuotes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds the persons an article names and the quotes they gave, with speakers resolved. Rule-based, thread-safe. */
public final class PeopleExtractor {

    /** Reporting credits name journalists, not people in the story. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)contributed (to )?(this|the) (report|story|article)|^(additional )?(reporting|writing|editing) by\\b");

    public PeopleAndQuotes extract(List<String> paragraphs) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return PeopleAndQuotes.NONE;
        }
        ArticleText article = new ArticleText(paragraphs);
        if (!EnglishCheck.isEnglish(article)) {
            return PeopleAndQuotes.NONE; // the lexicons and cues are English
        }
        List<NameRun> runs = new ArrayList<>();
        for (Paragraph p : article.paragraphs) {
            if (!isCreditLine(p.text)) {
                runs.addAll(NameFinder.find(p));
            }
        }
        PersonRegistry registry = PersonRegistry.build(article.paragraphs, runs);
        List<ParsedQuote> quotes = new ArrayList<>();
        SpeakerResolver speakers = new SpeakerResolver(article, registry.persons());
        QuoteFinder quoteFinder = new QuoteFinder(speakers);
        ReportedSpeechFinder reported = new ReportedSpeechFinder(speakers, quoteFinder);
        Map<Integer, List<QuoteSpan>> quotesBySentence = new HashMap<>();
        for (QuoteSpan q : article.quotes) {
            QuoteSpan.Piece first = q.first();
            quotesBySentence.computeIfAbsent(first.paragraph().sentenceOf[first.open()], k -> new ArrayList<>()).add(q);
        }
        Map<Integer, ParsedQuote> turns = TranscriptFinder.find(article, registry.persons());
        // in reading order, so pronouns see the speakers of the sentences before them
        for (Sentence s : article.sentences) {
            ParsedQuote turn = turns.get(s.paragraph().index);
            if (turn != null) {
                if (s.from() == 0) {
                    quotes.add(turn);
                }
                continue; // a turn of an interview is speech already, not narration with reported speech
            }
            for (QuoteSpan q : quotesBySentence.getOrDefault(s.id(), List.of())) {
                ParsedQuote found = quoteFinder.find(q, article);
                if (found != null) {
                    quotes.add(found);
                }
            }
            reported.find(s, quotes);
        }
        List<ParsedPerson> persons = new ArrayList<>();
        for (Person p : registry.persons()) {
            persons.add(p.toParsed());
        }
        return new PeopleAndQuotes(List.copyOf(persons), List.copyOf(quotes));
    }

    /** The regex only when it can match: "contributed" somewhere, or a line starting with a/r/w/e. */
    private static boolean isCreditLine(String text) {
        boolean possible = !text.isEmpty() && "aArRwWeE".indexOf(text.charAt(0)) >= 0
                || Chars.containsIgnoreCase(text, "contributed");
        return possible && CREDIT_LINE.matcher(text).find();
    }
}
