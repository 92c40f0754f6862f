package org.papergraph.cite;

import java.util.List;

/**
 * RIS (what reference managers import): a record per paper, {@code TY} to {@code ER}, one tag a line. An arXiv
 * paper is an unpublished work ({@code UNPB}) with arXiv as its repository, anything else generic ({@code GEN}).
 * RIS has no escaping: a value is one line, so every line break in the data becomes a space and nothing can start
 * a tag line of its own.
 */
final class Ris {
    private Ris() {}

    static String write(List<CitationFormat.Keyed> citations) {
        StringBuilder out = new StringBuilder();
        for (CitationFormat.Keyed k : citations) {
            Citation c = k.citation();
            tag(out, "TY", c.isArxiv() ? "UNPB" : "GEN");
            tag(out, "ID", k.key());
            tag(out, "TI", c.title());
            for (String name : c.authors()) tag(out, "AU", name);
            c.year().ifPresent(y -> tag(out, "PY", y));
            if (!c.date().isEmpty()) tag(out, "DA", c.date().replace('-', '/'));
            if (c.isArxiv()) {
                tag(out, "DB", "arXiv");
                tag(out, "M1", "arXiv:" + c.arxivId());
            }
            if (!c.venue().isEmpty()) tag(out, "T2", c.venue());
            if (!c.doi().isEmpty()) tag(out, "DO", c.doi());
            tag(out, "UR", c.url());
            if (!c.pdfUrl().isEmpty()) tag(out, "L1", c.pdfUrl());
            if (!c.abstractText().isEmpty()) tag(out, "AB", c.abstractText());
            out.append("ER  - \n\n");
        }
        return out.toString();
    }

    /** A tag line; none for an empty value (a line with no value is no RIS). */
    private static void tag(StringBuilder out, String tag, String value) {
        String v = oneLine(value);
        if (!v.isEmpty()) out.append(tag).append("  - ").append(v).append('\n');
    }

    /** The value on one line: line breaks and other control characters are spaces. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' ? ' ' : c);
        }
        return b.toString().strip();
    }
}
