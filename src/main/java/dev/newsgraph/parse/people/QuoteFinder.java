package dev.newsgraph.parse.people;

import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.QuoteKind;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns quote spans into DIRECT and PARTIAL quotes and attributes them: a cue after the closing mark ("...," he
 * said), a cue before the opening mark (said: "..."; called for parties to show "flexibility"), or, for a quotation
 * without a cue of its own, the speaker of the quotation or reported speech just before it.
 */
final class QuoteFinder {
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern SENTENCE_PUNCTUATION_END = Pattern.compile(".*[.!?,]$");

    private static final int MAX_SUBJECT_TOKENS = 10;
    private static final Set<String> SUBJECT_STARTS = Words.of("""
            he she it they we i the a an his her its their our another one two several some officers police
            prosecutors officials sources authorities witnesses researchers
            """);
    private static final Set<String> PASSIVE = Words.lower("is was are were be been being");
    private static final Set<String> OPENING_PREPOSITIONS = Words.lower("on in at during after before last earlier later");
    private static final Set<String> ADVERBS_BEFORE_CUE = Words.lower("also later then has had have once again");
    private static final Set<String> TITLE_SMALL_WORDS = Words.lower("of the and a an to in on for with at by from or");

    private final SpeakerResolver speakers;
    /** The attribution of the last quotation or reported speech, for quotations that continue it. */
    private Attribution previous;
    private String lastOrganisation;
    private Sentence previousSentence;

    record Attribution(Speaker speaker, String cue, int sentence) {
    }

    QuoteFinder(SpeakerResolver speakers) {
        this.speakers = speakers;
    }

    /** Lets reported speech ("Swift's rep told Fox News that ...") carry over to a following quotation. */
    void noteAttribution(Speaker speaker, String cue, int sentence) {
        previous = new Attribution(organisation(speaker), cue, sentence);
    }

    /**
     * An organisation speaking: "it said" after "the ministry said" is the ministry. Remembers the last organisation
     * named as a speaker (a speaker with no person that is not a pronoun, document or fragment).
     */
    private Speaker organisation(Speaker s) {
        if (s.person() != null || s.written() == null) {
            return s;
        }
        if (s.written().equalsIgnoreCase("it")) {
            return lastOrganisation != null ? new Speaker(lastOrganisation, null) : s;
        }
        String shown = s.shownName();
        String[] words = shown == null ? new String[0] : Words.split(shown);
        if (shown != null && !Pronouns.isSubjectPronoun(shown) && !RoleLexicon.isRoleNoun(words[words.length - 1])) {
            lastOrganisation = shown;
        }
        return s;
    }

    ParsedQuote find(QuoteSpan q, ArticleText article) {
        String text = q.text();
        if (text.isEmpty()) {
            return null;
        }
        QuoteSpan.Piece first = q.first();
        Paragraph p = first.paragraph();
        QuoteKind kind = kind(q, text);
        boolean title = looksLikeTitle(text);
        if (kind == QuoteKind.PARTIAL && title) {
            return null; // a name, title or nickname in quote marks
        }
        Attribution a = after(q);
        if (a == null) {
            a = before(q, kind);
        }
        if (title && (a == null || a.cue() != null && a.cue().startsWith("call"))) {
            return null; // "Listen to the Music," "Black Water", a poem called "Winter Solstice": titles
        }
        if (a == null && kind == QuoteKind.DIRECT) {
            a = continued(q, article);
        }
        if (a == null && (kind == QuoteKind.PARTIAL || !opensSentence(q))) {
            a = partialSpeaker(q, article); // also a whole sentence quoted inside the narrator's sentence
        }
        if (a != null && a.speaker().person() == null) {
            a = new Attribution(organisation(a.speaker()), a.cue(), a.sentence());
        }
        if (a == null) {
            a = new Attribution(Speaker.NONE, null, p.sentenceOf[first.open()]);
        } else {
            speakers.recordSpeaker(a.sentence(), a.speaker().person());
            previous = a;
        }
        previousSentence = article.sentence(q.last().close() >= 0 ? q.last().paragraph().sentenceOf[q.last().close()]
                : q.last().paragraph().sentenceOf[q.last().paragraph().size() - 1]);
        return new ParsedQuote(text, kind, a.speaker().shownName(), a.speaker().personName(), a.cue(), p.index);
    }

    // ---------------------------------------------------------------- kind

    static QuoteKind kind(QuoteSpan q, String text) {
        int c = 0;
        while (c < text.length() && !Character.isLetterOrDigit(text.charAt(c))) {
            c++;
        }
        if (c < text.length() && Character.isLowerCase(text.charAt(c))) {
            return QuoteKind.PARTIAL;
        }
        if (q.pieces.size() > 1) {
            return QuoteKind.DIRECT;
        }
        QuoteSpan.Piece piece = q.first();
        Paragraph p = piece.paragraph();
        int last = piece.contentEnd() - 1;
        if (last > piece.open()) {
            String t = p.token(last).text();
            if (t.equals(".") || t.equals(",") || t.equals("!") || t.equals("?") || t.equals("…") || t.equals("’")
                    || t.equals("'") || t.equals(":") || t.equals(";") || p.token(last).isDash()) {
                return QuoteKind.DIRECT;
            }
        }
        int before = piece.open() - 1;
        if (before < 0 || p.sentenceOf[before] != p.sentenceOf[piece.open()]) {
            return QuoteKind.DIRECT;
        }
        Token b = p.token(before);
        if (b.is(":") || b.is(",") || b.isDash()) {
            return QuoteKind.DIRECT;
        }
        return QuoteKind.PARTIAL;
    }

    /** "Hanoi Hilton", "Bad Blood", "Never Trumpers": every word capitalised, short, no sentence punctuation. */
    static boolean looksLikeTitle(String text) {
        String[] words = Words.split(text);
        if (words.length > 6) {
            return false;
        }
        boolean capital = false;
        for (String w : words) {
            String bare = NOT_LETTER_OR_DIGIT.matcher(w).replaceAll("");
            if (bare.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(bare.charAt(0))) {
                capital = true;
            } else if (!TITLE_SMALL_WORDS.contains(Words.lc(bare))) {
                return false;
            }
        }
        return capital && !SENTENCE_PUNCTUATION_END.matcher(text).matches();
    }

    // ---------------------------------------------------------------- attribution

    /** "...," Hege said. / "...," said Hill. / "...," the statement read. */
    private Attribution after(QuoteSpan q) {
        QuoteSpan.Piece last = q.last();
        if (last.close() < 0) {
            return null;
        }
        Paragraph p = last.paragraph();
        int sentence = p.sentenceOf[last.close()];
        int a = last.close() + 1;
        int n = p.size();
        while (a < n && p.sentenceOf[a] == sentence && (p.token(a).is(",") || p.token(a).isDash()
                || p.token(a).is("’") || p.token(a).is("'"))) {
            a++;
        }
        if (a >= n || p.sentenceOf[a] != sentence || p.quoted(a)) {
            return null;
        }
        Token head = p.token(a);
        if (head.isLower() && !SpeechVerbs.isQuoteCueAt(p, a) && !SUBJECT_STARTS.contains(head.text())
                && !nameFollows(p, a, sentence)) {
            return null; // the sentence goes on: "his “duty” to report ..."
        }
        for (int v = a; v < n && v - a <= MAX_SUBJECT_TOKENS && p.sentenceOf[v] == sentence && !p.quoted(v); v++) {
            Token t = p.token(v);
            if (t.is(",") && v > a && p.mentions[v - 1] != null) {
                Attribution apposition = afterApposition(p, p.mentions[v - 1], v, sentence);
                if (apposition != null) {
                    return apposition; // "...," Jeff Weaver, the campaign manager, said.
                }
            }
            if (t.is(",") && v > a && v + 1 < n && p.mentions[v + 1] != null && p.mentions[v + 1].from() == v + 1
                    && p.mentions[v + 1].to() < n && p.token(p.mentions[v + 1].to()).is(",")) {
                Mention named = p.mentions[v + 1];
                Attribution apposition = cueAt(p, named, named.to() + 1, sentence);
                if (apposition == null) {
                    apposition = afterApposition(p, named, named.to(), sentence);
                }
                if (apposition != null) {
                    return apposition; // "...," the Vatican spokesman, Federico Lombardi, told Vatican Radio.
                }
            }
            if (t.is(".") || t.is(",") || t.is(";") || t.is("!") || t.is("?") || t.is("and") || t.is("but")
                    || t.is("or")) {
                return null;
            }
            if (!SpeechVerbs.isQuoteCueAt(p, v) || p.mentions[v] != null) {
                if (t.isLower() && v > a && (t.text().endsWith("ed") && !RoleLexicon.isRoleNoun(t.text())
                        || t.is("is") || t.is("was") || t.is("has") || t.is("had"))) {
                    return null; // narrative goes on: the "Hanoi Hilton" by servicemen held there
                }
                continue;
            }
            Speaker s;
            if (v == a) {
                int end = v + 1;
                while (end < n && p.sentenceOf[end] == sentence && !p.quoted(end) && !p.token(end).is(".")) {
                    end++;
                }
                s = speakers.phrase(p, v + 1, end);
            } else {
                s = speakers.phrase(p, a, v);
            }
            p.cueUsed[v] = true;
            return new Attribution(s, cueText(p, v), sentence);
        }
        return null;
    }

    /** "former presidential candidate Herman Cain": a person named within a few words, after describing words only. */
    private static boolean nameFollows(Paragraph p, int a, int sentence) {
        for (int k = a; k < p.size() && k - a < 6 && p.sentenceOf[k] == sentence && !p.quoted(k); k++) {
            if (p.mentions[k] != null) {
                return k > a;
            }
            Token t = p.token(k);
            if (!t.isWord() || SpeechVerbs.isQuoteCue(t.text()) || t.text().endsWith("ed") || t.is("to")) {
                return false;
            }
        }
        return false;
    }

    /** A name, an apposition between commas after it, then the cue: the name speaks. */
    private Attribution afterApposition(Paragraph p, Mention m, int comma, int sentence) {
        if (m.possessive()) {
            return null;
        }
        for (int k = comma + 1; k < p.size() && k - comma <= 20 && p.sentenceOf[k] == sentence && !p.quoted(k); k++) {
            Token t = p.token(k);
            boolean abbreviation = t.is(".") && k + 1 < p.size() && p.token(k + 1).is(","); // "R-Ky.,"
            if (t.is(".") && !abbreviation || t.is(";") || t.is("!") || t.is("?")) {
                return null;
            }
            if (t.is(",") && k > comma + 1) {
                return cueAt(p, m, k + 1, sentence);
            }
        }
        return null;
    }

    /** The cue at {@code v} (after "also", "later" ...) gives the quotation to the mention. */
    private static Attribution cueAt(Paragraph p, Mention m, int v, int sentence) {
        while (v < p.size() && p.sentenceOf[v] == sentence && ADVERBS_BEFORE_CUE.contains(p.token(v).lower())) {
            v++;
        }
        if (v < p.size() && p.sentenceOf[v] == sentence && !p.quoted(v) && SpeechVerbs.isQuoteCueAt(p, v)) {
            p.cueUsed[v] = true;
            return new Attribution(new Speaker(p.span(m.from(), m.to()), m.person()), cueText(p, v), sentence);
        }
        return null;
    }

    /** said: "..." / told Newsweek: "..." / called for parties to show "flexibility". */
    private Attribution before(QuoteSpan q, QuoteKind kind) {
        QuoteSpan.Piece first = q.first();
        Paragraph p = first.paragraph();
        int open = first.open();
        int sentence = p.sentenceOf[open];
        boolean colon = open > 0 && p.token(open - 1).is(":");
        boolean comma = open > 0 && p.token(open - 1).is(",");
        Mention named = colon && open > 1 ? p.mentions[open - 2] : null;
        if (named != null && named.to() == open - 1 && !named.possessive() && !p.quoted(open - 2)) {
            return new Attribution(new Speaker(p.span(named.from(), named.to()), named.person()), null, sentence); // Bump: "..."
        }
        Attribution fallback = null;
        for (int v = open - 1; v >= 0 && p.sentenceOf[v] == sentence; v--) {
            if (p.quoted(v)) {
                continue;
            }
            if (kind == QuoteKind.DIRECT && !colon && open - v > (comma ? 8 : 4)) {
                break; // said in a statement, "..."
            }
            if (!SpeechVerbs.isQuoteCueAt(p, v)) {
                continue;
            }
            if (v > 0 && PASSIVE.contains(p.token(v - 1).lower())) {
                break; // "he was told by ...": the subject heard it
            }
            Speaker s = speakerAtCue(p, v);
            if (s.person() == null && Speaker.isFragment(s.written())) {
                // "told reporters that Moscow would respond "...": the cue inside a reported clause has no speaker
                if (fallback == null) {
                    fallback = new Attribution(s, cueText(p, v), sentence);
                }
                continue;
            }
            p.cueUsed[v] = true;
            return new Attribution(s, cueText(p, v), sentence);
        }
        return fallback;
    }

    /**
     * A fragment with no cue beside it: a cue later in its sentence after a name ("the "small handful" of sponsors
     * staying away, Gilbert said."), else the person the sentence is about ("Perez hammered Trump, calling him a
     * "train wreck""; "The senator called the report "a whitewash"").
     */
    private Attribution partialSpeaker(QuoteSpan q, ArticleText article) {
        QuoteSpan.Piece piece = q.first();
        Paragraph p = piece.paragraph();
        if (piece.close() < 0) {
            return null;
        }
        int sentence = p.sentenceOf[piece.open()];
        for (int v = piece.close() + 1; v < p.size() && p.sentenceOf[v] == sentence; v++) {
            if (p.quoted(v) || p.cueUsed[v] || !SpeechVerbs.isQuoteCueAt(p, v) || v < 2) {
                continue;
            }
            Mention m = p.mentions[v - 1];
            boolean pronoun = Pronouns.isPersonSubject(p.token(v - 1).text());
            if ((m != null || pronoun) && (m == null ? v - 2 : m.from() - 1) >= 0
                    && p.token(m == null ? v - 2 : Math.min(m.from(), m.roleFrom()) - 1).is(",")
                    && (v + 1 >= p.size() || p.sentenceOf[v + 1] != sentence || !p.token(v + 1).isWord()
                    || p.token(v + 1).isLower() && !p.token(v + 1).is("that"))) {
                return new Attribution(speakers.subjectBefore(p, v), null, sentence);
            }
        }
        Speaker subject = subjectOpening(p, article.sentence(sentence), piece.open());
        return subject != null && subject.person() != null ? new Attribution(subject, null, sentence) : null;
    }

    /**
     * The person named (or he/she) at the head of the sentence, after describing words only and an opening phrase
     * such as "On Tuesday,": "The aide, a friend of Helen Marsh, said ..." has no such subject.
     */
    private Speaker subjectOpening(Paragraph p, Sentence s, int limit) {
        int i = s.from();
        if (i < limit && OPENING_PREPOSITIONS.contains(p.token(i).lower())) {
            while (i < limit && !p.token(i).is(",") && i - s.from() < 6) {
                i++;
            }
            if (i >= limit || !p.token(i).is(",")) {
                return null;
            }
            i++;
        }
        for (int from = i; i < limit && i - from < 6; i++) {
            Token t = p.token(i);
            Mention m = p.mentions[i];
            if (m != null) {
                return m.possessive() ? null : new Speaker(p.span(m.from(), m.to()), m.person());
            }
            if (Pronouns.isPersonSubject(t.text())) {
                return new Speaker(t.text(), speakers.pronoun(p, i));
            }
            if (!t.isWord() || p.quoted(i) || RoleLexicon.isRoleConnector(t.lower()) || t.isLower()
                    && !RoleLexicon.isRoleWord(t.text()) && !RoleLexicon.isRoleModifier(t.text())
                    && !t.is("the") && !t.is("a")) {
                return null;
            }
        }
        return null;
    }

    private static boolean opensSentence(QuoteSpan q) {
        QuoteSpan.Piece first = q.first();
        Paragraph p = first.paragraph();
        return first.open() == 0 || p.sentenceOf[first.open() - 1] != p.sentenceOf[first.open()];
    }

    /** A quotation with no cue of its own continues the previous speaker in this or the previous paragraph. */
    private Attribution continued(QuoteSpan q, ArticleText article) {
        if (previous == null || previousSentence == null) {
            return null;
        }
        Paragraph p = q.first().paragraph();
        int sentence = p.sentenceOf[q.first().open()];
        Sentence prevSentence = article.sentence(previous.sentence());
        if (prevSentence.paragraph() == p) {
            return previous; // "A," he said. "B."
        }
        boolean opensParagraph = q.first().open() == 0;
        if (opensParagraph && prevSentence.paragraph().index == p.index - 1 && previous.speaker().person() != null
                && sentence == previousSentence.id() + 1) {
            return new Attribution(previous.speaker(), null, sentence); // a new paragraph of the same speaker
        }
        return null;
    }

    /** The speaker of the cue at {@code v}: participles take the main clause's subject. */
    Speaker speakerAtCue(Paragraph p, int v) {
        Token t = p.token(v);
        if (v >= 2 && p.token(v - 1).is("as") && t.is("saying")) {
            Mention m = p.mentions[v - 2];
            if (m != null) {
                return new Speaker(p.span(m.from(), m.to()), m.person()); // "quoted Ambassador Smith as saying"
            }
        }
        if (SpeechVerbs.isParticiple(t.text())) {
            return speakers.sentenceSubject(p, v);
        }
        if (v >= 1 && p.token(v - 1).is("to")) {
            return speakers.sentenceSubject(p, v); // "took to Twitter to say"
        }
        return speakers.subjectBefore(p, v);
    }

    /** The cue as written, with its particle: "called for", "pointed out". */
    static String cueText(Paragraph p, int v) {
        String t = p.token(v).text();
        if (v + 1 < p.size()) {
            String next = p.token(v + 1).text();
            if (t.startsWith("call") && next.equals("for") || t.startsWith("point") && next.equals("out")
                    || (t.equals("went") || t.equals("goes")) && next.equals("on")) {
                return t + " " + next;
            }
        }
        return t;
    }
}
