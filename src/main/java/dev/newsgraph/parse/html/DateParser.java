package dev.newsgraph.parse.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them: ISO 8601 in markup; in text "9 October 2018", "Oct. 9, 2018", "27. Januar 2022",
 * "8.Dezember 2010", "7 листопада 2020", "24 نيسان / أبريل 2020", "2020年11月30日", "2020-11-30", "30/11/2020" and,
 * where only a date can stand, "31.10.23". Month names cover the common European languages, Russian, Ukrainian,
 * Greek, Turkish, Arabic and Indonesian.
 */
final class DateParser {

    /**
     * A date as the page gives it; {@code at} only when a time of day and an offset are known. {@code swapped} is the
     * other reading of a numeric date whose day and month could trade places ("02/11/2023"), else null.
     */
    record Found(LocalDate date, OffsetDateTime at, boolean hasTime, LocalDate swapped) {

        Found(LocalDate date, OffsetDateTime at, boolean hasTime) {
            this(date, at, hasTime, null);
        }

        /** Whether this date, read either way round, is {@code day}. */
        boolean mayBe(LocalDate day) {
            return date.equals(day) || day.equals(swapped);
        }
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|\\s*(?:GMT|UTC))?)?");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern SLASHED_YMD = Pattern.compile(
            "(?<!\\d)(\\d{4})(?:[/.]\\s?|-)(\\d{1,2})(?:[/.]\\s?|-)(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})([/.\\-])(\\d{1,2})\\2((?:19|20)\\d{2})(?!\\d)");
    /**
     * "31.10.23": a two-digit year, read only where nothing but a date can stand (a dateline, a date element), and
     * only with two-digit day and month (not a version number such as 1.2.10).
     */
    private static final Pattern SHORT_YEAR_DMY = Pattern.compile("(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.])");
    /** One word, or an Arabic two-word month ("تشرين الأول"). */
    private static final String MONTH_WORD = "([\\p{L}\\p{M}]{3,13}(?: ال[\\p{L}\\p{M}]{2,8})?)\\.?";
    /** A month written twice, the local and the international name: "نيسان / أبريل". */
    private static final String MONTH_ALIAS = "(?:\\s*/\\s*[\\p{L}\\p{M}]{3,13})?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.\\s*|(?:st|nd|rd|th|er|º|ᵉʳ)?\\s+)(?:de\\s+)?" + MONTH_WORD + MONTH_ALIAS
                    + ",?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)");
    /** Chinese, Japanese and Korean: "2020年11月30日", "2020년 11월 30일". */
    private static final Pattern CJK = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"jan", "january", "januar", "janvier", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "jänner", "janv",
                "января", "январь", "янв", "січня", "січень", "stycznia", "styczeń", "ledna", "leden", "ocak", "ianuarie",
                "ιανουαρίου", "ιανουάριος", "tammikuuta", "gener", "يناير", "كانون الثاني"},
            {"feb", "february", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev",
                "februari", "февраля", "февраль", "фев", "лютого", "лютий", "lutego", "luty", "února", "únor", "şubat",
                "subat", "februarie", "φεβρουαρίου", "φεβρουάριος", "helmikuuta", "febrer", "فبراير", "شباط"},
            {"mar", "march", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mär", "марта", "март", "березня",
                "березень", "marca", "marzec", "března", "březen", "mart", "martie", "μαρτίου", "μάρτιος", "maaliskuuta",
                "març", "marts", "maret", "مارس", "آذار"},
            {"apr", "april", "avril", "abril", "aprile", "abr", "avr", "апреля", "апрель", "апр", "квітня", "квітень",
                "kwietnia", "kwiecień", "dubna", "duben", "nisan", "aprilie", "απριλίου", "απρίλιος", "huhtikuuta",
                "أبريل", "ابريل", "إبريل", "نيسان"},
            {"may", "mai", "mayo", "maggio", "maio", "mei", "mag", "мая", "май", "травня", "травень", "maja", "maj",
                "května", "květen", "mayıs", "mayis", "μαΐου", "μαΐου", "μάιος", "toukokuuta", "maig", "مايو", "أيار"},
            {"jun", "june", "juni", "juin", "junio", "giugno", "junho", "giu", "июня", "июнь", "июн", "червня", "червень",
                "czerwca", "czerwiec", "června", "červen", "haziran", "iunie", "ιουνίου", "ιούνιος", "kesäkuuta", "juny",
                "يونيو", "يونيه", "حزيران"},
            {"jul", "july", "juli", "juillet", "juil", "julio", "luglio", "julho", "lug", "июля", "июль", "июл", "липня",
                "липень", "lipca", "lipiec", "července", "červenec", "temmuz", "iulie", "ιουλίου", "ιούλιος", "heinäkuuta",
                "juliol", "يوليو", "يوليه", "تموز"},
            {"aug", "august", "août", "aout", "agosto", "ago", "augustus", "августа", "август", "авг", "серпня", "серпень",
                "sierpnia", "sierpień", "srpna", "srpen", "ağustos", "agustos", "αυγούστου", "αύγουστος", "elokuuta",
                "agost", "augusti", "agustus", "أغسطس", "اغسطس", "آب"},
            {"sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro", "set", "septembrie",
                "сентября", "сентябрь", "сен", "сент", "вересня", "вересень", "września", "wrzesień", "září", "eylül",
                "eylul", "σεπτεμβρίου", "σεπτέμβριος", "syyskuuta", "setembre", "سبتمبر", "أيلول"},
            {"oct", "october", "oktober", "octobre", "octubre", "ottobre", "outubro", "okt", "out", "ott", "октября",
                "октябрь", "окт", "жовтня", "жовтень", "października", "październik", "října", "říjen", "ekim",
                "octombrie", "οκτωβρίου", "οκτώβριος", "lokakuuta", "octubre", "أكتوبر", "اكتوبر", "تشرين الأول"},
            {"nov", "november", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя", "листопада", "листопад",
                "listopada", "listopadu", "kasım", "kasim", "noiembrie", "νοεμβρίου", "νοέμβριος", "marraskuuta",
                "نوفمبر", "تشرين الثاني"},
            {"dec", "december", "dezember", "décembre", "decembre", "déc", "diciembre", "dicembre", "dezembro", "dez", "dic",
                "декабря", "декабрь", "дек", "грудня", "грудень", "grudnia", "grudzień", "prosince", "prosinec", "aralık",
                "aralik", "decembrie", "δεκεμβρίου", "δεκέμβριος", "joulukuuta", "desembre", "desember", "ديسمبر",
                "كانون الأول"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private DateParser() {
    }

    /** ISO 8601 as found in meta tags, JSON-LD and {@code <time datetime>}; also 20191018 and 2019/10/18. */
    static Found machine(String s) {
        if (s == null || s.length() < 8) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            LocalDate date = date(m.group(1), m.group(2), m.group(3));
            if (date == null) {
                return null;
            }
            if (m.group(4) == null) {
                return new Found(date, null, false);
            }
            OffsetDateTime at = null;
            String zone = m.group(7);
            if (zone != null) {
                try {
                    ZoneOffset offset = zone.strip().matches("Z|GMT|UTC") ? ZoneOffset.UTC : ZoneOffset.of(
                            zone.length() == 3 ? zone : zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
                    at = OffsetDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                            Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), 0, offset);
                } catch (DateTimeException | NumberFormatException e) {
                    at = null;
                }
            }
            return new Found(date, at, true);
        }
        m = SLASHED_YMD.matcher(s);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            return d == null ? null : new Found(d, null, false);
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            return d == null ? null : new Found(d, null, false);
        }
        return human(s);
    }

    /** Whether a page in this language writes numeric dates day first; US English and unknown do not. */
    static boolean dayFirst(String language) {
        if (language == null || language.isBlank()) {
            return false;
        }
        String l = language.toLowerCase().replace('_', '-');
        return !(l.equals("en") || l.startsWith("en-us") || l.startsWith("en-ph") || l.startsWith("en-ca"));
    }

    /** The first date written out in running text, e.g. "Published 9 Oct 2018, 14:02". */
    static Found human(String s) {
        return human(s, false);
    }

    /**
     * @param slashDayFirst whether "02/10/2020" is 2 October (most of the world) rather than February 10 (US)
     */
    static Found human(String s, boolean slashDayFirst) {
        if (s == null || s.length() < 6 || !hasFourDigits(s)) {
            return null; // every pattern below needs a four-digit year
        }
        LocalDate best = null;
        LocalDate swapped = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                LocalDate d = date(m.group(3), month.toString(), m.group(2));
                if (d != null) {
                    best = d;
                    bestAt = m.start();
                    break;
                }
            }
        }
        m = DAY_MONTH_YEAR.matcher(s);
        while (m.find() && m.start() < bestAt) {
            Integer month = month(m.group(2));
            if (month != null) {
                LocalDate d = date(m.group(3), month.toString(), m.group(1));
                if (d != null) {
                    best = d;
                    bestAt = m.start();
                    break;
                }
            }
        }
        m = CJK.matcher(s);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = SLASHED_YMD.matcher(s);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = NUMERIC_DMY.matcher(s);
        if (m.find() && m.start() < bestAt) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            // dots and dashes are day-first; slashes are month-first unless that cannot be
            boolean slash = m.group(2).equals("/");
            boolean dayFirst = !slash || a > 12 || (slashDayFirst && b <= 12);
            LocalDate d = dayFirst ? date(m.group(4), String.valueOf(b), String.valueOf(a))
                    : date(m.group(4), String.valueOf(a), String.valueOf(b));
            if (d != null) {
                best = d;
                bestAt = m.start();
                swapped = slash && a != b && a <= 12 && b <= 12 ? (dayFirst
                        ? date(m.group(4), String.valueOf(a), String.valueOf(b))
                        : date(m.group(4), String.valueOf(b), String.valueOf(a))) : null;
            }
        }
        if (best == null) {
            return null;
        }
        return new Found(best, null, TIME_OF_DAY.matcher(s).find(bestAt), swapped);
    }

    /**
     * {@link #human(String, boolean)}, and failing that a day-first date with a two-digit year ("31.10.23", read as
     * 2023): for text where nothing but a date is expected, such as a dateline or a date element.
     */
    static Found dateOnly(String s, boolean slashDayFirst) {
        Found f = human(s, slashDayFirst);
        if (f != null || s == null || s.length() < 6) {
            return f;
        }
        Matcher m = SHORT_YEAR_DMY.matcher(s);
        if (m.find()) {
            LocalDate d = date("20" + m.group(3), m.group(2), m.group(1));
            if (d != null) {
                return new Found(d, null, TIME_OF_DAY.matcher(s).find(m.end()));
            }
        }
        return null;
    }

    private static boolean hasFourDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(w);
        int space = w.indexOf(' ');
        if (m == null && space > 0) {
            w = w.substring(0, space); // a one-word month before another word, not a two-word month
            m = MONTHS.get(w);
        }
        if (m == null && w.length() > 3) {
            m = MONTHS.get(w.substring(0, 3));
            // only accept a prefix when the word is a known month name's start, e.g. "Sept"
            if (m != null && !startsMonth(w)) {
                m = null;
            }
        }
        return m;
    }

    private static boolean startsMonth(String w) {
        for (String k : MONTHS.keySet()) {
            if (k.length() > 3 && k.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
