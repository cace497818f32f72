package dev.newsgraph.bench;

import dev.newsgraph.bench.PolnearCorpus.Article;
import dev.newsgraph.bench.PolnearCorpus.Relation;
import dev.newsgraph.bench.PolnearCorpus.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one PolNeAR article to the people-quotes gold format. Each stretch in double quote marks (curly or straight;
 * one left open at a paragraph's end runs on when the next paragraph opens with a mark) that lies mostly inside an
 * attribution's Content is a DIRECT or PARTIAL quote of that attribution; quoted stretches in no Content (scare
 * quotes, titles) are optional. Content with three or more words outside quote marks is reported speech, an
 * INDIRECT quote of the whole Content (so "said the plan was "dead on arrival"" gives a PARTIAL and an INDIRECT).
 * Two variants: {@code saying} keeps as gold only the reported speech whose cue is a verb or phrase of saying and
 * makes the rest (beliefs, findings, intentions) optional; {@code all} keeps every INDIRECT attribution.
 */
final class PolnearGold {

    /** Verbs of saying (and "according"), for the head of a cue. */
    private static final Set<String> SAYING = PolnearSpeakers.words("""
            say says said saying tell tells told telling add adds added adding claim claims claimed claiming argue
            argues argued arguing warn warns warned warning announce announces announced announcing write writes wrote
            writing according state states stated stating note notes noted noting explain explains explained
            explaining insist insists insisted insisting testify testifies testified testifying report reports
            reported reporting declare declares declared declaring assert asserts asserted asserting acknowledge
            acknowledges acknowledged acknowledging admit admits admitted admitting confirm confirms confirmed
            confirming deny denies denied denying reply replies replied replying respond responds responded
            responding remark remarks remarked comment comments commented commenting mention mentions mentioned
            mentioning stress stresses stressed stressing emphasize emphasizes emphasized emphasise emphasised
            complain complains complained complaining concede concedes conceded conceding contend contends
            contended contending maintain maintains maintained maintaining tweet tweets tweeted tweeting post posts
            posted posting reveal reveals revealed revealing recall recalls recalled recalling recount recounts
            recounted quip quips quipped joke jokes joked boast boasts boasted boasting allege alleges alleged
            alleging charge charges charged charging predict predicts predicted predicting promise promises
            promised promising vow vows vowed vowing pledge pledges pledged pledging repeat repeats repeated
            told speak speaks spoke speaking telling
            """);
    private static final Set<String> BEFORE_HEAD = PolnearSpeakers.words("""
            has have had also would will could did does do is was are were be been then later once again already
            still just further publicly privately previously repeatedly reportedly recently quickly often first
            earlier separately flatly openly directly formally explicitly clearly initially simply even
            """);
    private static final Pattern WORD = Pattern.compile("\\w+");
    private static final int MIN_REPORTED_WORDS = 3;

    /** What the mapping found, for the counts printed beside the scores. */
    static final class Counts {
        int articles;
        int relations;
        int quoted;
        int optionalQuoted;
        int reported;
        int reportedSaying;
        final Map<String, Integer> speakers = new TreeMap<>();

        void add(Counts o) {
            articles += o.articles;
            relations += o.relations;
            quoted += o.quoted;
            optionalQuoted += o.optionalQuoted;
            reported += o.reported;
            reportedSaying += o.reportedSaying;
            o.speakers.forEach((k, v) -> speakers.merge(k, v, Integer::sum));
        }
    }

    record Gold(Map<String, Object> saying, Map<String, Object> all, Counts counts) {
    }

    private PolnearGold() {
    }

    static Gold map(Article article) {
        String text = article.text();
        List<int[]> regions = quoteRegions(text);
        Map<Relation, PolnearSpeakers.Resolved> speakers = new PolnearSpeakers(article).resolveAll();
        Counts counts = new Counts();
        counts.articles = 1;
        List<Map<String, Object>> quoted = new ArrayList<>();
        List<Map<String, Object>> reportedSaying = new ArrayList<>();
        List<Map<String, Object>> reportedOther = new ArrayList<>();
        List<Map<String, Object>> optional = new ArrayList<>();
        boolean[] regionUsed = new boolean[regions.size()];
        for (Relation r : article.relations()) {
            counts.relations++;
            PolnearSpeakers.Resolved speaker = speakers.get(r);
            counts.speakers.merge(speaker.kind().name().toLowerCase(Locale.ROOT) + ": " + speaker.how(), 1, Integer::sum);
            Span content = r.content();
            int insideQuotes = 0;
            for (int i = 0; i < regions.size(); i++) {
                int[] q = regions.get(i);
                int covered = 0;
                for (int c = q[0]; c < q[1]; c++) {
                    covered += content.covers(c) ? 1 : 0;
                }
                if (regionUsed[i] || q[1] <= q[0] || covered * 2 < q[1] - q[0]) {
                    continue;
                }
                regionUsed[i] = true;
                String qt = clean(regionText(text, q));
                insideQuotes += words(qt);
                String kind = Character.isLowerCase(firstLetter(qt)) ? "PARTIAL" : "DIRECT";
                quoted.add(quote(qt, kind, speaker, r, text));
                counts.quoted++;
            }
            String ct = clean(content.text(text));
            if (words(ct) - insideQuotes >= MIN_REPORTED_WORDS) {
                counts.reported++;
                if (saying(r.cue() == null ? "" : r.cue().text(text))) {
                    counts.reportedSaying++;
                    reportedSaying.add(quote(ct, "INDIRECT", speaker, r, text));
                } else {
                    reportedOther.add(quote(ct, "INDIRECT", speaker, r, text));
                }
            }
        }
        for (int i = 0; i < regions.size(); i++) {
            if (!regionUsed[i] && regions.get(i)[1] > regions.get(i)[0]) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("text", clean(regionText(text, regions.get(i))));
                o.put("kind", "PARTIAL");
                o.put("speaker", null);
                o.put("why", "in quote marks, in no attribution's content");
                optional.add(o);
                counts.optionalQuoted++;
            }
        }
        List<Map<String, Object>> sayingQuotes = new ArrayList<>(quoted);
        sayingQuotes.addAll(reportedSaying);
        List<Map<String, Object>> sayingOptional = new ArrayList<>(optional);
        sayingOptional.addAll(reportedOther);
        List<Map<String, Object>> allQuotes = new ArrayList<>(quoted);
        allQuotes.addAll(reportedSaying);
        allQuotes.addAll(reportedOther);
        return new Gold(gold(article.name(), sayingQuotes, sayingOptional), gold(article.name(), allQuotes, optional),
                counts);
    }

    /**
     * The cue's head is a verb of saying: its first word after auxiliaries and adverbs ("has said", "also told
     * reporters", "said in a statement", "according to"); not "declined to comment on", "did not respond to".
     */
    static boolean saying(String cue) {
        for (String w : cue.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty() || BEFORE_HEAD.contains(w)) {
                continue;
            }
            return SAYING.contains(w);
        }
        return false;
    }

    private static Map<String, Object> gold(String id, List<Map<String, Object>> quotes, List<Map<String, Object>> optional) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("id", id);
        g.put("text_source", "PolNeAR");
        g.put("quotes", quotes);
        g.put("optional_quotes", optional);
        return g;
    }

    private static Map<String, Object> quote(String text, String kind, PolnearSpeakers.Resolved speaker, Relation r,
            String article) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("text", text);
        q.put("kind", kind);
        q.put("speaker", speaker.kind() == PolnearSpeakers.Kind.PERSON ? speaker.name() : null);
        if (speaker.kind() == PolnearSpeakers.Kind.LEFT_OUT) {
            q.put("speaker_unresolved", true);
        }
        q.put("source_form", speaker.how());
        q.put("source", r.source() == null ? null : r.source().text(article));
        q.put("cue", r.cue() == null ? null : r.cue().text(article));
        return q;
    }

    /**
     * Regions {start, end} inside double quote marks. A quote left open at the end of a line runs on into the next
     * when that line opens with a quote mark; otherwise it ends with its line.
     */
    static List<int[]> quoteRegions(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int i = firstNonSpace(text, lineStart);
            if (i >= lineEnd) {
                lineStart = lineEnd + 1; // blank line: a carried quote waits for the next paragraph
                continue;
            }
            if (open >= 0) {
                char c = text.charAt(i);
                if (c == '“' || c == '"' || text.startsWith("''", i)) {
                    i += text.startsWith("''", i) ? 2 : 1; // the quotation goes on in this paragraph
                } else {
                    out.add(new int[] {open, previousLineEnd(text, lineStart)});
                    open = -1;
                }
            }
            for (; i < lineEnd; i++) {
                char c = text.charAt(i);
                boolean twoApostrophes = c == '\'' && i + 1 < lineEnd && text.charAt(i + 1) == '\'';
                if (open < 0 && (c == '“' || c == '"' || twoApostrophes)) {
                    open = i + (twoApostrophes ? 2 : 1);
                } else if (open >= 0 && (c == '”' || c == '"' || twoApostrophes)) {
                    out.add(new int[] {open, i});
                    open = -1;
                }
                if (twoApostrophes) {
                    i++;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (open >= 0) {
            out.add(new int[] {open, text.length()});
        }
        return out;
    }

    private static int previousLineEnd(String text, int lineStart) {
        int i = lineStart - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return Math.max(i, 0);
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String regionText(String text, int[] r) {
        return text.substring(r[0], r[1]).replaceAll("\\s*\\n\\s*(''|[“\"])?", " ");
    }

    static String clean(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",.;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static int words(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 'A';
    }
}
