package org.papergraph.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.papergraph.rdf.Vocab;

/**
 * The papers a resource's citations hold: a paper, itself; a topic, its papers newest first; a source, the papers
 * its rows list, in the order the store keeps its listings. A long list comes {@link #PER_PAGE} at a time
 * ({@code ?page=N}), so a citation file, like a document, is bounded whatever the store's size.
 * Called inside a read transaction.
 */
final class CitedPapers {
    static final int PER_PAGE = Describer.MAX_INCOMING;

    /** What can be cited: the kinds of resource whose documents include citation formats. */
    enum Kind { PAPER, TOPIC, SOURCE }

    /** A page of the papers, and whether another page follows. */
    record Page(List<Node> papers, boolean more) {}

    private CitedPapers() {}

    /** The kind of a resource that can be cited; empty for any other. */
    static Optional<Kind> kind(Graph union, Node resource) {
        if (union.contains(resource, Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE)) return Optional.of(Kind.PAPER);
        if (union.contains(resource, Vocab.TYPE, Vocab.CONCEPT)) return Optional.of(Kind.TOPIC);
        if (union.contains(resource, Vocab.TYPE, Vocab.SOURCE_FILE)) return Optional.of(Kind.SOURCE);
        return Optional.empty();
    }

    /** The papers on page {@code page} (from 1) of the resource's citations. */
    static Page of(Site site, Kind kind, Node resource, int page) {
        int offset = (page - 1) * PER_PAGE;
        return switch (kind) {
            case PAPER -> new Page(page == 1 ? List.of(resource) : List.of(), false);
            case TOPIC -> {
                List<Node> papers = new ArrayList<>(site.views().papersOf(resource, offset, PER_PAGE + 1));
                boolean more = papers.size() > PER_PAGE;
                yield new Page(more ? papers.subList(0, PER_PAGE) : papers, more);
            }
            case SOURCE -> listed(site.dataset().getGraph(resource), offset);
        };
    }

    /** The papers of a page of a source's listings (its own graph's, a paper listed twice in it cited once a page). */
    private static Page listed(Graph source, int offset) {
        Set<Node> papers = new LinkedHashSet<>();
        ExtendedIterator<Triple> it = source.find(null, Vocab.LISTING_OF, null);
        try {
            for (int skipped = 0; skipped < offset && it.hasNext(); skipped++) it.next();
            for (int n = 0; n < PER_PAGE && it.hasNext(); n++) papers.add(it.next().getObject());
            return new Page(List.copyOf(papers), it.hasNext());
        } finally {
            Iter.close(it);
        }
    }
}
