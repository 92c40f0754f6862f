package org.papergraph.convert;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier in canonical form, without version ({@code 2405.18870}, {@code hep-th/9901001}); the version a
 * link pointed at is kept apart. Reads every link form lists use: /abs/, /pdf/, /html/, .pdf, vN, www., export.,
 * http:, "arXiv:" prefixes and stray spaces; a Hugging Face paper page ({@code huggingface.co/papers/2405.18870}) is
 * the arXiv paper it is named by.
 */
public record ArxivId(String id, Integer version) {
    private static final Pattern URL = Pattern.compile(
            "^(?:https?://)?(?:www\\.|export\\.)?(?:arxiv\\.org/(?:abs|pdf|html|format|ps)|huggingface\\.co/papers)/(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEW_STYLE = Pattern.compile("^(\\d{4}\\.\\d{4,5})(?:v(\\d+))?$");
    private static final Pattern OLD_STYLE = Pattern.compile("^([a-z-]+)(?:\\.[a-z]{2})?/(\\d{7})(?:v(\\d+))?$",
            Pattern.CASE_INSENSITIVE);

    /** The last link read with the patterns: a row asks of its link more than once (is it a paper? which?). */
    private record Read(String linkOrId, Optional<ArxivId> id) {}

    private static volatile Read last;

    /** The id a link or a bare identifier names, if it is an arXiv one. */
    public static Optional<ArxivId> parse(String linkOrId) {
        String s = withoutSpaces(linkOrId);
        if (!s.regionMatches(true, 0, "arxiv:", 0, 6) && !containsIgnoreCase(s, "arxiv.org/")
                && !containsIgnoreCase(s, "huggingface.co/papers/")) return Optional.empty();
        Read r = last;
        if (r != null && r.linkOrId().equals(linkOrId)) return r.id();
        Optional<ArxivId> id = read(s);
        last = new Read(linkOrId, id);
        return id;
    }

    private static Optional<ArxivId> read(String s) {
        Matcher url = URL.matcher(s);
        String rest;
        if (url.matches()) {
            rest = url.group(1);
        } else if (s.regionMatches(true, 0, "arxiv:", 0, 6)) {
            rest = s.substring(6);
        } else {
            return Optional.empty();
        }
        int cut = indexOfAny(rest, '?', '#');
        if (cut >= 0) rest = rest.substring(0, cut);
        while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
        if (rest.regionMatches(true, rest.length() - 4, ".pdf", 0, 4)) rest = rest.substring(0, rest.length() - 4);
        Matcher m = NEW_STYLE.matcher(rest);
        if (m.matches()) return Optional.of(new ArxivId(m.group(1), version(m.group(2))));
        m = OLD_STYLE.matcher(rest);
        if (m.matches())
            return Optional.of(new ArxivId(m.group(1).toLowerCase(Locale.ROOT) + "/" + m.group(2), version(m.group(3))));
        return Optional.empty();
    }

    private static String withoutSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                StringBuilder b = new StringBuilder(s.length());
                for (int j = 0; j < s.length(); j++) if (!Character.isWhitespace(s.charAt(j))) b.append(s.charAt(j));
                return b.toString();
            }
        }
        return s;
    }

    private static boolean containsIgnoreCase(String s, String part) {
        for (int i = 0; i + part.length() <= s.length(); i++) if (s.regionMatches(true, i, part, 0, part.length())) return true;
        return false;
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == a || s.charAt(i) == b) return i;
        return -1;
    }

    private static Integer version(String v) { return v == null ? null : Integer.valueOf(v); }

    /**
     * The month arXiv numbered the paper in, as {@code xsd:gYearMonth} text: the id's YYMM ({@code 2405.18870} is
     * 2024-05, {@code hep-th/9901001} 1999-01; old-style ids ran from 1991 to 2007). Null if it names no month.
     */
    public String month() {
        int at = id.indexOf('/') + 1;
        int yy = Integer.parseInt(id.substring(at, at + 2)), mm = Integer.parseInt(id.substring(at + 2, at + 4));
        if (mm < 1 || mm > 12) return null;
        return String.format("%04d-%02d", (at > 0 && yy >= 91 ? 1900 : 2000) + yy, mm);
    }

    public String absUrl() { return "https://arxiv.org/abs/" + id; }

    public String pdfUrl() { return "https://arxiv.org/pdf/" + id; }

    /** arXiv registers a DataCite DOI for every paper. */
    public String doi() { return "10.48550/arXiv." + id; }
}
