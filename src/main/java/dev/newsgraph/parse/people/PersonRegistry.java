package dev.newsgraph.parse.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which name runs are persons, links later mentions ("Smith", "Mr Smith", "Ambassador Smith") to
 * them, and collects aliases, roles, mention counts and a gender hint. A two-word name with no sign of being a person
 * (known first name, title or role, apposition, speech verb, surname used alone elsewhere, a list of persons) is not
 * taken, nor one that looks like a place or organisation.
 */
final class PersonRegistry {

    private static final Set<String> VERBS_AFTER_SUBJECT = Words.of("""
            had says said scored got made took won left went gave drove hit ran threw told added wrote became
            """);
    private static final Set<String> PLACE_PREPOSITIONS = Words.lower("in at near across outside inside around throughout via");

    private final List<Person> persons = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    List<Person> persons() {
        return persons;
    }

    List<Mention> mentions() {
        return mentions;
    }

    private static final class Candidate {
        final String key;
        List<String> names;
        final List<NameRun> runs = new ArrayList<>();
        boolean evidence;
        /** A known first name or a title or role before the name, not just a hint. */
        boolean strong;
        boolean usable;
        /** The surname this pair is only a use of, when it is not a person itself. */
        String demotedTo;

        Candidate(String key, List<String> names) {
            this.key = key;
            this.names = names;
        }
    }

    static PersonRegistry build(List<Paragraph> paragraphs, List<NameRun> runs) {
        PersonRegistry r = new PersonRegistry();
        r.decide(paragraphs, runs);
        r.link(runs);
        r.inferGender(paragraphs);
        r.persons.sort((a, b) -> Integer.compare(a.firstSeen, b.firstSeen));
        return r;
    }

    static String key(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String w = names.get(i);
            if (i > 0 && i < names.size() - 1 && w.length() <= 2) {
                continue; // middle initials
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Words.lc(w).replace('’', '\''));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- deciding persons

    private final Map<String, Candidate> candidates = new LinkedHashMap<>();

    private void decide(List<Paragraph> paragraphs, List<NameRun> runs) {
        Set<String> lowerWords = new HashSet<>();
        for (Paragraph p : paragraphs) {
            for (Token t : p.tokens) {
                if (t.isLower()) {
                    lowerWords.add(t.text());
                }
            }
        }
        Set<String> orgNames = new HashSet<>();
        Map<String, Integer> singles = new HashMap<>();
        for (NameRun run : runs) {
            if (run.organisation()) {
                orgNames.add(orgPrefix(run));
            } else if (run.nameWords() == 1 && usedAsName(run)) {
                singles.merge(Words.lc(run.lastName()), 1, Integer::sum);
            }
        }
        for (NameRun run : runs) {
            if (run.nameWords() < 2) {
                continue;
            }
            String key = key(run.names());
            Candidate c = candidates.computeIfAbsent(key, k -> new Candidate(k, run.names()));
            if (run.names().size() > c.names.size()) {
                c.names = run.names();
            }
            c.runs.add(run);
            if (orgNames.contains(key) || vetoed(run)) {
                continue;
            }
            c.usable = true;
            boolean strong = strongEvidence(run);
            boolean reused = singles.containsKey(Words.lc(run.lastName()));
            if (strong || (reused || weakEvidence(run)) && !looksLikeCommonWords(run, lowerWords)) {
                c.evidence = true;
                c.strong |= strong;
            }
        }
        dropSentenceInitialVariants(lowerWords, singles);
        for (NameRun run : runs) { // names listed together with persons are persons: "Justin Beiber, Demi Lovato and ..."
            Candidate c = run.nameWords() >= 2 ? candidates.get(key(run.names())) : null;
            if (c != null && c.usable && !c.evidence && c.demotedTo == null && !orgNames.contains(c.key)
                    && listedWithPerson(run)) {
                c.evidence = true;
            }
        }
    }

    /**
     * "Will Warren win?" in an article about Elizabeth Warren: a pair seen only at sentence starts, whose first word
     * the article also uses in lower case, is the surname of the person already named, not a new person.
     */
    private void dropSentenceInitialVariants(Set<String> lowerWords, Map<String, Integer> singles) {
        for (Candidate c : candidates.values()) {
            if (!c.evidence || !lowerWords.contains(Words.lc(c.names.get(0)))) {
                continue;
            }
            boolean allInitial = true;
            for (NameRun run : c.runs) {
                Paragraph p = run.paragraph();
                int at = run.nameFirstToken();
                allInitial &= run.nameStart() == 0 && (at == 0 || p.sentenceOf[at - 1] != p.sentenceOf[at]
                        || p.markOf[at - 1] >= 0);
            }
            if (!allInitial) {
                continue;
            }
            String last = c.names.get(c.names.size() - 1);
            if (singles.containsKey(Words.lc(last))) {
                c.evidence = false;
                c.demotedTo = last;
                continue;
            }
            for (Candidate other : candidates.values()) {
                if (other != c && other.evidence && other.names.get(other.names.size() - 1).equals(last)) {
                    c.evidence = false;
                    c.demotedTo = last;
                    break;
                }
            }
        }
    }

    private static String orgPrefix(NameRun run) {
        StringBuilder b = new StringBuilder();
        Paragraph p = run.paragraph();
        for (int t : run.tokens()) {
            Token tok = p.token(t);
            if (!NameFinder.isNameWord(tok)) {
                if (b.length() > 0) {
                    break;
                }
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tok.bareLower());
        }
        return b.toString();
    }

    private boolean vetoed(NameRun run) {
        Paragraph p = run.paragraph();
        int first = run.nameFirstToken();
        boolean titled = RoleFinder.roleStart(p, first) < first;
        if (NonNameWords.PLACE_PREFIXES.contains(Words.lc(run.firstName()))) {
            return true;
        }
        if (run.nameStart() > 0 && !titled && (run.beforeName().is("The") || run.beforeName().is("A"))) {
            return true; // "The Dragon Waiting"
        }
        if (run.nameStart() == 0 && run.first() > 0 && !titled) {
            Token before = p.token(run.first() - 1);
            if (before.isIgnoreCase("the")) {
                return true;
            }
            if (PLACE_PREPOSITIONS.contains(before.lower()) && !FirstNames.isKnown(run.firstName())) {
                return true;
            }
        }
        int end = run.end();
        if (end < p.size() && p.token(end).isLower() && !run.last().isPossessive()
                && NonNameWords.PLACE_NOUNS_AFTER.contains(p.token(end).text())) {
            return true;
        }
        if (run.inQuote() && p.markOf[run.first() - 1] >= 0 && end < p.size() && p.markOf[end] >= 0) {
            return true; // the whole quote is the name: a nickname or title ("Hanoi Hilton")
        }
        return false;
    }

    /** A known first name, or a title or role right before the name. */
    private static boolean strongEvidence(NameRun run) {
        Paragraph p = run.paragraph();
        int first = run.nameFirstToken();
        if (FirstNames.isKnown(run.firstName())) {
            return true;
        }
        if (RoleFinder.roleStart(p, first) < first) {
            return true;
        }
        return first >= 2 && p.token(first - 1).is(",") && RoleLexicon.isRoleWord(p.token(first - 2).bare());
    }

    /**
     * A product, event or company name made of ordinary words ("Auto Show", "Blue Origin"): a first word that is a
     * common lead word or is also used in lower case in the article.
     */
    private static boolean looksLikeCommonWords(NameRun run, Set<String> lowerWords) {
        Paragraph p = run.paragraph();
        for (int i = 0; i < run.tokens().length; i++) {
            Token t = p.token(run.tokens()[i]);
            String w = t.bareLower();
            if (i < run.nameStart() && !NameFinder.isNameWord(t)) {
                continue; // titles and the like before the name
            }
            boolean last = i == run.tokens().length - 1;
            if (!last && (NonNameWords.NAME_LEAD_WORDS.contains(w) || lowerWords.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** An apposition, an age, a speech verb or another verb right after the name. */
    private boolean weakEvidence(NameRun run) {
        Paragraph p = run.paragraph();
        int end = run.end();
        if (end < p.size()) {
            Token next = p.token(end);
            if (next.isLower() && (SpeechVerbs.isQuoteCue(next.text()) && !next.is("read")
                    || VERBS_AFTER_SUBJECT.contains(next.text()) || next.text().endsWith("ed") && next.text().length() > 4)) {
                return true;
            }
            if (next.is(",") && end + 1 < p.size()) {
                Token a = p.token(end + 1);
                if (a.isIgnoreCase("the") || a.isIgnoreCase("a") || a.isIgnoreCase("an") || a.is("who")
                        || isAge(a) || RoleLexicon.isRoleWord(a.text()) || a.is("former")) {
                    return true;
                }
            }
            if (next.is("(") && end + 1 < p.size() && isAge(p.token(end + 1))) {
                return true;
            }
        }
        if (run.first() > 0 && SpeechVerbs.isQuoteCue(p.token(run.first() - 1).text())) {
            return true; // "said Fiona Hill"
        }
        return false;
    }

    private static boolean isAge(Token t) {
        String s = t.text();
        return s.length() <= 3 && s.chars().allMatch(Character::isDigit);
    }

    /**
     * A lone capitalised word counts as a name use unless it merely starts a sentence ("Human hibernation has"):
     * there it must be followed by a verb, a comma or be possessive.
     */
    private static boolean usedAsName(NameRun run) {
        Paragraph p = run.paragraph();
        int at = run.nameFirstToken();
        boolean sentenceStart = at == 0 || p.sentenceOf[at - 1] != p.sentenceOf[at] || p.markOf[at - 1] >= 0;
        if (!sentenceStart || run.nameStart() > 0 || run.last().isPossessive()) {
            return true;
        }
        int end = run.end();
        if (end >= p.size()) {
            return false;
        }
        Token next = p.token(end);
        return next.is(",") || next.isLower() && (SpeechVerbs.isQuoteCue(next.text())
                || VERBS_AFTER_SUBJECT.contains(next.text()) || next.text().endsWith("ed"));
    }

    private boolean listedWithPerson(NameRun run) {
        Paragraph p = run.paragraph();
        for (int dir = -1; dir <= 1; dir += 2) {
            int j = dir < 0 ? RoleFinder.roleStart(p, run.nameFirstToken()) - 1 : run.end();
            int seps = 0;
            while (j >= 0 && j < p.size() && (p.token(j).is(",") || p.token(j).is("and")) && seps < 2) {
                j += dir;
                seps++;
            }
            if (seps == 0 || j < 0 || j >= p.size() || p.sentenceOf[j] != p.sentenceOf[run.first()]) {
                continue;
            }
            for (Candidate c : candidates.values()) {
                if (c.strong && c.usable) {
                    for (NameRun other : c.runs) {
                        if (other.paragraph() == p && (dir < 0 ? other.end() - 1 == j : other.first() == j
                                || RoleFinder.roleStart(p, other.nameFirstToken()) == j)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- linking mentions

    private void link(List<NameRun> runs) {
        Map<String, Person> byKey = new HashMap<>();
        for (Candidate c : candidates.values()) {
            if (c.usable && c.evidence) {
                Person person = new Person(c.names);
                persons.add(person);
                byKey.put(c.key, person);
            }
        }
        for (NameRun run : runs) {
            if (run.nameWords() >= 2) {
                Person person = byKey.get(key(run.names()));
                if (person != null) {
                    addMention(person, run, false, false);
                }
            }
        }
        for (NameRun run : runs) {
            Candidate demoted = run.nameWords() == 2 ? candidates.get(key(run.names())) : null;
            if (demoted != null && demoted.demotedTo != null) {
                Person person = bySingleName(demoted.demotedTo, run);
                if (person != null) {
                    addMention(person, run, true, true);
                }
                continue;
            }
            if (run.nameWords() != 1 || run.names().size() != 1) {
                continue;
            }
            String word = run.lastName();
            Person person = bySingleName(word, run);
            Token title = run.beforeName();
            if (person == null && title != null && RoleLexicon.isHonorific(title.bare())
                    && !NonNameWords.isNonName(word)) {
                person = new Person(List.of(word));
                persons.add(person);
                byKey.put(key(person.names), person);
            }
            if (person != null) {
                addMention(person, run, true, false);
            }
        }
    }

    private Person bySingleName(String word, NameRun at) {
        List<Person> found = new ArrayList<>();
        for (Person p : persons) {
            if (p.names.size() > 1 && p.last().equals(word)) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            for (Person p : persons) {
                if (p.names.size() > 1 && word.length() >= 6 && p.last().length() >= 6 && nearlyEqual(p.last(), word)) {
                    found.add(p);
                }
            }
        }
        if (found.isEmpty()) {
            for (Person p : persons) {
                if (p.names.size() > 1 && p.first().equals(word)) {
                    found.add(p);
                }
            }
            if (found.size() > 1) {
                return null;
            }
        }
        if (found.isEmpty()) {
            for (Person p : persons) {
                if (p.names.size() == 1 && p.last().equals(word)) {
                    return p;
                }
            }
            return null;
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        // a surname two persons share ("Joe Biden", "Hunter Biden"): alone, it is usually the one introduced first
        Person best = found.get(0);
        for (Person p : found) {
            if (p.firstSeen < best.firstSeen) {
                best = p;
            }
        }
        return best;
    }

    static int position(Paragraph p, int token) {
        return p.index * 100000 + token;
    }

    /** Same length ±1 and at most one edit: "Zelensky" / "Zelenskiy". */
    private static boolean nearlyEqual(String a, String b) {
        if (a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    private void addMention(Person person, NameRun run, boolean alias, boolean lastWordOnly) {
        Paragraph p = run.paragraph();
        int from = lastWordOnly ? run.end() - 1 : run.nameFirstToken();
        int to = run.end();
        int roleFrom = RoleFinder.roleStart(p, from);
        Mention m = new Mention(person, p, from, to, roleFrom);
        mentions.add(m);
        for (int i = from; i < to; i++) {
            p.mentions[i] = m;
        }
        person.mentions++;
        person.firstSeen = Math.min(person.firstSeen, position(p, from));
        String surface = lastWordOnly ? run.lastName() : String.join(" ", run.names());
        if (alias || !surface.equals(person.name())) {
            person.aliases.add(surface);
        }
        person.roles.addAll(RoleFinder.rolesBefore(p, from));
        String after = RoleFinder.roleAfter(p, to);
        if (after != null) {
            person.roles.add(after);
        }
        if (to + 2 < p.size() && p.token(to).is(",") && isAge(p.token(to + 1).text())
                && (p.token(to + 2).is(",") || p.token(to + 2).is("."))) {
            person.ages.add(p.token(to + 1).text()); // "Marcus Delaney, 41,"
        }
        if (roleFrom > 0 && p.token(roleFrom - 1).text().matches("\\d{1,3}-year-old")) {
            String w = p.token(roleFrom - 1).text();
            person.ages.add(w.substring(0, w.indexOf('-'))); // "41-year-old Marcus Delaney"
        }
        Token title = run.beforeName();
        if (title != null && person.gender == FirstNames.Gender.UNKNOWN) {
            person.gender = RoleLexicon.genderOfTitle(title.bare());
        }
    }

    private static boolean isAge(String w) {
        return w.length() <= 3 && w.chars().allMatch(Character::isDigit) && Integer.parseInt(w) < 120;
    }

    // ---------------------------------------------------------------- gender

    private void inferGender(List<Paragraph> paragraphs) {
        for (Person p : persons) {
            if (p.gender == FirstNames.Gender.UNKNOWN) {
                p.gender = FirstNames.genderOf(p.first());
            }
            for (String role : p.roles) {
                if (p.gender != FirstNames.Gender.UNKNOWN) {
                    break;
                }
                p.gender = RoleLexicon.genderOfRole(role); // "congresswoman", "his daughter"
            }
        }
        // the first he/she after a mention, with no other person named in between
        for (Mention m : mentions) {
            Person person = m.person();
            if (person.gender != FirstNames.Gender.UNKNOWN || m.inQuote()) {
                continue;
            }
            Paragraph p = m.paragraph();
            for (int i = m.to(); i < p.size() && i < m.to() + 40; i++) {
                if (p.mentions[i] != null && p.mentions[i].person() != person) {
                    break;
                }
                if (p.quoted(i)) {
                    continue;
                }
                if (i > 0 && p.markOf[i - 1] >= 0) {
                    break; // '"...," she said': whose pronoun that is, is what attribution has to find out
                }
                FirstNames.Gender g = Pronouns.genderOf(p.token(i).text());
                if (g != FirstNames.Gender.UNKNOWN) {
                    person.gender = g;
                    break;
                }
            }
        }
    }
}
