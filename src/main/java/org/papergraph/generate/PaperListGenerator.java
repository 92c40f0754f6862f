package org.papergraph.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@link SyntheticPapers} as an awesome-list: a month heading, then the month's papers under {@code ### Topic}
 * and {@code #### Topic Kind} headings (each paper under its first topic, so the headings are its topics), as
 * bullet items in the shapes real lists use ({@code [Title](link) - *Mon YYYY* [[code](..)]}, a quoted title with
 * {@code [[Paper](..)]}, a venue first, a bold title with {@code Paper:} and {@code Code:} sub-items), one section in
 * five a numbered list, and some items that link no paper (a table of contents, background reading). The same
 * papers as the table layout for the same seed; the same bytes for the same seed.
 */
public final class PaperListGenerator {
    private final SyntheticPapers papers;
    private final SplittableRandom layout; // the list's own choices, apart from the papers' content

    public PaperListGenerator(long seed) {
        this.papers = new SyntheticPapers(seed);
        this.layout = new SplittableRandom(seed ^ 0x6C697374L);
    }

    /** Writes {@code count} papers, spread over the months, as one list section per month. */
    public void write(int count, Writer out) {
        try {
            out.write("# Awesome Generated Papers\n\nA synthetic awesome-list of papers, for benchmarks.\n\n## Contents\n\n");
            for (YearMonth m : SyntheticPapers.months(count).keySet()) out.write("- [" + name(m) + "](#" + name(m).toLowerCase(Locale.ROOT).replace(' ', '-') + ")\n");
            papers.generate(count, (month, rows) -> month(month, rows, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void month(YearMonth month, List<SyntheticPapers.Paper> rows, Writer out) throws IOException {
        out.write("\n## " + name(month) + "\n");
        Map<String, Map<String, List<SyntheticPapers.Paper>>> byTopic = new LinkedHashMap<>();
        for (SyntheticPapers.Paper p : rows) {
            SyntheticPapers.Topic t = p.topics().get(0);
            byTopic.computeIfAbsent(t.head(), h -> new LinkedHashMap<>()).computeIfAbsent(t.tail(), k -> new ArrayList<>()).add(p);
        }
        String mon = month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear();
        StringBuilder s = new StringBuilder(1 << 14);
        for (Map.Entry<String, Map<String, List<SyntheticPapers.Paper>>> head : byTopic.entrySet()) {
            s.setLength(0);
            s.append("\n### ").append(head.getKey()).append('\n');
            List<SyntheticPapers.Paper> broad = head.getValue().get("");
            if (broad != null) section(broad, mon, s);
            for (Map.Entry<String, List<SyntheticPapers.Paper>> kind : head.getValue().entrySet()) {
                if (kind.getKey().isEmpty()) continue;
                s.append("\n#### ").append(head.getKey()).append(kind.getKey()).append('\n');
                section(kind.getValue(), mon, s);
            }
            out.append(s);
        }
    }

    /** One heading's items: a bulleted list, or one time in five a numbered one. */
    private void section(List<SyntheticPapers.Paper> papers, String mon, StringBuilder s) {
        s.append('\n');
        if (layout.nextInt(6) == 0)
            s.append("- Background reading: [a blog post on the topic](https://example.com/blog/").append(layout.nextInt(1000)).append(")\n");
        boolean numbered = layout.nextInt(5) == 0;
        for (int i = 0; i < papers.size(); i++) {
            SyntheticPapers.Paper p = papers.get(i);
            if (numbered) {
                s.append(i + 1).append(". [").append(p.title()).append("](").append(p.link()).append("), ").append(mon);
                if (p.code() != null) s.append(" [[code](").append(p.code()).append(")]");
                s.append('\n');
            } else {
                item(p, mon, s);
            }
        }
    }

    private void item(SyntheticPapers.Paper p, String mon, StringBuilder s) {
        int shape = layout.nextInt(20);
        if (shape < 12) {
            s.append("- [").append(p.title()).append("](").append(p.link()).append(") - *").append(mon).append('*');
            if (p.code() != null) s.append(" [[code](").append(p.code()).append(")]");
        } else if (shape < 15) {
            s.append("- \"").append(p.title()).append("\", *arXiv, ").append(mon).append("*, [[Paper](").append(p.link()).append(")]");
            if (p.code() != null) s.append(" [[Code](").append(p.code()).append(")]");
        } else if (shape < 17) {
            s.append("- (*arXiv'").append(mon, mon.length() - 2, mon.length()).append("*) ").append(p.title())
                    .append(" [[pdf](").append(p.link()).append(")]");
            if (p.code() != null) s.append(" [[github](").append(p.code()).append(")]");
        } else {
            s.append("- **").append(p.title()).append("**\n  - Paper: [arXiv](").append(p.link()).append(')');
            if (p.code() != null) s.append("\n  - Code: [GitHub](").append(p.code()).append(')');
        }
        s.append('\n');
    }

    private static String name(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }
}
