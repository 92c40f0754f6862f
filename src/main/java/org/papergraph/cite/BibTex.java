package org.papergraph.cite;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * BibTeX, as arXiv exports it: an {@code @misc} per paper with its title, authors, year, {@code eprint},
 * {@code archivePrefix} and {@code primaryClass} for arXiv, DOI and URL. Every value is braced; what the data holds
 * cannot leave its field: text is escaped for LaTeX with commands whose braces balance ({@code \textbraceleft{}},
 * {@code \%} …, since BibTeX counts {@code \{} as a brace), every line break becomes a space, and a URL or DOI
 * percent-encodes what it may not hold.
 */
final class BibTex {
    /** A word "and" in a name would split it in two, as BibTeX splits authors. */
    private static final Pattern AND = Pattern.compile("(?i)(?<=^|\\s)and(?=\\s|$)");

    private BibTex() {}

    static String write(List<CitationFormat.Keyed> citations) {
        StringBuilder out = new StringBuilder();
        for (CitationFormat.Keyed k : citations) {
            Citation c = k.citation();
            if (!out.isEmpty()) out.append('\n');
            out.append("@misc{").append(k.key()).append(",\n");
            field(out, "title", text(c.title()));
            if (!c.authors().isEmpty()) {
                StringBuilder names = new StringBuilder();
                for (String name : c.authors()) {
                    if (!names.isEmpty()) names.append(" and ");
                    names.append(AND.matcher(text(name)).replaceAll("{and}").replace(",", "{,}"));
                }
                field(out, "author", names.toString());
            }
            c.year().ifPresent(y -> field(out, "year", y));
            if (!c.date().isEmpty()) field(out, "date", text(c.date()));
            if (c.isArxiv()) {
                field(out, "eprint", text(c.arxivId()));
                field(out, "archivePrefix", "arXiv");
                c.primaryClass().ifPresent(p -> field(out, "primaryClass", text(p)));
            }
            if (!c.venue().isEmpty()) field(out, "howpublished", text(c.venue()));
            if (!c.doi().isEmpty()) field(out, "doi", verbatim(c.doi()));
            field(out, "url", verbatim(c.url()));
            if (!c.abstractText().isEmpty()) field(out, "abstract", text(c.abstractText()));
            out.append("}\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Text for a braced field: LaTeX's special characters as commands, on one line. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{' -> b.append("\\textbraceleft{}");
                case '}' -> b.append("\\textbraceright{}");
                case '%', '&', '$', '#', '_' -> b.append('\\').append(c);
                case '^' -> b.append("\\textasciicircum{}");
                case '~' -> b.append("\\textasciitilde{}");
                default -> b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** A URL or DOI, kept as it is for the url package, but with no brace, backslash or space to end the field. */
    private static String verbatim(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}' || c == '\\' || c <= ' ' || Character.isISOControl(c) || c == '\u2028' || c == '\u2029')
                for (byte octet : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) b.append('%').append(String.format("%02X", octet & 0xff));
            else b.append(c);
        }
        return b.toString();
    }
}
