package dev.newsgraph.parse.people;

import java.util.Set;

/** Speech cues: the verbs and phrases that introduce or attribute quoted and reported speech. */
final class SpeechVerbs {

    /** Cues that may attribute a quotation in quote marks. */
    private static final Set<String> QUOTE_CUES = Words.lower("""
            say says said saying tell tells told telling add adds added adding write writes wrote writing argue argues
            argued arguing testify testifies testified testifying note notes noted noting admit admits admitted
            admitting announce announces announced announcing explain explains explained explaining report reports
            reported hint hints hinted comment comments commented commenting claim claims claimed claiming state states
            stated insist insists insisted warn warns warned warning tweet tweets tweeted tweeting post posts posted
            continue continues continued conclude concludes concluded read reads ask asks asked asking reply replies
            replied respond responds responded declare declares declared acknowledge acknowledges acknowledged confirm
            confirms confirmed boast boasts boasted describe describes described describing recall recalls recalled
            recount recounts recounted reveal reveals revealed predict predicts predicted promise promises promised
            vow vows vowed concede concedes conceded allege alleges alleged quip quips quipped joke jokes joked
            exclaim exclaims exclaimed shout shouts shouted scream screamed yell yelled cry cried whisper whispered
            urge urges urged slam slams slammed blast blasts blasted mock mocks mocked stress stresses stressed
            emphasise emphasised emphasize emphasized assert asserts asserted observe observes observed remark
            remarks remarked muse mused sigh sighed laugh laughed complain complains complained deny denies denied
            chant chanted sing sang begin began demand demands demanded suggest suggests suggested calls called
            wonder wonders wondered answer answers answered counter counters countered retort retorted lament laments
            lamented remember remembers remembered reiterate reiterates reiterated
            """);

    /** Cues strong enough to take a reported clause (INDIRECT speech). */
    private static final Set<String> REPORT_CUES = Words.lower("""
            say says said saying tell tells told telling add adds added adding write writes wrote argue argues argued
            arguing testify testifies testified testifying note notes noted noting admit admits admitted admitting
            announce announces announced announcing explain explains explained explaining report reports reported
            hint hints hinted claim claims claimed claiming state states stated insist insists insisted insisting warn
            warns warned warning acknowledge acknowledges acknowledged confirm confirms confirmed reveal reveals
            revealed concede concedes conceded boast boasts boasted tweet tweets tweeted predict predicts predicted
            deny denies denied believe believes believed caution cautions cautioned
            """);

    /** Participles: their subject is the subject of the main clause ("Webb confessed, admitting that ..."). */
    private static final Set<String> PARTICIPLES = Words.lower("""
            saying telling adding writing arguing testifying noting admitting announcing explaining claiming insisting
            warning describing commenting asking tweeting stressing
            """);

    /** Cues that may take a clause without "that" ("said he would"); the others need it ("announced that"). */
    private static final Set<String> BARE_CLAUSE = Words.lower("""
            say says said saying tell tells told telling argue argues argued arguing insist insists insisted insisting
            claim claims claimed claiming testify testifies testified write writes wrote warn warns warned pointed
            points believes believed
            """);

    static boolean takesBareClause(String word) {
        return BARE_CLAUSE.contains(Words.lc(word));
    }

    /** Cues that need an object before the clause ("told lawmakers that ..."). */
    private static final Set<String> TAKES_OBJECT = Words.lower("tell tells told telling warn warns warned warning");

    private SpeechVerbs() {
    }

    static boolean isQuoteCue(String word) {
        return QUOTE_CUES.contains(Words.lc(word));
    }

    /** A cue at token {@code v}, including the two-word ones: "called for", "pointed out". */
    static boolean isQuoteCueAt(Paragraph p, int v) {
        Token t = p.token(v);
        return t.isLower() && (isQuoteCue(t.text()) && finite(p, v) || isPhrasalCue(p, v));
    }

    static boolean isReportCueAt(Paragraph p, int v) {
        Token t = p.token(v);
        return t.isLower() && (isReportCue(t.text()) && finite(p, v) || isPhrasalCue(p, v) && t.text().startsWith("point"));
    }

    /**
     * A base form ("say", "write") is a cue only after "to" or a modal ("took to Twitter to say", "would say");
     * otherwise it is an imperative or part of another construction ("hear Schiff scream").
     */
    private static boolean finite(Paragraph p, int v) {
        String w = p.token(v).text();
        if (w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing") || IRREGULAR_PAST.contains(w)) {
            return true;
        }
        if (v == 0) {
            return false;
        }
        int b = v - 1;
        while (b > 0 && PRESENT_ADVERBS.contains(p.token(b).lower())) {
            b--; // "traders also say"
        }
        Token previous = p.token(b);
        String prev = previous.text();
        if (previous.isWord() && prev.length() > 3 && prev.endsWith("s") && !prev.endsWith("ss") && !previous.isPossessive()) {
            return true; // a plural subject in the present: "Democrats say", "officials now say"
        }
        String before = previous.lower();
        return before.equals("to") || before.equals("would") || before.equals("will") || before.equals("did")
                || before.equals("does") || before.equals("can") || before.equals("could") || before.equals("might")
                || before.equals("may") || before.equals("they") || before.equals("we") || before.equals("i")
                || before.equals("you");
    }

    private static final Set<String> PRESENT_ADVERBS = Words.lower("also still now often privately publicly generally repeatedly");
    private static final Set<String> IRREGULAR_PAST = Words.lower("said told wrote read began sang cried");

    private static boolean isPhrasalCue(Paragraph p, int v) {
        if (v + 1 >= p.size()) {
            return false;
        }
        String t = p.token(v).text();
        String next = p.token(v + 1).text();
        return next.equals("for") && (t.equals("called") || t.equals("calls") || t.equals("calling"))
                || next.equals("out") && (t.equals("pointed") || t.equals("points") || t.equals("pointing"))
                || next.equals("on") && (t.equals("went") || t.equals("goes"));
    }

    static boolean isReportCue(String word) {
        return REPORT_CUES.contains(Words.lc(word));
    }

    static boolean isParticiple(String word) {
        return PARTICIPLES.contains(Words.lc(word));
    }

    static boolean takesObject(String word) {
        return TAKES_OBJECT.contains(Words.lc(word));
    }
}
