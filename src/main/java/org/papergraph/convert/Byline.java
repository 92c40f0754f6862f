package org.papergraph.convert;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.papergraph.markdown.Cell;

/**
 * What a list item or a compound table cell says beside its title: its authors ({@code _A. One, B. Two._},
 * {@code by One and Two}, the line after a {@code <br>}), its venue ({@code (*ICLR'24*)}, {@code *arXiv, Jun 2024*},
 * {@code ACL 2023.}, a venue badge) and a date ({@code `2023`}, or the one its venue gives). Authors are read only
 * after the title (a short name before it, {@code **Tidy Bot**: "..."}, is no author), and only from a piece whose
 * every name looks like a person's; a venue or a date anywhere but in the title.
 */
record Byline(List<String> authors, String authorsAsWritten, String venue, String venueAsWritten, String dateText,
              String dateAsWritten) {
    static final Byline NONE = new Byline(List.of(), "", "", "", "", "");
    /** More pieces than any real title, authors, venue and badges make. */
    private static final int MAX_PARTS = 256;

    /** Sentences of a piece of text: at a full stop after a word (not after an initial, "A. One", or "Md.", "Jr."). */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[\\p{L}]{2}|\\d)(?<!\\b(?:Md|Dr|Mr|Ms|St|Jr|Sr))\\.\\s+|\\s+[|·•]\\s+");
    private static final Pattern DATED_ASIDE = Pattern.compile("\\(([^()]{0,60}?(?:\\d{2}|'\\d{2})[^()]{0,20})\\)");
    private static final Pattern BY = Pattern.compile("^(?:by\\s+|(?:authors?|作者)\\s*[:：]\\s*)", Pattern.CASE_INSENSITIVE);

    /** Reads the pieces of a list item beside {@code title}. */
    static Byline read(List<Cell.Part> parts, String title) { return read(parts, title, false); }

    /**
     * Reads the pieces of an item or cell beside {@code title}; in a table's title cell ({@code setOff}) a venue only
     * from a piece set apart from the title (a badge, emphasis, a line of its own), since a title may run on after
     * its link ("[GPT-4](..) Technical Report 2023").
     */
    static Byline read(List<Cell.Part> parts, String title, boolean setOff) {
        if (parts.size() > MAX_PARTS) return NONE; // markup, not a byline: reading it would cost time for nothing
        Reading r = new Reading(title);
        boolean afterTitle = title.isEmpty(), afterBreak = false;
        for (Cell.Part p : parts) {
            if (p.kind() == Cell.Kind.BADGE) {
                Venues.ofBadge(p.text(), p.url()).ifPresent(v -> r.venue(v, p.text().isEmpty() ? p.url() : p.text()));
                continue;
            }
            if (p.kind() == Cell.Kind.BREAK) {
                afterBreak = true;
                continue;
            }
            r.mayBeVenue = !setOff || afterBreak || p.kind() == Cell.Kind.EMPHASIS;
            String text = p.text();
            int at = title.isEmpty() ? -1 : text.indexOf(title); // after the title too: a short name may repeat it
            if (at >= 0) {
                r.read(text.substring(0, at), false);
                r.read(text.substring(at + title.length()), true);
                afterTitle = true;
            } else if (!afterTitle && r.titleKey().contains(key(text)) && !key(text).isEmpty()) {
                if (r.titleKey().endsWith(key(text))) afterTitle = true; // the title's last piece (or all of it)
            } else {
                r.read(text, afterTitle && p.kind() != Cell.Kind.LINK && p.kind() != Cell.Kind.CODE);
            }
        }
        return r.byline();
    }

    /**
     * The title of a cell that may say more: its first line (before a {@code <br>}), else the link or bold text it
     * leads with when more follows, else all its text.
     */
    static String titleOf(Cell cell) {
        List<Cell.Part> parts = cell.parts();
        if (parts.isEmpty()) return cell.text();
        StringBuilder first = new StringBuilder();
        for (Cell.Part p : parts) {
            if (p.kind() == Cell.Kind.BREAK) return first.toString().strip();
            if (p.kind() != Cell.Kind.BADGE) first.append(first.length() > 0 ? " " : "").append(p.text());
        }
        Cell.Kind lead = parts.get(0).kind();
        return parts.size() > 1 && (lead == Cell.Kind.LINK || lead == Cell.Kind.STRONG) ? parts.get(0).text() : cell.text();
    }

    /** A cell's text with its lines ({@code <br>}) set apart by commas: the names of an authors cell, one a line. */
    static String lines(Cell cell) {
        if (cell.parts().stream().noneMatch(p -> p.kind() == Cell.Kind.BREAK)) return cell.text();
        StringBuilder s = new StringBuilder();
        for (Cell.Part p : cell.parts()) {
            if (p.kind() == Cell.Kind.BREAK) s.append(", ");
            else if (p.kind() != Cell.Kind.BADGE) s.append(s.length() == 0 || s.toString().endsWith(", ") ? "" : " ").append(p.text());
        }
        return s.toString();
    }

    /** Letters and digits only, lower case: a title matched whatever its markup or punctuation. */
    private static String key(String s) { return PaperRef.titleKey(s).replace(" ", ""); }

    private static final Pattern HAS_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:19|20)\\d{2}\\.?");
    private static final String EDGE = " \t\n,;:()[]*_\"\u201C\u201D-\u2013\u2014"; // a full stop ends only the front

    /** Without the punctuation and markup a piece starts or ends with; a full stop stays at the end ("Jr."). */
    private static String trim(String s) {
        int from = 0, to = s.length();
        while (from < to && (EDGE.indexOf(s.charAt(from)) >= 0 || s.charAt(from) == '.')) from++;
        while (to > from && EDGE.indexOf(s.charAt(to - 1)) >= 0) to--;
        return s.substring(from, to);
    }

    /** The sentences and {@code |}-separated pieces of {@code text}; most bylines have no separator to look for. */
    private static String[] sentences(String text) {
        for (int i = 0; i < text.length(); i++)
            if (".|\u00B7\u2022".indexOf(text.charAt(i)) >= 0) return SENTENCES.split(text);
        return new String[] {text};
    }

    private static String withoutStop(String s) { return s.endsWith(".") ? s.substring(0, s.length() - 1) : s; }

    private static final class Reading {
        private final String title;
        private String titleKey; // read only when a piece may be part of the title: most items never need it
        List<String> authors = List.of();
        boolean inAuthors; // the piece before was names: names next to it are more of them (one a line)
        boolean mayBeVenue = true;
        String authorsAsWritten = "", venue = "", venueAsWritten = "", dateText = "", dateAsWritten = "", venueDate = "";

        Reading(String title) { this.title = title; }

        String titleKey() {
            if (titleKey == null) titleKey = key(title);
            return titleKey;
        }

        void read(String text, boolean mayBeAuthors) {
            // A dated aside is a piece of its own: "Author One, Author Two (ICLR 2024)".
            for (String sentence : sentences(text.indexOf('(') < 0 ? text : DATED_ASIDE.matcher(text).replaceAll(" | $1 | "))) {
                String s = trim(sentence);
                if (s.isEmpty()) continue;
                boolean wasInAuthors = inAuthors;
                inAuthors = false;
                if (dateText.isEmpty() && HAS_YEAR.matcher(s).find() && Dates.parse(s).isPresent()) {
                    dateText = s;
                    dateAsWritten = s;
                    continue;
                }
                Optional<Venues.Venue> v = mayBeVenue ? Venues.inText(s) : Optional.empty();
                if (v.isPresent()) {
                    venue(v.get(), withoutStop(s));
                    continue;
                }
                // "Author One, Author Two, ICLR 2024": the names, then a venue or year after the last comma.
                int comma = s.lastIndexOf(", ");
                if (comma > 0 && mayBeAuthors && authors.isEmpty()) {
                    String tail = s.substring(comma + 2);
                    Optional<Venues.Venue> tv = mayBeVenue ? Venues.inText(tail) : Optional.empty();
                    boolean year = tv.isEmpty() && YEAR_ONLY.matcher(tail).matches() && dateText.isEmpty();
                    List<String> names = tv.isPresent() || year ? Authors.inText(BY.matcher(s.substring(0, comma)).replaceFirst("")) : List.of();
                    if (!names.isEmpty()) {
                        authors = names;
                        authorsAsWritten = s.substring(0, comma);
                        if (tv.isPresent()) venue(tv.get(), withoutStop(tail));
                        else dateText = dateAsWritten = withoutStop(tail);
                        continue;
                    }
                }
                if (mayBeAuthors && (authors.isEmpty() || wasInAuthors) && !titleKey().contains(key(s))) {
                    List<String> names = Authors.inText(BY.matcher(s).replaceFirst(""));
                    if (!names.isEmpty()) {
                        authors = authors.isEmpty() ? names : java.util.stream.Stream.concat(authors.stream(), names.stream()).toList();
                        authorsAsWritten = authorsAsWritten.isEmpty() ? s : authorsAsWritten + ", " + s;
                        inAuthors = true;
                    }
                }
            }
        }

        void venue(Venues.Venue v, String asWritten) {
            if (!venue.isEmpty()) return;
            venue = v.name();
            venueAsWritten = asWritten;
            venueDate = v.dateText();
        }

        Byline byline() {
            // A date the item writes out wins over the one its venue implies.
            String date = dateText.isEmpty() ? venueDate : dateText;
            String dateWritten = dateText.isEmpty() ? venueAsWritten : dateAsWritten;
            if (date.isEmpty()) dateWritten = "";
            return new Byline(authors, authorsAsWritten, venue, venueAsWritten, date, dateWritten);
        }
    }

    boolean isEmpty() { return authors.isEmpty() && venue.isEmpty() && dateText.isEmpty(); }
}
