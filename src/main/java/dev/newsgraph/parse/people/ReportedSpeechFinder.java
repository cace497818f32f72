package dev.newsgraph.parse.people;

import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.QuoteKind;
import java.util.List;
import java.util.Set;

/**
 * INDIRECT quotes: a person's reported clause after a speech verb ("Heyward said (that) ...", "told lawmakers that
 * ...", "quoted X as saying that ..."), before a closing attribution ("..., Hege said."), or with "according to X".
 * Only person speakers are reported, and clauses holding quote marks are left to the quote finder.
 */
final class ReportedSpeechFinder {

    private static final Set<String> CLAUSE_STARTERS = Words.lower("""
            he she it they we i you there this these those the a an his her its their our my your some all no any both
            each every many most several one two three four five six seven eight nine ten
            """);
    private static final Set<String> ADVERBIAL_STARTS = Words.lower("""
            in on at during after before since last this earlier later on yesterday today recently also again
            previously publicly privately monday tuesday wednesday thursday friday saturday sunday repeatedly
            """);
    private static final int MIN_CLAUSE_WORDS = 3;

    private final SpeakerResolver speakers;
    private final QuoteFinder quotes;

    ReportedSpeechFinder(SpeakerResolver speakers, QuoteFinder quotes) {
        this.speakers = speakers;
        this.quotes = quotes;
    }

    void find(Sentence s, List<ParsedQuote> out) {
        Paragraph p = s.paragraph();
        for (int v = s.from(); v < s.to(); v++) {
            if (p.quoted(v) || p.cueUsed[v]) {
                continue;
            }
            Token t = p.token(v);
            if (t.is("according") && v + 1 < s.to() && p.token(v + 1).is("to")) {
                according(s, v, out);
            } else if (SpeechVerbs.isReportCueAt(p, v)) {
                if ((t.is("say") || t.is("says")) && !(v > 0 && p.token(v - 1).is("to")) && !t.is("says")) {
                    continue;
                }
                reported(s, v, out);
            }
        }
    }

    private void reported(Sentence s, int v, List<ParsedQuote> out) {
        Paragraph p = s.paragraph();
        int c = v + 1;
        String cue = QuoteFinder.cueText(p, v);
        if (cue.contains(" ")) {
            c++;
        }
        c = clauseStart(p, s, c, SpeechVerbs.takesObject(p.token(v).text()),
                SpeechVerbs.takesBareClause(p.token(v).text()));
        if (c < 0) {
            postposed(s, v, out);
            return;
        }
        int end = clauseEnd(p, s, c);
        Speaker speaker = quotes.speakerAtCue(p, v);
        quotes.noteAttribution(speaker, cue, s.id());
        if (end - c < MIN_CLAUSE_WORDS || containsQuote(p, c, end)) {
            return;
        }
        emit(p, s, c, end, speaker, cue, out);
    }

    /** "Selling a product is difficult, but ..., Hege said." */
    private void postposed(Sentence s, int v, List<ParsedQuote> out) {
        Paragraph p = s.paragraph();
        int after = v + 1;
        if (after < s.to() && !(p.token(after).is(".") || p.token(after).is(","))) {
            return;
        }
        int subjectStart = v - 1;
        while (subjectStart > s.from() && !p.token(subjectStart - 1).is(",") && v - subjectStart < 6) {
            subjectStart--;
        }
        if (subjectStart <= s.from() + MIN_CLAUSE_WORDS || !p.token(subjectStart - 1).is(",")) {
            return;
        }
        for (int i = s.from(); i < s.to(); i++) {
            if (p.quoted(i) || i < v && i != v && SpeechVerbs.isReportCueAt(p, i) && p.token(i).isLower()) {
                return; // holds a quote or its own cue: nested attribution, left alone
            }
        }
        Speaker speaker = speakers.phrase(p, subjectStart, v);
        emit(p, s, s.from(), subjectStart - 1, speaker, p.token(v).text(), out);
    }

    /** "According to X, ..." / "..., according to X." */
    private void according(Sentence s, int v, List<ParsedQuote> out) {
        Paragraph p = s.paragraph();
        int np = v + 2;
        int npEnd = np;
        while (npEnd < s.to() && !p.token(npEnd).is(",") && !p.token(npEnd).is(".") && !p.quoted(npEnd)) {
            npEnd++;
        }
        Speaker speaker = speakers.phrase(p, np, npEnd);
        if (speaker.person() == null) {
            return;
        }
        if (v == s.from() && npEnd < s.to() && p.token(npEnd).is(",")) {
            int end = clauseEnd(p, s, npEnd + 1);
            if (!containsQuote(p, npEnd + 1, end)) {
                emit(p, s, npEnd + 1, end, speaker, "according to", out);
            }
        } else if (v > s.from() && p.token(v - 1).is(",") && !containsQuote(p, s.from(), v - 1)) {
            emit(p, s, s.from(), v - 1, speaker, "according to", out);
        }
    }

    private void emit(Paragraph p, Sentence s, int from, int to, Speaker speaker, String cue, List<ParsedQuote> out) {
        if (speaker.person() == null || to - from < MIN_CLAUSE_WORDS) {
            return;
        }
        String text = QuoteSpan.clean(p.span(from, to));
        if (text.isEmpty()) {
            return;
        }
        out.add(new ParsedQuote(text, QuoteKind.INDIRECT, speaker.written(), speaker.personName(), cue, p.index));
        speakers.recordSpeaker(s.id(), speaker.person());
        quotes.noteAttribution(speaker, cue, s.id());
    }

    /** Where the reported clause starts after the cue, or -1 when no clause follows. */
    private static int clauseStart(Paragraph p, Sentence s, int c, boolean takesObject, boolean bare) {
        if (c >= s.to()) {
            return -1;
        }
        // "said that", "said on Saturday that", "told investigators that"
        boolean adverbial = ADVERBIAL_STARTS.contains(p.token(c).text().toLowerCase()) || takesObject;
        for (int k = c; k < s.to() && k - c <= 8; k++) {
            Token t = p.token(k);
            if (t.is("that")) {
                if (k == c || adverbial) {
                    return k + 1 < s.to() ? k + 1 : -1;
                }
                break;
            }
            if (t.is(",") || p.quoted(k) || t.kind() != Token.Kind.WORD || k > c && !adverbial && !takesObject) {
                break;
            }
        }
        if (takesObject && bare) {
            // "told lawmakers it was ...": skip a short object up to a subject pronoun
            for (int k = c; k < s.to() && k - c <= 5; k++) {
                Token t = p.token(k);
                if (t.kind() != Token.Kind.WORD || p.quoted(k)) {
                    return -1;
                }
                if (k > c && Pronouns.isSubjectPronoun(t.text())) {
                    return k;
                }
            }
            return -1;
        }
        Token first = p.token(c);
        if (!bare || first.kind() != Token.Kind.WORD || p.quoted(c)) {
            return -1;
        }
        if (CLAUSE_STARTERS.contains(first.text().toLowerCase()) || first.isCapitalized()
                || Character.isDigit(first.text().charAt(0))) {
            return c;
        }
        return -1;
    }

    /** The clause runs to the sentence end, less a trailing attribution or a verb coordinated with the cue. */
    private static int clauseEnd(Paragraph p, Sentence s, int c) {
        int end = s.to();
        for (int k = c + 1; k < s.to(); k++) {
            Token t = p.token(k);
            Token next = k + 1 < s.to() ? p.token(k + 1) : null;
            if (next == null) {
                break;
            }
            if (t.is(",") && (next.is("according") || SpeechVerbs.isParticiple(next.text()))) {
                return k;
            }
            if (t.is(",") && next.is("but") && k + 2 < s.to() && (Pronouns.isPersonSubject(p.token(k + 2).text())
                    || SpeechVerbs.isReportCue(p.token(k + 2).text()))) {
                return k;
            }
            if (t.is(",") && (p.mentions[k + 1] != null || Pronouns.isPersonSubject(next.text()))) {
                int j = p.mentions[k + 1] != null ? p.mentions[k + 1].to() : k + 2;
                if (j < s.to() && SpeechVerbs.isReportCue(p.token(j).text())) {
                    return k; // "..., Morrison testified."
                }
            }
            if ((t.is("and") || t.is("but")) && next.isLower() && (next.text().endsWith("ed") && !next.is("need")
                    || SpeechVerbs.isQuoteCueAt(p, k + 1))) {
                return k > c && p.token(k - 1).is(",") ? k - 1 : k; // "..., and called for"
            }
            if ((t.is("—") || t.is("─") || t.is("–")) && next.is("but")) {
                return k;
            }
            if (t.is(".") || t.is("!") || t.is("?")) {
                return k;
            }
        }
        return end;
    }

    private static boolean containsQuote(Paragraph p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (p.quoted(i)) {
                return true;
            }
        }
        return false;
    }
}
