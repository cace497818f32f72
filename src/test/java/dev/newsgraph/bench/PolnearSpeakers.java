package dev.newsgraph.bench;

import dev.newsgraph.bench.PolnearCorpus.Article;
import dev.newsgraph.bench.PolnearCorpus.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns each PolNeAR Source span into the speaker the people-quotes scorer compares: a person's full name, null for
 * an organisation, a document or a group or person the article does not name ("the campaign", "a spokesman",
 * "officials", "they"), or left out of speaker accuracy when resolving it is not trivial. A surname is resolved to
 * the nearest preceding full name ending in it (the first following one when none precedes); "he"/"she" to the
 * nearest preceding person of that gender (an earlier speaker, or a name outside quote marks) within the paragraph
 * and the two before it, only when no other person of a compatible gender is named from that person's sentence on; "who" to the name just before it. Left out: no source, "I"/"we"/"you",
 * a definite description of a person ("the Republican nominee", "his spokesman"), a lone capitalised word that is
 * never given as a full name or after a title, and pronouns that fail the checks above.
 */
final class PolnearSpeakers {

    enum Kind { PERSON, NOBODY, LEFT_OUT }

    /** {@code how}: the form of the Source, for the counts the bench prints. */
    record Resolved(Kind kind, String name, String how) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-]*\\.?|\\p{N}+");
    private static final Set<String> ABBREVIATIONS = words("""
            mr mrs ms dr sen rep gov jr sr st lt gen col sgt rev gov prof pres u.s u.n d.c
            """);
    private static final Set<String> TITLES = words("""
            mr mrs ms miss dr sen senator rep representative gov governor president vice secretary speaker judge justice
            gen general rev reverend lt col sgt attorney chairman chairwoman mayor former candidate nominee presidential
            prime minister sheriff ambassador commissioner chief director professor prof first lady king queen pope sir
            state democratic republican democrat gop u.s american independent libertarian then-sen then-gov sens reps
            majority minority leader house senate lord dame congressman congresswoman whip alderman councilman
            councilwoman delegate assemblyman assemblywoman lieutenant trustee editor correspondent anchor host ceo
            founder spokesman spokeswoman strategist adviser advisor manager officer ranking political chair
            """);
    private static final Set<String> CALENDAR = words("""
            monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
            september october november december
            """);
    private static final Set<String> NOT_NAME_START = words("""
            the a an his her their its our my your this that these those some many other both several most few all
            every each another any no one two three four five six seven eight nine ten top senior new according but and
            if when while after before as in on at for with by from of to it he she they we i you who what whatever
            despite although though since because unlike like without even asked meanwhile still yet instead however
            perhaps maybe then now here there so also only just during until once whether
            """);
    private static final Set<String> ORG_WORDS = words("""
            campaign committee party department house senate congress court university college institute center centre
            foundation association council agency bureau office service network group inc corp company co llc times
            post news journal magazine press review tribune herald gazette daily report commission administration club
            union pac fund project coalition organization organisation board poll polls survey research media watch
            channel radio tv television street square avenue county city states clinic hospital school church ministry
            army navy force police team cabinet caucus convention alliance society federation trust bank reserve
            exchange forum initiative action america americans republicans democrats conservatives liberals
            evangelicals latinos hispanics muslims christians catholics voters politico breitbart reuters gallup
            quinnipiac rasmussen twitter facebook google cnn msnbc nbc abc cbs pbs npr ap afp axios league
            partnership register crossroads sea lake river mountain hook park island valley bay
            huffpost vox slate salon mediaite wikileaks isis isil nato fbi cia gop dnc rnc
            """);
    private static final Set<String> PLACE_STARTS = words("new north south east west los san las saint united great");
    private static final Set<String> PREPOSITIONS = words("for of at to with from in on by about");
    private static final Set<String> NAME_PARTICLES = words("de van der von del la da di bin al le du");
    private static final Set<String> SUFFIXES = words("jr jr. sr sr. ii iii iv");
    private static final Set<String> MALE_PRONOUNS = words("he him his himself");
    private static final Set<String> FEMALE_PRONOUNS = words("she her hers herself");
    private static final Set<String> FIRST_SECOND = words("i me my we us our you your myself ourselves");
    private static final Set<String> GROUP_PRONOUNS = words("""
            they them their it its which that this these those some many others most both all few several one none
            everyone everybody anyone nobody someone somebody each either neither whatever
            """);
    private static final Set<String> RELATIVE = words("who whom whose");
    private static final Set<String> DEFINITE = words("the his her their its our this that my your");
    private static final Set<String> DESCRIPTION_ENDS = words("of for at in with from to on who that which and ,");
    /** Singular nouns for a person: "the nominee", "his spokesman"; a plural or a thing names nobody. */
    private static final Set<String> PERSON_ROLES = words("""
            president candidate nominee senator governor congressman congresswoman representative spokesman
            spokeswoman spokesperson aide official adviser advisor lawyer attorney chairman chairwoman chair director
            manager strategist secretary founder businessman businesswoman billionaire mogul host anchor reporter
            journalist wife husband daughter son mother father brother sister mate leader speaker mayor judge justice
            general officer agent pollster analyst economist professor expert author writer columnist editor historian
            doctor physician ceo executive contender challenger rival opponent frontrunner front-runner hopeful
            lawmaker politician activist supporter critic donor voter man woman person friend colleague partner ally
            surrogate veteran member chief head commander minister ambassador diplomat envoy prosecutor investigator
            sheriff detective witness victim student teacher worker owner resident republican democrat star actor
            actress singer rapper celebrity comedian pastor preacher bishop pope king queen prince princess dictator
            incumbent operative consultant staffer organizer organiser coordinator counsel scholar scientist
            researcher fellow nominee-elect president-elect front-runner developer tycoon boss magnate governor-elect
            """);
    private static final Set<String> MALE_NAMES = words("""
            donald bernie bernard barack bill william ted marco jeb ben chris mike michael paul john jim james joe
            joseph tim timothy rick richard rand scott bob robert george mitch harry reid eric newt rudy rudolph
            jeff jeffrey steve stephen steven david dave mark kevin tom thomas gary jason jared corey reince sean
            jesse lindsey marco martin jerry frank peter charles chuck andrew ryan dan daniel matt matthew brian
            roger jack larry anthony tony ed edward ken kenneth greg gregory doug douglas jon jonathan adam alan
            allen nick nicholas sam samuel bobby jimmy ron ronald carl karl keith kyle patrick pat phil philip
            ralph randy ray raymond roy russell stan tommy walter wayne vladimir boris rex mitt lincoln martin
            """);
    private static final Set<String> FEMALE_NAMES = words("""
            hillary chelsea carly kellyanne hope huma melania ivanka nancy elizabeth sarah michelle debbie donna
            katrina kayleigh kelly megyn jennifer jessica mary patricia linda barbara susan karen lisa betty helen
            sandra ashley kimberly emily amy anna rebecca laura sharon cynthia kathleen amanda stephanie carol
            janet catherine christine maria heather diane julie joyce victoria ruth virginia lauren christina joan
            evelyn judith megan cheryl andrea hannah jacqueline martha gloria teresa sara madeleine janice julia
            kathryn grace alice judy beverly denise marilyn theresa diana brittany natalie rose alexis kayla jane
            loretta tulsi kirsten claire dianne nikki jeanne marsha condoleezza sheryl omarosa tiffany katy
            """);

    static Set<String> words(String text) {
        return Set.copyOf(Arrays.asList(text.trim().split("\\s+")));
    }

    private record Tok(String text, int start, int end, boolean sentenceEnd) {

        String bare() {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }

        String lower() {
            return bare().toLowerCase(Locale.ROOT).replace('’', '\'');
        }

        boolean capital() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean possessive() {
            String l = lower();
            return l.endsWith("'s") || l.endsWith("s'");
        }
    }

    /** A capitalised run of words: a name, a title and a name, an organisation. */
    private record Run(List<Tok> toks, boolean possessive, boolean titled, int start, int end, int rawFirst, int last) {

        List<String> words() {
            List<String> out = new ArrayList<>();
            for (Tok t : toks) {
                String w = t.bare();
                if (t.possessive()) {
                    w = w.replaceAll("['’]s?$", "");
                }
                out.add(w);
            }
            return out;
        }

        String name() {
            return String.join(" ", words());
        }
    }

    private record Named(String name, String gender, int start, int end, int paragraph) {
    }

    private final Article article;
    private final List<Run> fullNames = new ArrayList<>();
    private final Map<String, String> genders = new HashMap<>();
    private final int[] lineStarts;
    /** Characters inside quote marks: a name there is one the speaker mentions, no antecedent for "he said". */
    private final boolean[] quoted;

    PolnearSpeakers(Article article) {
        this.article = article;
        List<Integer> starts = new ArrayList<>();
        String text = article.text();
        for (int i = 0; i < text.length(); i++) {
            if ((i == 0 || text.charAt(i - 1) == '\n') && !Character.isWhitespace(text.charAt(i))) {
                starts.add(i); // paragraphs: the non-blank lines
            }
        }
        if (starts.isEmpty()) {
            starts.add(0);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        quoted = new boolean[text.length() + 1];
        for (int[] q : PolnearGold.quoteRegions(text)) {
            java.util.Arrays.fill(quoted, q[0], q[1], true);
        }
        int body = lineStarts.length > 1 ? lineStarts[1] : 0; // the first line is the headline, every word capitalised
        List<Tok> toks = tokens(body, article.text().length());
        for (Run r : runs(toks)) {
            if (r.toks().size() >= 2 && personLike(r)) {
                fullNames.add(r);
            }
            if (r.titled() || r.toks().size() >= 2) {
                String first = r.toks().get(0).lower();
                String title = titleBefore(r);
                String g = MALE_NAMES.contains(first) ? "M" : FEMALE_NAMES.contains(first) ? "F"
                        : title.equals("mr") ? "M" : title.equals("mrs") || title.equals("ms") || title.equals("miss") ? "F"
                        : null;
                if (g != null && personLike(r)) {
                    genders.putIfAbsent(lastWord(r.words()), g);
                }
            }
        }
    }

    /** Resolves every relation's source, in the order of the sources in the text (pronouns look back). */
    Map<Relation, Resolved> resolveAll() {
        List<Relation> ordered = new ArrayList<>(article.relations());
        ordered.sort(Comparator.comparingInt(r -> r.source() == null ? r.content().start() : r.source().start()));
        Map<Relation, Resolved> out = new HashMap<>();
        List<Named> spoken = new ArrayList<>();
        for (Relation r : ordered) {
            Resolved res = resolve(r, spoken);
            out.put(r, res);
            if (res.kind() == Kind.PERSON) {
                int[] s = r.source().parts().get(0);
                spoken.add(new Named(res.name(), gender(res.name(), res.how()), s[0], s[1], paragraphOf(s[0])));
            }
        }
        return out;
    }

    private Resolved resolve(Relation r, List<Named> spoken) {
        if (r.source() == null) {
            return new Resolved(Kind.LEFT_OUT, null, "no source");
        }
        int[] span = r.source().parts().get(0);
        int end = r.source().parts().get(r.source().parts().size() - 1)[1];
        List<Tok> toks = withoutParentheses(tokens(span[0], end));
        if (toks.isEmpty()) {
            return new Resolved(Kind.LEFT_OUT, null, "no source");
        }
        if (toks.size() == 1) {
            String w = toks.get(0).lower();
            if (MALE_PRONOUNS.contains(w) || FEMALE_PRONOUNS.contains(w)) {
                return pronoun(span[0], MALE_PRONOUNS.contains(w) ? "M" : "F", spoken);
            }
            if (FIRST_SECOND.contains(w)) {
                return new Resolved(Kind.LEFT_OUT, null, "first or second person");
            }
            if (GROUP_PRONOUNS.contains(w)) {
                return new Resolved(Kind.NOBODY, null, "group or thing pronoun");
            }
            if (RELATIVE.contains(w)) {
                return relative(span[0]);
            }
        }
        Run head = headRun(toks);
        if (head != null) {
            return name(head, span[0], "name");
        }
        return description(toks);
    }

    private Resolved name(Run head, int at, String how) {
        if (!personLike(head)) {
            return new Resolved(Kind.NOBODY, null, "organisation or place");
        }
        List<String> words = head.words();
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words = words.subList(0, words.size() - 1);
        }
        if (words.size() >= 2) {
            return new Resolved(Kind.PERSON, String.join(" ", words), how);
        }
        String full = fullName(words.get(0), at);
        String title = titleBefore(head);
        String titleGender = title.equals("mr") ? "M" : title.equals("mrs") || title.equals("ms") ? "F" : null;
        if (full != null && titleGender != null && gender(full, how) != null && !titleGender.equals(gender(full, how))) {
            full = fullName(words.get(0), at, titleGender); // "Ms. Khan" after "Humayun Khan" and "Ghazala Khan"
        }
        if (full != null) {
            return new Resolved(Kind.PERSON, full, how);
        }
        if (head.titled() || titleBefore(head).length() > 0) {
            return new Resolved(Kind.PERSON, words.get(0), how);
        }
        return new Resolved(Kind.LEFT_OUT, null, "lone capitalised word");
    }

    /** The nearest full name before {@code at} ending (or else starting) with {@code word}; the first after it. */
    private String fullName(String word, int at) {
        return fullName(word, at, null);
    }

    /** As above, of a person of that gender when {@code gender} is given. */
    private String fullName(String word, int at, String gender) {
        Run before = null;
        Run after = null;
        for (Run r : fullNames) {
            List<String> w = r.words();
            if (!lastWord(w).equalsIgnoreCase(word)
                    || gender != null && !gender.equals(gender(fullWithoutSuffix(r), "name"))) {
                continue;
            }
            if (r.start() < at) {
                before = r;
            } else if (after == null) {
                after = r;
            }
        }
        Run found = before != null ? before : after;
        if (found == null) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!MALE_NAMES.contains(lower) && !FEMALE_NAMES.contains(lower)) {
                return null;
            }
            String only = null;
            for (Run r : fullNames) {
                if (r.words().get(0).equalsIgnoreCase(word)) {
                    if (only != null && !only.equals(fullWithoutSuffix(r))) {
                        return null;
                    }
                    only = fullWithoutSuffix(r);
                }
            }
            return only;
        }
        return fullWithoutSuffix(found);
    }

    private static String fullWithoutSuffix(Run r) {
        List<String> w = r.words();
        while (w.size() > 1 && SUFFIXES.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
            w = w.subList(0, w.size() - 1);
        }
        return String.join(" ", w);
    }

    private static String lastWord(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (!SUFFIXES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return words.get(i);
            }
        }
        return words.get(words.size() - 1);
    }

    /**
     * The nearest person before the pronoun, named or an earlier speaker, whose gender does not disagree; trivial only
     * when no other person of a compatible gender appears from the start of that person's sentence to the pronoun.
     */
    private Resolved pronoun(int at, String gender, List<Named> spoken) {
        int paragraph = paragraphOf(at);
        int from = lineStarts[Math.max(Math.min(1, paragraph), paragraph - 2)];
        List<Named> candidates = new ArrayList<>();
        for (Named n : spoken) {
            if (n.start() >= from && n.start() < at) {
                candidates.add(n);
            }
        }
        for (Run r : runs(tokens(from, at))) {
            String name = personNamed(r);
            String title = titleBefore(r);
            String titleGender = title.equals("mr") ? "M" : title.equals("mrs") || title.equals("ms") ? "F" : null;
            String g = name == null ? null : gender(name, "name");
            if (titleGender != null && g != null && !titleGender.equals(g)) {
                name = r.name(); // "Mr. Clinton" when the full name found is Hillary Clinton's
                g = titleGender;
            }
            if (name != null && g != null && !quoted[r.start()]) {
                candidates.add(new Named(name, g, r.start(), r.end(), paragraphOf(r.start())));
            }
        }
        candidates.sort(Comparator.comparingInt(Named::start));
        Named antecedent = null;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Named c = candidates.get(i);
            if (c.gender() == null || c.gender().equals(gender)) {
                antecedent = c;
                break;
            }
        }
        if (antecedent == null) {
            return new Resolved(Kind.LEFT_OUT, null, "pronoun, no person before");
        }
        int sentenceStart = sentenceStart(antecedent.start());
        for (Named c : candidates) {
            if (c.start() >= sentenceStart && !same(c.name(), antecedent.name()) && !same(antecedent.name(), c.name())
                    && (c.gender() == null || c.gender().equals(gender))) {
                return new Resolved(Kind.LEFT_OUT, null, "pronoun, two persons it may be");
            }
        }
        return new Resolved(Kind.PERSON, antecedent.name(), "pronoun");
    }

    /** The person a capitalised run names, or null. */
    private String personNamed(Run r) {
        if (!personLike(r)) {
            return null;
        }
        if (r.toks().size() >= 2) {
            return fullWithoutSuffix(r);
        }
        String full = fullName(r.words().get(0), r.start());
        return full != null ? full : r.titled() || !titleBefore(r).isEmpty() ? r.words().get(0) : null;
    }

    private static boolean abbreviationBefore(String text, int period) {
        int j = period - 1;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        return ABBREVIATIONS.contains(text.substring(j + 1, period).toLowerCase(Locale.ROOT));
    }

    private int sentenceStart(int offset) {
        String text = article.text();
        int i = offset - 1;
        while (i > 0 && text.charAt(i) != '\n' && !(".?!".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' '
                && i > 3 && Character.isLowerCase(text.charAt(i - 1)) && !abbreviationBefore(text, i))) {
            i--;
        }
        return Math.max(0, i);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && (a.equalsIgnoreCase(b) || b.toLowerCase(Locale.ROOT).endsWith(" " + a.toLowerCase(Locale.ROOT)));
    }

    /** "Smith, who said": the name just before the relative pronoun. */
    private Resolved relative(int at) {
        int i = at - 1;
        String text = article.text();
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
            i--;
        }
        int from = Math.max(0, i - 80);
        List<Run> runs = runs(tokens(from, i + 1));
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.end() == i + 1 && !last.possessive()) {
                return name(last, last.start(), "relative pronoun");
            }
        }
        return new Resolved(Kind.LEFT_OUT, null, "relative pronoun, no name before");
    }

    /** A source without a name: a definite description of a person is left out, anything else names nobody. */
    private Resolved description(List<Tok> toks) {
        String head = null;
        for (Tok t : toks) {
            String l = t.lower();
            if (DESCRIPTION_ENDS.contains(l)) {
                break;
            }
            head = t.possessive() ? null : l;
        }
        String first = toks.get(0).lower();
        boolean definite = DEFINITE.contains(first) || toks.get(0).possessive() || toks.size() > 1 && toks.get(1).possessive();
        if (head != null && PERSON_ROLES.contains(head) && definite) {
            return new Resolved(Kind.LEFT_OUT, null, "description of a person");
        }
        return new Resolved(Kind.NOBODY, null, "organisation, group or unnamed person");
    }

    /**
     * The first run that heads the source and names a person (not possessive, not a modifier of a lower-case noun,
     * not after "of" or "for"); else the first such run naming an organisation; else null.
     */
    private Run headRun(List<Tok> toks) {
        Run organisation = null;
        for (Run r : runs(toks)) {
            if (r.possessive() || r.toks().isEmpty()) {
                continue;
            }
            int last = r.last();
            int first = r.rawFirst();
            boolean modifier = last + 1 < toks.size() && !toks.get(last + 1).capital()
                    && gap(toks.get(last), toks.get(last + 1)).isBlank();
            int before = first - 1;
            if (before >= 0 && DEFINITE.contains(toks.get(before).lower())) {
                before--;
            }
            boolean complement = before >= 0 && PREPOSITIONS.contains(toks.get(before).lower())
                    && !(toks.get(before).lower().equals("of") && before > 0 && toks.get(before - 1).capital());
            if (modifier || complement) {
                continue;
            }
            if (personLike(r)) {
                return r;
            }
            if (organisation == null) {
                organisation = r;
            }
        }
        return organisation;
    }

    /** A capitalised word the article also writes in lower case, a day or month, or "Texas-based": not a name. */
    private boolean commonWord(Tok t) {
        String l = t.lower();
        if (CALENDAR.contains(l) || l.endsWith("-based") || l.endsWith("-born")) {
            return true;
        }
        return !MALE_NAMES.contains(l) && !FEMALE_NAMES.contains(l) && lowerCaseWords().contains(l);
    }

    private Set<String> lowerCase;

    private Set<String> lowerCaseWords() {
        if (lowerCase == null) {
            Set<String> s = new java.util.HashSet<>();
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{Ll}[\\p{L}'’\\-]*").matcher(article.text());
            while (m.find()) {
                s.add(m.group().replace('’', '\''));
            }
            lowerCase = s;
        }
        return lowerCase;
    }

    private String gap(Tok a, Tok b) {
        return article.text().substring(a.end(), b.start());
    }

    private boolean personLike(Run r) {
        List<String> words = r.words();
        if (words.isEmpty() || words.stream().allMatch(w -> w.replace(".", "").length() < 2)) {
            return false;
        }
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (ORG_WORDS.contains(l) || l.contains("-") && ORG_WORDS.contains(l.substring(l.lastIndexOf('-') + 1))) {
                return false;
            }
            if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.contains(".")
                    && !SUFFIXES.contains(l)) {
                return false; // an acronym: CNN, FBI
            }
        }
        return !(words.size() >= 2 && PLACE_STARTS.contains(words.get(0).toLowerCase(Locale.ROOT)));
    }

    private String gender(String name, String how) {
        String[] w = name.split(" ");
        String first = w[0].toLowerCase(Locale.ROOT);
        if (MALE_NAMES.contains(first)) {
            return "M";
        }
        if (FEMALE_NAMES.contains(first)) {
            return "F";
        }
        return genders.get(w[w.length - 1]);
    }

    private String titleBefore(Run r) {
        int i = r.start() - 1;
        String text = article.text();
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int j = i;
        while (j >= 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
            j--;
        }
        String w = text.substring(j + 1, i + 1).toLowerCase(Locale.ROOT).replace(".", "");
        return TITLES.contains(w) ? w : "";
    }

    private int paragraphOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    // ---------------------------------------------------------------- words and capitalised runs

    private List<Tok> tokens(int from, int to) {
        List<Tok> out = new ArrayList<>();
        String text = article.text();
        if (from >= to) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        m.region(Math.max(0, from), Math.min(to, text.length()));
        while (m.find()) {
            String w = m.group();
            int end = m.end();
            boolean sentenceEnd = false;
            if (w.endsWith(".")) {
                String bare = w.substring(0, w.length() - 1).toLowerCase(Locale.ROOT);
                if (!(ABBREVIATIONS.contains(bare) || bare.length() == 1 || bare.contains("."))) {
                    w = w.substring(0, w.length() - 1);
                    end--;
                    sentenceEnd = true;
                }
            }
            out.add(new Tok(w, m.start(), end, sentenceEnd));
        }
        return out;
    }

    private List<Tok> withoutParentheses(List<Tok> toks) {
        List<Tok> out = new ArrayList<>();
        String text = article.text();
        for (Tok t : toks) {
            int open = text.lastIndexOf('(', t.start());
            int close = text.lastIndexOf(')', t.start());
            if (open >= 0 && open > close && t.start() - open < 40) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Capitalised runs: words starting with a capital (name particles inside), broken by punctuation, a sentence end
     * or a possessive; leading determiners dropped, and everything up to the last title ("Ohio Gov. John Kasich").
     */
    private List<Run> runs(List<Tok> toks) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Tok t = toks.get(i);
            if (!t.capital() || NOT_NAME_START.contains(t.lower())) {
                i++;
                continue;
            }
            List<Tok> run = new ArrayList<>();
            run.add(t);
            boolean possessive = t.possessive();
            int j = i + 1;
            while (!possessive && !toks.get(j - 1).sentenceEnd() && j < toks.size()
                    && gap(toks.get(j - 1), toks.get(j)).equals(" ")) {
                Tok n = toks.get(j);
                boolean particle = NAME_PARTICLES.contains(n.lower()) && j + 1 < toks.size() && toks.get(j + 1).capital();
                if (!n.capital() && !particle) {
                    break;
                }
                run.add(n);
                possessive = n.possessive();
                j++;
            }
            while (!run.isEmpty() && commonWord(run.get(0))) {
                run.remove(0);
            }
            int lastTitle = -1;
            for (int k = 0; k < run.size(); k++) {
                if (TITLES.contains(run.get(k).lower()) || PERSON_ROLES.contains(run.get(k).lower())) {
                    lastTitle = k;
                }
            }
            List<Tok> name = run.subList(lastTitle + 1, run.size());
            if (!name.isEmpty()) {
                out.add(new Run(List.copyOf(name), possessive, lastTitle >= 0, name.get(0).start(),
                        name.get(name.size() - 1).end(), i, j - 1));
            }
            i = j;
        }
        return out;
    }
}
