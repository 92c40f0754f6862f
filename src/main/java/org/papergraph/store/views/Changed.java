package org.papergraph.store.views;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * What loads changed since views were made: the sources written or dropped, and the papers those sources listed
 * before or after. Everything derived of a paper follows from its facts across every graph, so re-reading just these
 * papers (and, for what is new, these sources' listings) brings views up to date.
 */
public record Changed(Set<Node> sources, Set<Node> papers) {
    public static final Changed NOTHING = new Changed(Set.of(), Set.of());

    public Changed {
        sources = Set.copyOf(sources);
        papers = Set.copyOf(papers);
    }

    public boolean isEmpty() { return sources.isEmpty() && papers.isEmpty(); }

    /** This and then {@code more}. */
    public Changed and(Changed more) {
        if (isEmpty()) return more;
        if (more.isEmpty()) return this;
        Set<Node> s = new HashSet<>(sources), p = new HashSet<>(papers);
        s.addAll(more.sources);
        p.addAll(more.papers);
        return new Changed(s, p);
    }
}
