package org.papergraph.convert;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads where a paper appeared as curators write it: {@code ICLR'24}, {@code NeurIPS 2023}, {@code arXiv, Jun 2024},
 * {@code arXiv 2025.02}, {@code Conference: ICML'23}, a shields.io badge {@code Conference-ICML'23-blue}. The name
 * is normalised lightly, its year written out ({@code ICLR'24} is "ICLR 2024"; arXiv keeps no year, being no event),
 * and a month it gives is kept apart for {@link Dates}. Free text is a venue only with a year or month beside a
 * short name, so a sentence is never read as one.
 */
final class Venues {
    /**
     * A venue's name as the graph says it, and the month it gave ("Jun 2024", "2025.02"), or "": a year alone is the
     * venue's, kept in its name ("ICLR 2024"), not taken for the paper's date.
     */
    record Venue(String name, String dateText) {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?";
    private static final Pattern LABEL = Pattern.compile(
            "^(?:conference|conf|venue|journal|published(?:\\s+(?:in|at))?|accepted(?:\\s+(?:at|by|to|in))?|in|proceedings(?:\\s+of)?)\\s*(?:[:：\\-]\\s*|\\s+)", CI);
    private static final Pattern DATED = Pattern.compile("^(?<name>\\p{L}[\\p{L}\\p{N}&+.\\- ]{0,48}?)\\s*,?\\s*"
            + "(?<date>['’‘`]\\d{2}(?!\\d)|(?:19|20)\\d{2}(?:[.\\-/](?:0?[1-9]|1[0-2]))?(?!\\d)|" + MONTH + "\\s+(?:19|20)\\d{2}(?!\\d))"
            + "(?<extra>(?:\\s+\\p{L}[\\p{L}\\-]*){0,2})$", CI);
    private static final Pattern SET_OFF = Pattern.compile("^[\\s(\\[{*_\"“]+|[\\s)\\]}*_\"”.,;:]+$");
    private static final Set<String> NOT_VENUES = Set.of("blog", "code", "github", "website", "project", "paper", "papers",
            "version", "update", "updated", "since", "top", "week", "news", "new", "released", "release", "video");

    private Venues() {}

    /** A venue column's cell: read as {@link #inText} when it can be, else its text as the name, with no date. */
    static Optional<Venue> ofCell(String text) {
        String s = SET_OFF.matcher(text).replaceAll("");
        if (s.isEmpty()) return Optional.empty();
        return inText(s).or(() -> Optional.of(new Venue(arxiv(s), "")));
    }

    /** The venue free text names: a short name with a year or month beside it, nothing more. */
    static Optional<Venue> inText(String text) {
        if (text.length() > 120) return Optional.empty();
        String s = SET_OFF.matcher(text).replaceAll("");
        s = LABEL.matcher(s).replaceFirst("");
        Matcher m = DATED.matcher(s);
        if (!m.matches()) return Optional.empty();
        String name = m.group("name").strip(), date = m.group("date"), extra = m.group("extra").strip();
        if (!isName(name)) return Optional.empty();
        if (date.length() == 3) { // 'YY
            int yy = Integer.parseInt(date.substring(1));
            date = Integer.toString((yy > 50 ? 1900 : 2000) + yy);
        }
        Matcher y = YEAR.matcher(date);
        String year = y.find() ? y.group() : date;
        String venue = arxiv(name);
        if (!venue.equals("arXiv")) venue = venue + " " + year;
        if (!extra.isEmpty()) venue = venue + " " + extra;
        return Optional.of(new Venue(venue, date.matches("\\d{4}") ? "" : date));
    }

    /**
     * A shields.io badge that names a venue: {@code /badge/Conference-ICML'23-blue} (label, message, colour), its
     * label saying venue or its message a dated venue; else its alt text when that is a dated venue.
     */
    static Optional<Venue> ofBadge(String alt, String url) {
        int at = url == null ? -1 : url.indexOf("img.shields.io/badge/");
        if (at >= 0) {
            String path = url.substring(at + "img.shields.io/badge/".length()).replaceAll("[?#].*$", "").replaceAll("\\.(svg|png)$", "");
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            String[] pieces = path.replace("--", "\u0000").split("-");
            for (int i = 0; i < pieces.length; i++) pieces[i] = pieces[i].replace('\u0000', '-').replace("__", "\u0000").replace('_', ' ').replace('\u0000', '_').strip();
            if (pieces.length == 3) {
                Optional<Venue> v = LABEL.matcher(pieces[0] + " ").lookingAt() ? ofCell(pieces[1]) : inText(pieces[1]);
                if (v.isPresent()) return v;
                v = inText(pieces[0] + " " + pieces[1]);
                if (v.isPresent()) return v;
            }
        }
        return alt == null || alt.isBlank() ? Optional.empty() : inText(alt);
    }

    /** A short proper name: up to six words, the first with a capital (or arXiv), not a month, not a role. */
    private static boolean isName(String name) {
        String[] words = SPACES.split(name);
        if (words.length > 6 || NOT_VENUES.contains(name.toLowerCase(Locale.ROOT))) return false;
        if (MONTH_ONLY.matcher(name.toLowerCase(Locale.ROOT)).matches()) return false;
        if (name.equalsIgnoreCase("arxiv")) return true;
        if (!words[0].chars().anyMatch(Character::isUpperCase)) return false;
        int lower = 0;
        for (String w : words) if (w.equals(w.toLowerCase(Locale.ROOT))) lower++;
        return 2 * lower < words.length;
    }

    private static String arxiv(String name) { return name.equalsIgnoreCase("arxiv") ? "arXiv" : SPACES.matcher(name).replaceAll(" "); }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MONTH_ONLY = Pattern.compile(MONTH);
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
}
