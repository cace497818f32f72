package dev.newsgraph.parse.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates as pages write them: ISO 8601 in markup, and "9 October 2018" / "Oct. 9, 2018" in text. */
final class DateParser {

    /** A date as the page gives it; {@code at} only when a time of day and an offset are known. */
    record Found(LocalDate date, OffsetDateTime at, boolean hasTime) {
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|\\s*(?:GMT|UTC))?)?");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern SLASHED_YMD = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})([/.\\-])(\\d{1,2})\\2((?:19|20)\\d{2})(?!\\d)");
    private static final String MONTH_WORD = "([A-Za-zÀ-ÿ]{3,10})\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:de\\s+)?" + MONTH_WORD + ",?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"jan", "january", "januar", "janvier", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "jänner", "janv"},
            {"feb", "february", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "februari"},
            {"mar", "march", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mär"},
            {"apr", "april", "avril", "abril", "aprile", "abr", "avr"},
            {"may", "mai", "mayo", "maggio", "maio", "mei", "mag"},
            {"jun", "june", "juni", "juin", "junio", "giugno", "junho", "giu"},
            {"jul", "july", "juli", "juillet", "juil", "julio", "luglio", "julho", "lug"},
            {"aug", "august", "août", "aout", "agosto", "ago", "augustus"},
            {"sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro", "set", "septembrie"},
            {"oct", "october", "oktober", "octobre", "octubre", "ottobre", "outubro", "okt", "out", "ott"},
            {"nov", "november", "novembre", "noviembre", "novembro"},
            {"dec", "december", "dezember", "décembre", "decembre", "déc", "diciembre", "dicembre", "dezembro", "dez", "dic"},
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
            boolean dayFirst = !m.group(2).equals("/") || a > 12 || (slashDayFirst && b <= 12);
            LocalDate d = dayFirst ? date(m.group(4), String.valueOf(b), String.valueOf(a))
                    : date(m.group(4), String.valueOf(a), String.valueOf(b));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        if (best == null) {
            return null;
        }
        return new Found(best, null, TIME_OF_DAY.matcher(s).find(bestAt));
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
        String w = word.toLowerCase();
        Integer m = MONTHS.get(w);
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
