package org.papergraph.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Heading;

/** The section headings open at the point being read, outermost first: a new heading closes those at its level and deeper. */
final class Headings {
    private final List<org.papergraph.markdown.Heading> open = new ArrayList<>();
    private List<org.papergraph.markdown.Heading> path = List.of();
    private boolean seenAny;

    void enter(Heading h) {
        String text = CellText.of(h).text();
        int level = h.getLevel();
        while (!open.isEmpty() && open.get(open.size() - 1).level() >= level) open.remove(open.size() - 1);
        open.add(new org.papergraph.markdown.Heading(level, text, !seenAny && level == 1));
        seenAny = true;
        path = List.copyOf(open);
    }

    /** The open headings, outermost first (one shared immutable list until the next heading). */
    List<org.papergraph.markdown.Heading> path() { return path; }
}
