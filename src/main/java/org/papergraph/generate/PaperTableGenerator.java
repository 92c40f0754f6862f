package org.papergraph.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@link SyntheticPapers} as paper tables in the seed's layout ({@code | Date | Name | Abstract | Topics |}):
 * one table per month, newest first, with a heading and prose between them; a paper's repository is written into
 * its abstract. The same bytes for the same seed.
 */
public final class PaperTableGenerator {
    private final SyntheticPapers papers;

    public PaperTableGenerator(long seed) { this.papers = new SyntheticPapers(seed); }

    public int topicCount() { return papers.topicCount(); }

    /** Writes {@code count} rows, spread over the months, as one table per month. */
    public void write(int count, Writer out) {
        try {
            out.write("# Generated paper lists\n\nA synthetic reading list in the layout of the seed, for benchmarks.\n");
            papers.generate(count, (month, rows) -> table(month, rows, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(YearMonth month, List<SyntheticPapers.Paper> rows, Writer out) throws IOException {
        String monthName = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String name = monthName + " " + month.getYear();
        out.write("\n## " + name + "\n\nThe papers of " + name + " we found worth reading, newest first.\n\n");
        out.write("| Date | Name | Abstract | Topics |\n| --- | --- | --- | --- |\n");
        StringBuilder row = new StringBuilder(2048);
        for (SyntheticPapers.Paper p : rows) {
            row.setLength(0);
            row.append("| ").append(p.day()).append(' ').append(monthName).append(' ').append(month.getYear())
                    .append(" | [").append(p.title()).append("](").append(p.link()).append(") | ").append(p.summary());
            if (p.code() != null) row.append(" Code: ").append(p.code());
            row.append(" | ");
            for (int i = 0; i < p.topics().size(); i++) row.append(i > 0 ? ", " : "").append(p.topics().get(i).label());
            row.append(" |\n");
            out.append(row);
        }
    }
}
