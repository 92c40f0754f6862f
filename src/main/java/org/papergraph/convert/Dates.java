package org.papergraph.convert;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;

/**
 * Reads the dates curators write: "31 May 2024", "29th August 2024", "April 10, 2024", "Feb 2024", "2017-06",
 * "2026.03", "2023-07-16", "October 2023". A day becomes {@code xsd:date}; a month alone {@code xsd:gYearMonth}; a
 * year alone {@code xsd:gYear}. Anything else, or a day that does not exist, is unreadable (empty).
 */
final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));
    private static final List<String> NOISE = List.of("st", "nd", "rd", "th", "of");

    private Dates() {}

    static Optional<DateValue> parse(String text) {
        List<String> tokens = tokens(text);
        List<Integer> numbers = new ArrayList<>();
        Integer month = null;
        int monthAt = -1;
        for (String t : tokens) {
            if (Character.isDigit(t.charAt(0))) {
                if (t.length() > 4) return Optional.empty();
                numbers.add(Integer.parseInt(t));
            } else if (MONTHS.containsKey(t) && month == null) {
                month = MONTHS.get(t);
                monthAt = numbers.size();
            } else if (!NOISE.contains(t)) {
                return Optional.empty();
            }
        }
        try {
            if (month != null) return named(month, monthAt, numbers);
            return numeric(numbers);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "31 May 2024", "May 31, 2024", "May 2024", "2024 May". */
    private static Optional<DateValue> named(int month, int monthAt, List<Integer> n) {
        int yearAt = indexOfYear(n);
        if (yearAt < 0) return Optional.empty();
        int year = n.get(yearAt);
        if (n.size() == 1) return Optional.of(month(YearMonth.of(year, month)));
        if (n.size() == 2) {
            int day = n.get(1 - yearAt);
            boolean dayNextToMonth = (1 - yearAt) == monthAt - 1 || (1 - yearAt) == monthAt;
            if (dayNextToMonth && day >= 1 && day <= 31) return Optional.of(day(LocalDate.of(year, month, day)));
        }
        return Optional.empty();
    }

    /** "2023-07-16", "2017-06", "2026.03", "2024", "16/07/2023" when the order is unambiguous. */
    private static Optional<DateValue> numeric(List<Integer> n) {
        int yearAt = indexOfYear(n);
        if (yearAt < 0) return Optional.empty();
        int year = n.get(yearAt);
        if (n.size() == 1) return Optional.of(new DateValue(String.format("%04d", year), XSDDatatype.XSDgYear));
        if (yearAt == 0 && n.size() == 2) return Optional.of(month(YearMonth.of(year, n.get(1))));
        if (yearAt == 0 && n.size() == 3) return Optional.of(day(LocalDate.of(year, n.get(1), n.get(2))));
        if (yearAt == 2 && n.size() == 3) {
            int a = n.get(0), b = n.get(1);
            if (a > 12 && b <= 12) return Optional.of(day(LocalDate.of(year, b, a)));
            if (b > 12 && a <= 12) return Optional.of(day(LocalDate.of(year, a, b)));
        }
        if (yearAt == 1 && n.size() == 2) return Optional.of(month(YearMonth.of(year, n.get(0))));
        return Optional.empty();
    }

    private static int indexOfYear(List<Integer> n) {
        int found = -1;
        for (int i = 0; i < n.size(); i++) {
            if (n.get(i) >= 1000 && n.get(i) <= 9999) {
                if (found >= 0) return -1;
                found = i;
            }
        }
        return found;
    }

    private static DateValue day(LocalDate d) { return new DateValue(d.toString(), XSDDatatype.XSDdate); }

    private static DateValue month(YearMonth m) { return new DateValue(m.toString(), XSDDatatype.XSDgYearMonth); }

    /** Runs of letters or of digits, lower case; punctuation and spaces only separate them. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String s = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i + 1;
            if (Character.isLetter(c)) {
                while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
                out.add(s.substring(i, j));
            } else if (Character.isDigit(c)) {
                while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
                out.add(s.substring(i, j));
            }
            i = j;
        }
        return out;
    }
}
