package dev.newsgraph.parse.people;

import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.QuoteKind;
import java.util.List;
import java.util.Set;

/**
 * INDIRECT quotes: a person's reported clause after a speech verb ("Heyward said (that) ...", "told lawmakers that
 * ...", "quoted X as saying that ..."), before a closing attribution ("..., Hege said."), or with "according to X".
 * Clauses holding quote marks are left to the quote finder.
 */
final class ReportedSpeechFinder {

    private static final Set<String> CLAUSE_STARTERS = Words.lower("""
            he she it they we i you there this these those the a an his her its their our my your some all no any both
            each every many most several one two three four five six seven eight nine ten none nothing nobody everyone
            everything something someone neither either such more only
            """);
    private static final Set<String> ADVERBIAL_STARTS = Words.lower("""
            in on at during after before since last this earlier later on yesterday today recently also again
            previously publicly privately monday tuesday wednesday thursday friday saturday sunday repeatedly
            """);
    private static final int MIN_CLAUSE_WORDS = 3;
    /** Words that show the words after a cue are not a bare subject: "said sorry to everyone who had ...". */
    private static final Set<String> NOT_IN_SUBJECT = Words.of("""
            to for with by from at in on of who that which when because if as than so not yes no how what whether
            why where
            """);
    /** Words that make what follows an object, not a new subject: "and to Sam Obi", "and that Sam Obi". */
    private static final Set<String> NOT_DESCRIBING = Words.of("""
            to for with by from at in on of that than as into about against between is was are were has have had
            """);
    /** "He was told that ...", "is believed to": the subject is not the speaker. */
    private static final Set<String> PASSIVE = Words.lower("is was are were be been being widely");
    /** After "..., says Buser," an auxiliary shows the clause goes on; anything else is an apposition. */
    private static final Set<String> AUXILIARIES = Words.of("is was are were has have had will would can could should may might must");
    /** After "told reporters", a determiner starts the clause: "told reporters the building would ...". */
    private static final Set<String> OBJECT_ENDS_BEFORE = Words.of("the a an this these those his her its their our some no all");

    private static final Set<String> DEFINITE = Words.lower("the his her their this that");
    private static final Set<String> IRREGULAR_VERBS = Words.lower("""
            am be been being do did does done made makes make went goes go came comes come took takes take got gets get
            gave gives give knew knows know thought thinks think told tells tell felt feels feel became becomes
            become left leaves keep keeps kept began begins ran runs grew grows won wins lost loses paid pays met
            meets sent sends built spent brought bought held holds stood understood meant means led fell wrote saw
            sees need needs want wants plan plans can may might must shall should would could will won't isn't
            """);
    private static final Set<String> CLAUSE_ENDING_CONJUNCTIONS = Words.lower("as while although though whereas");
    private static final Set<String> PERSON_NOUNS = Words.lower("man men woman women person agent people");

    private final SpeakerResolver speakers;
    private final QuoteFinder quotes;
    /** The last reported clause emitted: sentence and token range. */
    private int lastSentence = -1;
    private int lastFrom;
    private int lastTo;

    ReportedSpeechFinder(SpeakerResolver speakers, QuoteFinder quotes) {
        this.speakers = speakers;
        this.quotes = quotes;
    }

    void find(Sentence s, List<ParsedQuote> out) {
        Paragraph p = s.paragraph();
        for (int v = s.from(); v < s.to(); v++) {
            if (p.quoted(v) || p.cueUsed[v] && !clauseAfter(p, s, v)) {
                continue; // a cue that attributed a quotation is read again only for a clause around a fragment
            }
            Token t = p.token(v);
            if (t.lower().equals("according") && v + 1 < s.to() && p.token(v + 1).is("to")) {
                according(s, v, out);
            } else if (SpeechVerbs.isReportCueAt(p, v) && !(v > s.from() && PASSIVE.contains(p.token(v - 1).lower()))
                    && !(t.text().startsWith("believ") && cueBefore(p, s, v))) {
                if (!t.text().endsWith("s") && !t.text().endsWith("ed") && !t.text().endsWith("ing")
                        && !t.is("said") && !t.is("told") && !t.is("wrote") && !t.is("say")) {
                    continue; // only "to say" takes a clause among base forms; "to write" takes a thing
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
        if (v > s.from() && p.token(v - 1).is(",") && verbFirstAttribution(s, v, out)) {
            return;
        }
        c = clauseStart(p, s, c, SpeechVerbs.takesObject(p.token(v).text()),
                SpeechVerbs.takesBareClause(p.token(v).text()));
        if (c < 0) {
            postposed(s, v, out);
            return;
        }
        int end = clauseEnd(p, s, c);
        if (inRelativeClause(p, s, v)) {
            end = untilComma(p, c, end); // "Sanders, who said he would debate her, criticized Clinton"
        }
        Speaker speaker = quotes.speakerAtCue(p, v);
        quotes.noteAttribution(speaker, cue, s.id());
        if (end - c < MIN_CLAUSE_WORDS || wordsOutsideQuotes(p, c, end) < MIN_CLAUSE_WORDS || !hasVerb(p, c, end)) {
            return; // "wrote the letter Feb. 2": a thing, not a clause
        }
        emit(p, s, c, end, speaker, cue, out);
    }

    /** "Selling a product is difficult, but ..., Hege said." */
    private void postposed(Sentence s, int v, List<ParsedQuote> out) {
        Paragraph p = s.paragraph();
        int after = v + 1;
        if (after < s.to() && ADVERBIAL_STARTS.contains(p.token(after).lower())) {
            // "..., his solicitor said on Monday."
            int k = after + 1;
            while (k < s.to() && k - after < 4 && p.token(k).kind() == Token.Kind.WORD && !p.quoted(k)) {
                k++;
            }
            if (k < s.to() && (p.token(k).is(".") || p.token(k).is(","))) {
                after = k;
            }
        }
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
        if (p.quoted(s.from()) || wordsOutsideQuotes(p, s.from(), subjectStart) < MIN_CLAUSE_WORDS) {
            return; // a quotation with its attribution after it: the quote finder's
        }
        for (int i = s.from(); i < s.to(); i++) {
            if (i < v && SpeechVerbs.isReportCueAt(p, i) && p.token(i).isLower() && !p.quoted(i)) {
                return; // holds its own cue: nested attribution, left alone
            }
        }
        Speaker speaker = speakers.phrase(p, subjectStart, v);
        int resume = after < s.to() && p.token(after).is(",") ? after + 1 : -1;
        if (resume > 0 && resume < s.to() && continuesClause(p.token(resume))) {
            // "A major part of the reason, McKinley said, is the flow of drugs."
            emit(p, s, s.from(), subjectStart - 1, resume, clauseEnd(p, s, resume), speaker, p.token(v).text(), out);
        } else {
            emit(p, s, s.from(), subjectStart - 1, -1, -1, speaker, p.token(v).text(), out);
        }
    }

    /** The words after a parenthetical attribution go on with the clause unless they start a new phrase. */
    private static boolean continuesClause(Token t) {
        if (t.kind() != Token.Kind.WORD || t.text().endsWith("ing") || SpeechVerbs.isParticiple(t.text())) {
            return false;
        }
        return !ADVERBIAL_STARTS.contains(t.lower()) && !t.is("as") && !t.is("and") && !t.is("but")
                && !t.is("who") && !t.is("which") && !t.is("citing") && !t.is("according");
    }

    /** "..., said Lt. Matt Harris, Columbus Police Department spokesman." */
    private boolean verbFirstAttribution(Sentence s, int v, List<ParsedQuote> out) {
        Paragraph p = s.paragraph();
        int end = v + 1;
        while (end < s.to() && !p.token(end).is(",") && !p.token(end).is(".") && !p.quoted(end)) {
            end++;
        }
        if (end == v + 1 || end - v > 8 || end < s.to() && p.quoted(end)) {
            return false;
        }
        boolean named = false;
        for (int i = v + 1; i < end; i++) {
            named |= p.mentions[i] != null;
            Token t = p.token(i);
            if (t.isLower() && (AUXILIARIES.contains(t.text()) || IRREGULAR_VERBS.contains(t.text())
                    || t.text().endsWith("ed"))) {
                return false; // "Dan Centinello, an aide, said the campaign would ...": a clause, not a speaker
            }
        }
        if (!named || Pronouns.isSubjectPronoun(p.token(v + 1).text()) || DEFINITE.contains(p.token(v + 1).lower())) {
            return false;
        }
        for (int i = s.from(); i < v; i++) {
            if (p.quoted(i)) {
                return false;
            }
        }
        Speaker speaker = speakers.phrase(p, v + 1, end);
        p.cueUsed[v] = true;
        quotes.noteAttribution(speaker, p.token(v).text(), s.id());
        if (end + 1 < s.to() && p.token(end).is(",") && AUXILIARIES.contains(p.token(end + 1).text())) {
            // "The key to Stadia's success, says Buser, is Google's infrastructure."
            emit(p, s, s.from(), v - 1, end + 1, clauseEnd(p, s, end + 1), speaker, p.token(v).text(), out);
        } else {
            emit(p, s, s.from(), v - 1, speaker, p.token(v).text(), out);
        }
        return true;
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
        if (!speaks(speaker)) {
            return;
        }
        if (v == s.from() && npEnd < s.to() && p.token(npEnd).is(",")) {
            int end = clauseEnd(p, s, npEnd + 1);
            if (wordsOutsideQuotes(p, npEnd + 1, end) >= MIN_CLAUSE_WORDS) {
                emit(p, s, npEnd + 1, end, speaker, "according to", out);
            }
        } else if (v > s.from() && p.token(v - 1).is(",") && wordsOutsideQuotes(p, s.from(), v - 1) >= MIN_CLAUSE_WORDS) {
            emit(p, s, s.from(), v - 1, speaker, "according to", out);
        }
    }

    private void emit(Paragraph p, Sentence s, int from, int to, Speaker speaker, String cue, List<ParsedQuote> out) {
        emit(p, s, from, to, -1, -1, speaker, cue, out);
    }

    /** Emits tokens {@code from..to}, joined with {@code from2..to2} when {@code from2 >= 0}. */
    private void emit(Paragraph p, Sentence s, int from, int to, int from2, int to2, Speaker speaker, String cue,
            List<ParsedQuote> out) {
        if (!speaks(speaker) || to - from < MIN_CLAUSE_WORDS) {
            return;
        }
        if (speaker.person() == null && s.id() == lastSentence && from >= lastFrom && from < lastTo) {
            return; // "Nakamura said the ruling confirmed that ...": the ruling speaks inside her reported clause
        }
        lastSentence = s.id();
        lastFrom = from;
        lastTo = to;
        String text = QuoteSpan.clean(p.span(from, to));
        if (from2 >= 0 && to2 > from2) {
            text = text + " " + QuoteSpan.clean(p.span(from2, to2));
        }
        if (text.isEmpty()) {
            return;
        }
        out.add(new ParsedQuote(text, QuoteKind.INDIRECT, speaker.shownName(), speaker.personName(), cue, p.index));
        speakers.recordSpeaker(s.id(), speaker.person());
        quotes.noteAttribution(speaker, cue, s.id());
    }

    /**
     * A person, or an organisation, document or unnamed source ("the campaign", "the documents", "a spokesman"): they
     * report speech too, with {@code speaker} null. Not a fragment of a clause ("reporters that Moscow").
     */
    private static boolean speaks(Speaker speaker) {
        return speaker.person() != null || speaker.written() != null && !speaker.written().isBlank()
                && !Speaker.isFragment(speaker.written()) && !unresolvedPerson(speaker.written());
    }

    /**
     * "The entrepreneur", "her father", "both men": a person (or persons) the article names elsewhere but we could
     * not resolve; better no quote than one given to nobody.
     */
    static boolean unresolvedPerson(String written) {
        String[] words = Words.split(written);
        if (words.length < 2) {
            return false;
        }
        String first = Words.lc(words[0]);
        String head = Words.lc(words[words.length - 1]);
        if (first.equals("both")) {
            return PERSON_NOUNS.contains(head) || head.endsWith("s") && RoleLexicon.isRoleNoun(head.substring(0, head.length() - 1));
        }
        return DEFINITE.contains(first) && (RoleLexicon.isRoleNoun(head) || PERSON_NOUNS.contains(head));
    }

    /** Where the reported clause starts after the cue, or -1 when no clause follows. */
    private static int clauseStart(Paragraph p, Sentence s, int c, boolean takesObject, boolean bare) {
        if (c >= s.to()) {
            return -1;
        }
        if (p.token(c).is(",") && c + 3 < s.to() && p.token(c + 1).isLower() && p.token(c + 2).is(",")
                && p.token(c + 3).is("that")) {
            c += 3; // "cautioned, however, that"
        }
        // "said that", "said on Saturday that", "told investigators that"
        boolean adverbial = ADVERBIAL_STARTS.contains(p.token(c).lower()) || takesObject;
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
                if (k > c && (Pronouns.isSubjectPronoun(t.text()) || OBJECT_ENDS_BEFORE.contains(t.text()))) {
                    return k;
                }
            }
            return -1;
        }
        Token first = p.token(c);
        if (!bare || first.kind() != Token.Kind.WORD || p.quoted(c)) {
            return -1;
        }
        if (CLAUSE_STARTERS.contains(first.lower()) || CLAUSE_STARTERS.contains(withoutContraction(first.lower()))
                || first.isCapitalized()
                || Character.isDigit(first.text().charAt(0))) {
            return c;
        }
        if (NOT_IN_SUBJECT.contains(first.text())) {
            return -1; // "declined to say how much ...": a question, not a reported clause
        }
        // a bare noun subject and its auxiliary: "said regulators should ...", "said rising rent and bills had ..."
        for (int k = c + 1; k < s.to() && k <= c + 7; k++) {
            Token t = p.token(k);
            if (AUXILIARIES.contains(t.text())) {
                return c;
            }
            if (!t.isLower() && !(k > c && p.token(k - 1).is("of")) || t.kind() != Token.Kind.WORD || p.quoted(k)
                    || NOT_IN_SUBJECT.contains(t.text()) && !(t.is("of") && k > c) || t.text().endsWith("ed")) {
                break; // "said details of her tax plan will ..." may hold "of"
            }
        }
        return -1;
    }

    /** "he'll" -> "he", "there’s" -> "there". */
    private static String withoutContraction(String w) {
        int apostrophe = Math.max(w.lastIndexOf('\''), w.lastIndexOf('’'));
        return apostrophe > 0 ? w.substring(0, apostrophe) : w;
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
                    && p.token(k - 1).is(",") || SpeechVerbs.isQuoteCueAt(p, k + 1))) {
                return k > c && p.token(k - 1).is(",") ? k - 1 : k; // "..., and called for"
            }
            if (t.is(",") && (next.is("and") || next.is("but")) && startsWithPerson(p, k + 2, s.to())) {
                return k; // "..., and local businesswoman Jane Roe launched her campaign": a clause of its own
            }
            if (t.isDash() && next.is("but")) {
                return k;
            }
            if ((t.is(",") || t.isDash()) && (next.is("and") || next.is("but")) && k + 2 < s.to()
                    && Pronouns.isPersonSubject(p.token(k + 2).text())) {
                return k; // "..., and he railed against ...": the narrator goes on with a clause of its own
            }
            if (t.is(",") && CLAUSE_ENDING_CONJUNCTIONS.contains(next.lower())) {
                return k; // "..., as he deflected attacks": the narrator's words again
            }
            if (t.is(".") || t.is("!") || t.is("?")) {
                return k;
            }
        }
        return end;
    }

    /** A speech cue before {@code v} in the sentence: "said he believes ..." is one attribution, not two. */
    private static boolean cueBefore(Paragraph p, Sentence s, int v) {
        for (int i = s.from(); i < v; i++) {
            if (!p.quoted(i) && SpeechVerbs.isReportCueAt(p, i)) {
                return true;
            }
        }
        return false;
    }

    /** A person mention starts at {@code at}, after at most a few describing words: "local trader Sam Obi". */
    private static boolean startsWithPerson(Paragraph p, int at, int to) {
        for (int x = at; x < to && x - at < 6; x++) {
            Mention m = p.mentions[x];
            if (m != null) {
                return Math.min(m.from(), m.roleFrom()) == at || m.from() - at <= 3 && x == m.from();
            }
            Token t = p.token(x);
            if (!t.isLower() || t.kind() != Token.Kind.WORD || t.text().endsWith("ed") || NOT_DESCRIBING.contains(t.text())
                    || SpeechVerbs.isQuoteCue(t.text())) {
                return false;
            }
        }
        return false;
    }

    private static boolean inRelativeClause(Paragraph p, Sentence s, int v) {
        int k = v - 1;
        while (k > s.from() && (p.token(k).is("also") || p.token(k).is("has") || p.token(k).is("had")
                || p.token(k).is("previously") || p.token(k).is("once"))) {
            k--;
        }
        return k >= s.from() && p.token(k).is("who");
    }

    private static int untilComma(Paragraph p, int from, int to) {
        for (int k = from; k < to; k++) {
            if (p.token(k).is(",") && !p.quoted(k)) {
                return k;
            }
        }
        return to;
    }

    /** A finite verb somewhere in the clause: an auxiliary, a past or present form, a common irregular past. */
    private static boolean hasVerb(Paragraph p, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = p.token(k);
            if (!t.isWord() || !t.isLower()) {
                continue;
            }
            String w = t.text();
            if (AUXILIARIES.contains(w) || IRREGULAR_VERBS.contains(w) || w.endsWith("ed") || w.endsWith("n't")
                    || w.endsWith("’t") || k > from && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                    && !w.endsWith("is") && (p.token(k - 1).isCapitalized() || Pronouns.isSubjectPronoun(p.token(k - 1).text())
                    || p.token(k - 1).isLower())) {
                return true;
            }
        }
        return false;
    }

    /** "said he would 'bomb' them": a clause of its own words around a quoted fragment, not a quotation. */
    private static boolean clauseAfter(Paragraph p, Sentence s, int v) {
        int c = v + 1;
        if (c >= s.to() || p.quoted(c) || p.token(c).is(":") || p.token(c).is(",")) {
            return false;
        }
        int end = c;
        while (end < s.to() && !p.token(end).isSentenceEnd()) {
            end++;
        }
        return wordsOutsideQuotes(p, c, end) >= MIN_CLAUSE_WORDS && containsQuote(p, c, end);
    }

    private static int wordsOutsideQuotes(Paragraph p, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!p.quoted(i) && p.token(i).isWord()) {
                n++;
            }
        }
        return n;
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
