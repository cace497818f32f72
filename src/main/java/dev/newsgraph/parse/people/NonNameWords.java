package dev.newsgraph.parse.people;

import java.util.Set;

/** Capitalised words that are not parts of a person's name: function words, calendar, places, organisation words. */
final class NonNameWords {

    /** Words capitalised only because they start a sentence or a heading, plus pronouns and calendar words. */
    static final Set<String> FUNCTION = Words.lower("""
            a an the this that these those there here it its it's he she we they i you him her his hers them their our
            my your me us who whom whose what which when where why how whether if then than as at by for from in into
            of off on onto out over to under up upon with within without about above across after against along amid
            among around before behind below beneath beside besides between beyond but despite down during except
            inside near outside since through throughout toward towards until via and or nor so yet also not no yes
            all any both each every few many more most much none one other others another some such own same
            however meanwhile moreover furthermore nevertheless nonetheless therefore thus instead indeed still
            although though while whereas unless because once now today tonight yesterday tomorrow later earlier
            afterward afterwards first second third last next final finally already again ago perhaps maybe even
            just only well very too rather really actually especially including following according asked
            says said told added is was are were be been being has have had do does did would can could shall
            should might must let like unlike after former late early new old top senior chief acting
            monday tuesday wednesday thursday friday saturday sunday january february march july september october
            november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter ramadan ramazan eid
            diwali hanukkah thanksgiving halloween weekend week month year day night morning afternoon evening
            mr mrs ms miss dr prof sir madam dame lord lady st
            god allah internet web twitter facebook instagram youtube tiktok whatsapp google apple amazon microsoft
            netflix tumblr reddit snapchat linkedin telegram
            breaking update updated exclusive watch read listen video photo photos image images opinion editorial
            analysis comment comments profile timeline live related advertisement sponsored more
            north south east west northern southern eastern western central upper lower greater new national
            international global united royal federal agence
            democrat democrats democratic republican republicans conservative conservatives liberal liberals labour
            tory tories socialist communist nationalist
            """);

    /** Function-like words that are also surnames: names when a known first name precedes them ("Chris Early"). */
    static final Set<String> SURNAME_LIKE = Words.lower("""
            early late new old top senior chief well still young little long short march christmas easter day week
            hall field fields park church house court bridge tower bank banks lane brook brooks cross wells mills
            gates woods wood stone hill hills king major price
            """);

    /** First words of product, event and company names that are not given names. */
    static final Set<String> NAME_LEAD_WORDS = Words.lower("""
            blue red green black white golden silver big little great grand royal good hot cool smart super liquid
            voice action summary recent digital policy case animal design auto space star wars air sound quick fast
            free open best top total ultimate premier prime classic modern future global national international
            united federal public private social human civil central general
            """);

    /** Countries, regions, states and large cities that are not also common given names or surnames. */
    static final Set<String> PLACES = Words.lower("""
            afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
            bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
            burkina burundi cambodia cameroon canada chile china colombia comoros congo croatia cuba cyprus czechia
            denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia
            germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
            ireland italy jamaica japan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
            liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
            mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
            netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines
            poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia
            somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
            trinidad tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen
            zambia zimbabwe britain england scotland wales europe asia africa america americas antarctica oceania
            arctic caribbean balkans scandinavia crimea donbas gaza kashmir tibet xinjiang catalonia kurdistan
            alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
            indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
            montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania
            rhode tennessee texas utah vermont wyoming wisconsin
            london paris berlin madrid rome moscow beijing shanghai tokyo delhi mumbai karachi lahore islamabad kabul
            kandahar baghdad tehran damascus beirut cairo jerusalem riyadh dubai doha ankara istanbul athens vienna
            prague warsaw budapest brussels amsterdam stockholm oslo copenhagen helsinki lisbon dublin kyiv kiev minsk
            hanoi bangkok seoul pyongyang manila jakarta kuala lumpur nairobi lagos johannesburg sydney melbourne
            toronto montreal vancouver ottawa chicago boston philadelphia seattle atlanta miami denver detroit
            baltimore pittsburgh cleveland cincinnati minneapolis milwaukee portland sacramento oakland brooklyn
            manhattan queens bronx hollywood moscow geneva zurich munich frankfurt hamburg milan naples barcelona
            hong kong angeles los las vegas francisco diego antonio lanka zealand arabia korea salvador rica leone
            emirates sahara mideast westminster whitehall downing kremlin pentagon
            """);

    /** Nationality and group adjectives. */
    static final Set<String> NATIONALITIES = Words.lower("""
            afghan albanian algerian american angolan argentine argentinian armenian australian austrian azerbaijani
            bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian
            canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorean ecuadorian
            egyptian emirati english eritrean estonian ethiopian european filipino finnish french georgian german
            ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli
            italian ivorian jamaican japanese jordanian kazakh kenyan korean kurdish kuwaiti lebanese libyan lithuanian
            malaysian maltese mexican moldovan mongolian moroccan nepalese nigerian norwegian omani pakistani
            palestinian panamanian peruvian polish portuguese qatari romanian russian rwandan saudi scottish senegalese
            serbian singaporean slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian
            thai tunisian turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zimbabwean
            african asian arab arabic latin hispanic western eastern muslim christian jewish catholic protestant
            sunni shia shiite hindu buddhist sikh islamic
            """);

    /** Nouns that make a capitalised run an organisation, place or thing rather than a person. */
    static final Set<String> ORG_WORDS = Words.lower("""
            university college school academy institute institution centre center hospital clinic prison jail
            airport station street st avenue ave road boulevard square park field stadium arena hall church cathedral
            mosque temple museum library gallery theatre theater zoo bridge tower palace castle building hotel suites
            department ministry office agency bureau authority administration commission committee council board
            assembly parliament senate congress house court tribunal cabinet government party movement front alliance
            coalition union federation league association society foundation fund trust charity network group company
            corporation corp inc ltd llc plc co bank exchange market markets capital partners holdings industries
            records productions studios pictures entertainment media news times post journal herald tribune gazette
            telegraph guardian independent mirror review magazine daily weekly channel radio television tv press wire
            label music airlines airways motors technologies technology systems labs laboratories sciences health
            services service police army navy force forces guard corps command garrison brigade battalion regiment
            division fleet marines embassy consulate mission nation nations republic kingdom empire state states city
            county district province region territory island islands bay sea ocean river lake lakes mountain mountains
            valley desert coast beach peninsula strait gulf canal awards award prize festival games cup championship
            championships series tournament open olympics conference summit forum program programme project campaign
            initiative act bill law treaty accord agreement plan fund panel team facility facilities survey study
            report reports index show expo podcast amphitheatre amphitheater pavilion showroom brothers design designs
            interactive robotics express solutions software digital games consulting ventures capital partners
            springs falls heights unit stage pro ultra plus mini max lite edition charger keyboard mouse pad phone watch
            """);

    /** Lower-case nouns that, right after a capitalised run, show it names a place or thing ("Belmarsh prison"). */
    static final Set<String> PLACE_NOUNS_AFTER = Words.lower("""
            prison jail hospital police airport university college school church street road avenue county district
            province region hotel stadium arena mall company firm campaign border area office department base camp
            village town city state river lake mountain valley square park station center centre court building
            embassy consulate campus garrison port bay sea island islands team club
            """);

    /** Places' first words ("Fort Worth", "Port Said"). */
    static final Set<String> PLACE_PREFIXES = Words.lower("fort port mount mt lake cape san santa sao saint st el");

    private NonNameWords() {
    }

    /** True when the capitalised word can't be part of a person's name. */
    static boolean isNonName(String word) {
        String w = Words.lc(word);
        return FUNCTION.contains(w) || PLACES.contains(w) || NATIONALITIES.contains(w) || ORG_WORDS.contains(w)
                || looksLikeCommonNoun(w) || isAttributiveCompound(w);
    }

    /** Abstract-noun endings ("Reconciliation", "Movement") almost never end a name. */
    static boolean looksLikeCommonNoun(String w) {
        return w.length() > 6 && (w.endsWith("tion") || w.endsWith("sion") || w.endsWith("ment") || w.endsWith("ness")
                || w.endsWith("ity") || w.endsWith("ism") || w.endsWith("ship") || w.endsWith("ology")
                || w.endsWith("ians") || w.endsWith("ists"));
    }

    /** "Australian-born", "Braun-owned", "Minneapolis-based". */
    static boolean isAttributiveCompound(String w) {
        int dash = w.lastIndexOf('-');
        if (dash < 0) {
            return false;
        }
        String tail = w.substring(dash + 1);
        return Set.of("born", "based", "owned", "led", "backed", "made", "style", "like", "run", "funded", "controlled",
                "era", "old", "year", "american", "speaking", "bound").contains(tail)
                || NATIONALITIES.contains(w.substring(0, dash));
    }
}
