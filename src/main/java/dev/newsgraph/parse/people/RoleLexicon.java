package dev.newsgraph.parse.people;

import java.util.Set;

/** Titles and role nouns: what stands before a name ("Ambassador", "Taliban chief") or in an apposition. */
final class RoleLexicon {

    /** Honorifics and titles that may stand directly before a bare surname and make it a person ("Chairman Schiff"). */
    private static final Set<String> HONORIFICS = Words.lower("""
            mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame lord lady rev rev. reverend fr fr. father
            sen sen. senator rep rep. representative gov gov. governor congressman congresswoman president vice
            minister premier chancellor secretary ambassador envoy judge justice chairman chairwoman chair coach king
            queen prince princess sheikh pope mayor speaker gen gen. general lt lt. lieutenant col col. colonel maj maj.
            major capt capt. captain sgt sgt. sergeant adm adm. admiral cmdr cmdr. commander cpl cpl. pvt pvt. officer
            detective det det. inspector commissioner superintendent sheriff deputy chief director attorney
            """);

    /** Honorifics that tell the person's gender. */
    private static final Set<String> MALE_TITLES = Words.lower("mr mr. sir lord king prince father sheikh");
    private static final Set<String> FEMALE_TITLES = Words.lower("mrs mrs. ms ms. miss dame lady queen princess");

    /** Nouns naming a position, job or relation; "Browns pass rusher", "the president's lawyer". */
    private static final Set<String> ROLE_NOUNS = Words.lower("""
            president vice-president president-elect minister premier chancellor secretary secretary-general
            ambassador envoy representative senator governor congressman congresswoman lawmaker legislator politician
            mayor councillor councilman councilwoman judge justice magistrate prosecutor attorney lawyer solicitor
            barrister counsel counselor counsellor adviser advisor aide official officer spokesman spokeswoman
            spokesperson representative diplomat consul chairman chairwoman chair chairperson ceo cfo coo cto founder
            co-founder cofounder owner director executive manager boss head leader chief commander commissioner
            superintendent sheriff inspector detective sergeant lieutenant colonel general admiral captain major
            soldier marine pilot king queen prince princess emperor monarch ruler sheikh emir president pope cardinal
            bishop archbishop priest imam rabbi pastor cleric reverend editor editor-in-chief reporter correspondent
            journalist columnist writer author co-author novelist poet historian professor lecturer researcher
            scientist scholar economist analyst expert specialist strategist pollster consultant engineer architect
            designer doctor physician surgeon nurse psychologist psychiatrist epidemiologist teacher student
            coach quarterback rusher receiver linebacker lineman tackle cornerback safety kicker punter center
            centre forward striker midfielder defender goalkeeper keeper winger guard pitcher catcher shortstop
            outfielder batsman bowler player teammate captain rookie veteran star superstar great legend champion
            singer songwriter songstress rapper actor actress musician artist comedian director producer filmmaker
            presenter host anchor model designer entrepreneur businessman businesswoman billionaire tycoon investor
            banker hotelier activist campaigner organiser organizer insider witness victim suspect defendant
            plaintiff survivor teenager partner colleague friend rival opponent counterpart successor predecessor
            wife husband son daughter mother father brother sister uncle aunt cousin nephew niece grandson
            granddaughter grandmother grandfather mom dad widow fiancee fiance girlfriend boyfriend chef farmer
            worker employee staffer spokesperson negotiator mediator candidate nominee challenger incumbent deputy
            assistant member fellow dean provost principal president's
            """);

    /** Words that may precede a role noun inside a role phrase ("former special envoy", "Steelers defensive captain"). */
    private static final Set<String> ROLE_MODIFIERS = Words.lower("""
            former ex new then late current acting interim deputy assistant associate senior junior top chief special
            principal executive managing general national foreign defence defense security police press state vice
            prime pass running defensive offensive business political military civil communications public health
            legal economic senior lead main head fellow second third regional local federal provincial district county
            city diplomatic white house
            """);

    /** Connectors allowed inside a role phrase ("Special Representative for Afghanistan Reconciliation"). */
    private static final Set<String> ROLE_CONNECTORS = Words.lower("for of to on at in");

    /** Role nouns that, capitalised, more often start a title or product name than name a position ("Star Wars"). */
    private static final Set<String> LOOSE_ROLES = Words.lower("""
            star superstar great legend champion host model partner member friend fellow rival opponent counterpart
            witness victim suspect survivor veteran rookie player artist guard center centre forward safety tackle
            keeper back head boss owner worker agent student teacher doctor nurse mother father son daughter brother
            sister
            """);

    private RoleLexicon() {
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(Words.lc(word));
    }

    static boolean isLooseRole(String word) {
        return LOOSE_ROLES.contains(Words.lc(word));
    }

    static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.contains(Words.lc(word));
    }

    static boolean isRoleModifier(String word) {
        return ROLE_MODIFIERS.contains(Words.lc(word));
    }

    static boolean isRoleConnector(String word) {
        return ROLE_CONNECTORS.contains(Words.lc(word));
    }

    /** Title or role word, capitalised or not. */
    static boolean isRoleWord(String word) {
        return isHonorific(word) || isRoleNoun(word);
    }

    /** Role nouns that tell the person's gender: "spokeswoman", "businessman", "his daughter". */
    private static final Set<String> MALE_ROLES = Words.lower("""
            spokesman congressman councilman chairman businessman sportsman father son husband brother grandfather
            uncle nephew boyfriend king prince actor waiter
            """);
    private static final Set<String> FEMALE_ROLES = Words.lower("""
            spokeswoman congresswoman councilwoman chairwoman businesswoman sportswoman mother daughter wife sister
            grandmother aunt niece girlfriend queen princess actress waitress songstress
            """);

    /** The gender a role phrase's head noun tells, if any. */
    static FirstNames.Gender genderOfRole(String role) {
        String[] words = role.split("[^\\p{L}]+");
        if (words.length == 0) {
            return FirstNames.Gender.UNKNOWN;
        }
        String head = Words.lc(words[words.length - 1]);
        return MALE_ROLES.contains(head) ? FirstNames.Gender.MALE
                : FEMALE_ROLES.contains(head) ? FirstNames.Gender.FEMALE : FirstNames.Gender.UNKNOWN;
    }

    static FirstNames.Gender genderOfTitle(String word) {
        String w = Words.lc(word);
        return MALE_TITLES.contains(w) ? FirstNames.Gender.MALE
                : FEMALE_TITLES.contains(w) ? FirstNames.Gender.FEMALE : FirstNames.Gender.UNKNOWN;
    }
}
