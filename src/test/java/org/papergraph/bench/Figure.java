package org.papergraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the results: papergraph against the stock tool on the same data, held against a goal. Times are medians
 * over alternated runs (lower is better); throughputs are requests a second of one measured wrk run (higher is
 * better). The ratio is always papergraph / stock. Goals are set at 100,000 papers: smaller sizes show the numbers
 * without a verdict (JVM start-up weighs on both sides there). A part whose feature has not landed has a note and no
 * numbers.
 */
record Figure(String part, int papers, Unit unit, Side ours, Side stock, int runs, Goal goal, String note) {

    /** What the two sides' values are. */
    enum Unit {
        SECONDS("%.2f s", "Seconds"), MILLISECONDS("%.1f ms", "Milliseconds"), REQUESTS_PER_SECOND("%,.0f req/s", "RequestsPerSecond");

        private final String format;
        /** The JSON keys are papergraph + this and stock + this. */
        final String jsonSuffix;

        Unit(String format, String jsonSuffix) {
            this.format = format;
            this.jsonSuffix = jsonSuffix;
        }

        boolean higherIsBetter() { return this == REQUESTS_PER_SECOND; }

        String format(double value) { return String.format(Locale.ROOT, format, value); }
    }

    /**
     * One side: the command shown for it, its value, its peak resident memory (0: not measured) and its p99 latency
     * in milliseconds (NaN: none).
     */
    record Side(String command, double value, long peakKiB, double p99Ms) {
        static Side timed(String command, double seconds, long peakKiB) {
            return new Side(command, seconds, peakKiB, Double.NaN);
        }

        String cell(Unit unit) {
            StringBuilder s = new StringBuilder(unit.format(value));
            if (!Double.isNaN(p99Ms)) s.append(String.format(Locale.ROOT, ", p99 %.1f ms", p99Ms));
            if (peakKiB > 0) s.append(String.format(Locale.ROOT, ", %,d MiB", peakKiB / 1024));
            return s.toString();
        }
    }

    /**
     * What the part aims for, NaN where it has no such aim: a ratio (at most for times, at least for throughputs),
     * papergraph's p99 latency at most, papergraph's own value at most (in the figure's unit).
     */
    record Goal(double ratio, double p99Ms, double atMost) {
        static final Goal NONE = new Goal(Double.NaN, Double.NaN, Double.NaN);

        static Goal ratio(double ratio) { return new Goal(ratio, Double.NaN, Double.NaN); }
    }

    static Figure skipped(String part, int papers, String note) {
        return new Figure(part, papers, Unit.SECONDS, null, null, 0, Goal.NONE, note);
    }

    boolean measured() { return ours != null; }

    double ratio() { return ours.value() / stock.value(); }

    static final int GOAL_SIZE = 100_000;

    /** The goals missed, by name; empty when all are met. */
    List<String> missed() {
        List<String> missed = new ArrayList<>();
        double r = goal.ratio();
        if (!Double.isNaN(r) && (unit.higherIsBetter() ? ratio() < r : ratio() > r)) missed.add("ratio");
        if (!Double.isNaN(goal.p99Ms()) && !(ours.p99Ms() <= goal.p99Ms())) missed.add("p99");
        if (!Double.isNaN(goal.atMost()) && ours.value() > goal.atMost()) missed.add("time");
        return missed;
    }

    boolean meetsGoal() { return missed().isEmpty(); }

    private String goalText() {
        List<String> parts = new ArrayList<>();
        if (!Double.isNaN(goal.ratio()))
            parts.add(String.format(Locale.ROOT, "%s %.1f×", unit.higherIsBetter() ? "≥" : "≤", goal.ratio()));
        if (!Double.isNaN(goal.p99Ms())) parts.add(String.format(Locale.ROOT, "p99 ≤ %.0f ms", goal.p99Ms()));
        if (!Double.isNaN(goal.atMost())) parts.add("≤ " + unit.format(goal.atMost()).replaceFirst("\\.0+ ", " "));
        return String.join(", ", parts);
    }

    private String verdict() {
        if (goalText().isEmpty()) return "";
        if (papers < GOAL_SIZE) return "(set at 100K)";
        List<String> missed = missed();
        if (missed.isEmpty()) return "✓";
        int goals = goalText().split(", ").length;
        return goals == 1 ? "✗ missed" : "✗ missed (" + String.join(", ", missed) + ")";
    }

    String row() {
        if (!measured()) return String.format(Locale.ROOT, "| %s | %,d | — | — | — | — | %s |", part, papers, note);
        String goal = goalText().isEmpty() ? "—" : goalText() + " " + verdict();
        return String.format(Locale.ROOT, "| %s | %,d | %s | %s | **%.2f×** | %s | %s%s |", part, papers,
                ours.cell(unit), stock.cell(unit), ratio(), goal, runs == 1 ? "1 run" : runs + " runs",
                note.isEmpty() ? "" : "; " + note);
    }

    static String header() {
        return "| part | papers | papergraph (median, peak RSS) | stock Jena (median, peak RSS) | ratio | goal | notes |\n"
                + "|---|---:|---|---|---:|---|---|";
    }
}
