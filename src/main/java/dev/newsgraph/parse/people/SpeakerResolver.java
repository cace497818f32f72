package dev.newsgraph.parse.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves who speaks at a cue: a named person, a pronoun (to the speaker or subject of this or the previous
 * sentences), a description the article gives a named person ("China's ambassador to Britain"), or nobody we can
 * name (organisations, "an insider"). Keeps the speaker of each sentence for later pronouns.
 */
final class SpeakerResolver {

    /** Words that may stand between a subject and its speech verb: "Sondland has already said". */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Words.lower("""
            has have had will would also then later earlier once again already still just only further first
            recently previously repeatedly publicly privately routinely always never often reportedly allegedly
            separately flatly openly directly formally explicitly clearly quickly immediately initially originally
            simply since however too even apparently subsequently finally both officially
            """);
    private static final Set<String> DETERMINERS = Words.lower("the a an this that these those his her its their our another");
    private static final Set<String> CLAUSE_VERBS = Words.lower("""
            is was are were has have had be been said says told did does do will would can could may might must
            """);
    private static final int PRONOUN_LOOKBACK = 6;
    private static final int STRICT_LOOKBACK = 2;
    /** Determiners of a description that points back at someone: "the judge", "his lawyer". */
    private static final Set<String> DEFINITE = Words.lower("the his her their its");

    private final ArticleText article;
    private final List<Person> persons;
    private final Person[] sentenceSpeaker;

    SpeakerResolver(ArticleText article, List<Person> persons) {
        this.article = article;
        this.persons = persons;
        this.sentenceSpeaker = new Person[article.sentences.size()];
    }

    void recordSpeaker(int sentence, Person person) {
        if (person != null) {
            sentenceSpeaker[sentence] = person;
        }
    }

    // ---------------------------------------------------------------- subjects of speech verbs

    /** The subject of the speech verb at {@code cue}, read leftwards in its sentence. */
    Speaker subjectBefore(Paragraph p, int cue) {
        int sentence = p.sentenceOf[cue];
        int j = cue - 1;
        while (j >= 0 && p.sentenceOf[j] == sentence && !p.quoted(j)
                && (BETWEEN_SUBJECT_AND_VERB.contains(p.token(j).lower())
                || p.token(j).is(",") && j > 0 && BETWEEN_SUBJECT_AND_VERB.contains(p.token(j - 1).lower()))) {
            j--;
        }
        if (j < 0 || p.sentenceOf[j] != sentence || p.quoted(j)) {
            return Speaker.NONE;
        }
        Token t = p.token(j);
        Speaker named = nameOrPronounEndingAt(p, j);
        if (named != null) {
            return named;
        }
        if (t.is(",")) {
            // name in apposition to a role: "His solicitor, Jane Roe, said"
            Mention inner = j > 1 ? p.mentions[j - 1] : null;
            int innerStart = inner == null ? 0 : Math.min(inner.from(), inner.roleFrom());
            if (inner != null && inner.to() == j && !inner.possessive() && innerStart > 0
                    && p.token(innerStart - 1).is(",") && p.sentenceOf[innerStart - 1] == sentence) {
                return new Speaker(p.span(inner.from(), inner.to()), inner.person());
            }
            // apposition: "Jeff Sanborn, president of Chapter & Verse, said"
            for (int k = j - 1; k > 0 && j - k <= 30 && p.sentenceOf[k] == sentence && !p.quoted(k); k--) {
                if (p.token(k).is(",")) {
                    Speaker s = nameOrPronounEndingAt(p, k - 1);
                    if (s != null) {
                        return s;
                    }
                }
            }
            return Speaker.NONE;
        }
        if (t.is("who") && j > 0) {
            int k = p.token(j - 1).is(",") ? j - 2 : j - 1;
            Speaker s = k >= 0 ? nameOrPronounEndingAt(p, k) : null;
            return s != null ? s : Speaker.NONE;
        }
        if (t.isLower() && !DETERMINERS.contains(t.text()) && !RoleLexicon.isRoleNoun(t.text())
                && !t.isPossessive() && (t.is("and") || t.is("but") || t.text().endsWith("ed")
                || CLAUSE_VERBS.contains(t.text()) || t.text().endsWith("ly"))) {
            return sentenceSubject(p, cue); // "Smith added that ..., and called for"
        }
        if (t.isDash()) {
            return sentenceSubject(p, cue);
        }
        // a noun phrase: "the statement", "Swift's rep", "China's ambassador to Britain"
        int start = j;
        while (start > 0 && p.sentenceOf[start - 1] == sentence && !p.quoted(start - 1) && j - start < 8) {
            Token b = p.token(start - 1);
            if (b.kind() != Token.Kind.WORD || b.isLower() && (CLAUSE_VERBS.contains(b.text()) || b.text().endsWith("ed")
                    || SpeechVerbs.isQuoteCue(b.text()))) {
                break;
            }
            start--;
        }
        return description(p, start, j + 1);
    }

    /** A person mention or he/she ending at token {@code j}, not a possessive ("Swift's rep"). */
    private Speaker nameOrPronounEndingAt(Paragraph p, int j) {
        if (j < 0 || p.quoted(j)) {
            return null;
        }
        Mention m = p.mentions[j];
        if (m != null && m.to() - 1 == j && !m.possessive()) {
            return new Speaker(p.span(m.from(), m.to()), m.person());
        }
        Token t = p.token(j);
        if (Pronouns.isPersonSubject(t.text())) {
            return new Speaker(t.text(), pronoun(p, j));
        }
        return null;
    }

    /**
     * The subject of the main clause, for participles ("..., saying") and coordinated verbs: the first person named
     * (or he/she) outside quotes in the sentence, if no verb stands before it in its clause.
     */
    Speaker sentenceSubject(Paragraph p, int limit) {
        int sentence = p.sentenceOf[limit];
        Sentence s = article.sentence(sentence);
        int clauseStart = s.from();
        for (int i = s.from(); i < limit; i++) {
            if (p.quoted(i)) {
                continue;
            }
            Token t = p.token(i);
            if (t.is(",")) {
                clauseStart = i + 1;
                continue;
            }
            Mention m = p.mentions[i];
            boolean pronoun = Pronouns.isPersonSubject(t.text());
            if (m == null && !pronoun) {
                continue;
            }
            for (int k = clauseStart; k < (m != null ? m.roleFrom() : i); k++) {
                Token b = p.token(k);
                if (!p.quoted(k) && b.isLower() && (b.text().endsWith("ed") || CLAUSE_VERBS.contains(b.text()) || b.is("that"))) {
                    return Speaker.NONE;
                }
            }
            if (m != null) {
                return m.possessive() ? Speaker.NONE : new Speaker(p.span(m.from(), m.to()), m.person());
            }
            return new Speaker(t.text(), pronoun(p, i));
        }
        // no name: a description may still identify one ("China's ambassador to Britain accused ... and warned")
        int end = s.from();
        while (end < limit && !p.quoted(end) && p.token(end).kind() == Token.Kind.WORD && !(p.token(end).isLower()
                && (p.token(end).text().endsWith("ed") || CLAUSE_VERBS.contains(p.token(end).text())
                || SpeechVerbs.isQuoteCue(p.token(end).text())))) {
            end++;
        }
        if (end > s.from() && end < limit && p.token(end).isLower()) {
            Speaker d = description(p, s.from(), end);
            if (d.person() != null) {
                return d;
            }
        }
        return Speaker.NONE;
    }

    /** The speaker in a short phrase after a quote or verb: "U.S. Attorney Nealy Cox", "he", "the statement". */
    Speaker phrase(Paragraph p, int from, int to) {
        while (from < to && p.token(from).kind() != Token.Kind.WORD) {
            from++;
        }
        int end = from;
        while (end < to && !p.token(end).is(",") && !p.token(end).is(".") && !p.token(end).is("who")
                && !p.token(end).is("of") && !p.quoted(end)) {
            end++;
        }
        if (end == from) {
            return Speaker.NONE;
        }
        if (end - from == 1 && Pronouns.isPersonSubject(p.token(from).text())) {
            return new Speaker(p.token(from).text(), pronoun(p, from));
        }
        for (int i = end - 1; i >= from; i--) {
            Mention m = p.mentions[i];
            if (m != null && !m.possessive()) {
                return new Speaker(p.span(Math.max(from, m.roleFrom()), m.to()), m.person());
            }
        }
        return description(p, from, end);
    }

    /**
     * A description resolved to the person the article gives it as a role or age: "The Wikileaks founder" matches
     * "Wikileaks co-founder" (two or more words in common and the role's head word), "the judge" a person whose role
     * ends in "judge", "the 56-year-old" a person introduced as "Name, 56,". Several candidates: the one introduced
     * before the description if only one was, else nobody.
     */
    Speaker description(Paragraph p, int from, int to) {
        String written = p.span(from, to);
        List<String> words = contentWords(written);
        String age = null;
        for (int i = from; i < to; i++) {
            String w = p.token(i).text();
            int dash = w.indexOf("-year-old");
            if (dash > 0 && dash <= 3 && Character.isDigit(w.charAt(0))) {
                age = w.substring(0, dash);
            }
        }
        boolean definite = DEFINITE.contains(p.token(from).lower());
        if (age == null && (words.isEmpty() || words.size() == 1 && !(definite && RoleLexicon.isRoleNoun(words.get(0))))
                || age != null && !definite) {
            return new Speaker(written, null); // "a spokesman", "a 40-year-old man": someone not named
        }
        List<Person> found = new ArrayList<>();
        for (Person person : persons) {
            if (age != null ? person.ages.contains(age) : hasRole(person, words)) {
                found.add(person);
            }
        }
        if (found.isEmpty() && age != null && to - from == 2) {
            // a bare "the 56-year-old" stands, like a pronoun, for the person in focus
            return new Speaker(written, pronoun(p, from));
        }
        return new Speaker(written, unique(found, PersonRegistry.position(p, from)));
    }

    private static boolean hasRole(Person person, List<String> words) {
        String head = words.get(words.size() - 1);
        for (String role : person.roles) {
            List<String> roleWords = contentWords(role);
            if (!roleWords.isEmpty() && roleWords.containsAll(words) && (roleWords.get(roleWords.size() - 1).equals(head)
                    || head.equals(headBeforeConnector(roleWords)))) {
                return true;
            }
        }
        return false;
    }

    /** The head noun of a role with a complement: "epidemiologist" of "epidemiologist at the university". */
    private static String headBeforeConnector(List<String> roleWords) {
        for (int i = 1; i < roleWords.size(); i++) {
            if (RoleLexicon.isRoleConnector(roleWords.get(i))) {
                return roleWords.get(i - 1);
            }
        }
        return null;
    }

    /** The only candidate, or the only one introduced before {@code position}. */
    private static Person unique(List<Person> found, int position) {
        if (found.size() == 1) {
            return found.get(0);
        }
        Person earlier = null;
        for (Person person : found) {
            if (person.firstSeen < position) {
                if (earlier != null) {
                    return null;
                }
                earlier = person;
            }
        }
        return earlier;
    }

    private static List<String> contentWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : Words.lc(s).replace("’", "'").split("[^\\p{L}\\p{N}']+")) {
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.equals("co") || w.isEmpty() || DETERMINERS.contains(w)) {
                continue;
            }
            out.add(w);
        }
        return out;
    }

    // ---------------------------------------------------------------- pronouns

    /** The person a he/she at token {@code at} stands for. */
    Person pronoun(Paragraph p, int at) {
        FirstNames.Gender g = Pronouns.genderOf(p.token(at).text());
        if (g != FirstNames.Gender.UNKNOWN) {
            // a person known to be of that gender close by beats a nearer one whose gender is unknown
            Person known = pronoun(p, at, g, true, STRICT_LOOKBACK);
            if (known != null) {
                return known;
            }
        }
        return pronoun(p, at, g, false, PRONOUN_LOOKBACK);
    }

    private Person pronoun(Paragraph p, int at, FirstNames.Gender g, boolean strict, int lookback) {
        int sentence = p.sentenceOf[at];
        Sentence s = article.sentence(sentence);
        for (int i = at - 1; i >= s.from(); i--) {
            Mention m = p.mentions[i];
            if (m != null && !p.quoted(i) && agrees(m.person(), g, strict)) {
                return m.person();
            }
        }
        for (int k = sentence - 1; k >= 0 && k >= sentence - lookback; k--) {
            Person speaker = sentenceSpeaker[k];
            if (speaker != null && agrees(speaker, g, strict)) {
                return speaker;
            }
            if (strict && speaker != null && speaker.compatible(g)) {
                return null; // the previous speaker, gender unknown, is still the likeliest "he"
            }
            Sentence prev = article.sentence(k);
            Paragraph pp = prev.paragraph();
            for (int i = prev.from(); i < prev.to(); i++) {
                Mention m = pp.mentions[i];
                if (m != null && !pp.quoted(i) && agrees(m.person(), g, strict)) {
                    return m.person();
                }
            }
        }
        return null;
    }

    private static boolean agrees(Person person, FirstNames.Gender g, boolean strict) {
        return strict ? person.gender == g : person.compatible(g);
    }
}
