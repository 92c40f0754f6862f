package org.papergraph.bench;

import java.util.Locale;

/**
 * One line of the results: papergraph against the stock tool on the same data, as medians over alternated runs,
 * held against a goal on their ratio. Goals are set at 100,000 papers: smaller sizes show the ratio without a
 * verdict (JVM start-up weighs on both sides there). A part whose feature has not landed has a note and no numbers.
 */
record Figure(String part, int papers, String ours, String stock, double oursSeconds, double stockSeconds,
              long oursPeakKiB, long stockPeakKiB, int runs, double goalRatio, String note) {

    static Figure skipped(String part, int papers, String note) {
        return new Figure(part, papers, "", "", Double.NaN, Double.NaN, 0, 0, 0, Double.NaN, note);
    }

    boolean measured() { return !Double.isNaN(oursSeconds); }

    double ratio() { return oursSeconds / stockSeconds; }

    static final int GOAL_SIZE = 100_000;

    boolean meetsGoal() { return ratio() <= goalRatio; }

    private String verdict() {
        if (papers < GOAL_SIZE) return "(set at 100K)";
        return meetsGoal() ? "✓" : "✗ missed";
    }

    String row() {
        if (!measured()) return String.format(Locale.ROOT, "| %s | %,d | — | — | — | — | %s |", part, papers, note);
        return String.format(Locale.ROOT, "| %s | %,d | %.2f s, %,d MiB | %.2f s, %,d MiB | **%.2f×** | ≤ %.1f× %s | %d runs%s |",
                part, papers, oursSeconds, oursPeakKiB / 1024, stockSeconds, stockPeakKiB / 1024, ratio(), goalRatio,
                verdict(), runs, note.isEmpty() ? "" : "; " + note);
    }

    static String header() {
        return "| part | papers | papergraph (median, peak RSS) | stock Jena (median, peak RSS) | ratio | goal | notes |\n"
                + "|---|---:|---|---|---:|---|---|";
    }
}
