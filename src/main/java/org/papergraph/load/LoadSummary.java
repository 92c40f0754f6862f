package org.papergraph.load;

import java.util.ArrayList;
import java.util.List;

/** What a load changed, said in one line: {@code 2 sources: 1 unchanged, 1 updated (+3 papers, −1 paper, 2 changed)}. */
public final class LoadSummary {
    int added, updated, unchanged, dropped, failed;
    int papersAdded, papersRemoved, papersChanged;
    boolean statisticsUpdated;

    public int failed() { return failed; }

    public int changedSources() { return added + updated + dropped; }

    /** Whether the statistics were brought up to date by what changed only, rather than counted again. */
    public boolean statisticsUpdated() { return statisticsUpdated; }

    @Override
    public String toString() {
        int sources = added + updated + unchanged + dropped + failed;
        List<String> parts = new ArrayList<>();
        if (added > 0) parts.add(added + " new");
        if (updated > 0) parts.add(updated + " updated");
        if (unchanged > 0 || parts.isEmpty()) parts.add(unchanged + " unchanged");
        if (dropped > 0) parts.add(dropped + " dropped");
        if (failed > 0) parts.add(failed + " failed");
        StringBuilder s = new StringBuilder(plural(sources, "source")).append(": ").append(String.join(", ", parts));
        List<String> papers = new ArrayList<>();
        if (papersAdded > 0) papers.add("+" + plural(papersAdded, "paper"));
        if (papersRemoved > 0) papers.add("\u2212" + plural(papersRemoved, "paper"));
        if (papersChanged > 0) papers.add(papersChanged + " changed");
        if (!papers.isEmpty()) s.append(" (").append(String.join(", ", papers)).append(')');
        return s.toString();
    }

    private static String plural(int n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }
}
