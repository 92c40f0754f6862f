package org.papergraph.load;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.papergraph.rdf.Vocab;

/**
 * A fingerprint of what one source's graph says of each paper (its own statements and its listings'), to tell a
 * reload which papers changed, and of each listing, to tell which listings changed. Line numbers do not count: a row moved by an edit above it is not a change; nor do
 * the labels of blank nodes (a list of authors counts by its names).
 */
final class PaperDigests {
    private PaperDigests() {}

    /** Each paper's digest (its statements and its listings'), and each listing's own (what it records of its row). */
    record Digests(Map<Node, Long> papers, Map<Node, Long> listings) {
        static final Digests NONE = new Digests(Map.of(), Map.of());
    }

    static Digests of(DatasetGraph dsg, Node graph) {
        Map<Node, Long> digests = new HashMap<>(), listings = new HashMap<>();
        forEachPaper(dsg, graph, p -> digests.put(p, 0L));
        Map<Node, Node> listingToPaper = new HashMap<>();
        forEach(dsg, graph, Node.ANY, Vocab.LISTING_OF, Node.ANY, q -> listingToPaper.put(q.getSubject(), q.getObject()));
        forEach(dsg, graph, Node.ANY, Node.ANY, Node.ANY, q -> {
            if (q.getPredicate().equals(Vocab.SOURCE_LINE)) return;
            Node paper = digests.containsKey(q.getSubject()) ? q.getSubject() : listingToPaper.get(q.getSubject());
            if (paper == null) return;
            long mixed = mix(q, dsg.getGraph(graph));
            digests.merge(paper, mixed, Long::sum); // a sum: the order of statements does not matter
            if (!paper.equals(q.getSubject())) listings.merge(q.getSubject(), mixed, Long::sum);
        });
        return new Digests(digests, listings);
    }

    static void forEachPaper(DatasetGraph dsg, Node graph, java.util.function.Consumer<Node> action) {
        forEach(dsg, graph, Node.ANY, Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE, q -> action.accept(q.getSubject()));
    }

    private static long mix(Quad q, Graph g) {
        long h = q.getSubject().hashCode() * 0x9E3779B97F4A7C15L + q.getPredicate().hashCode();
        h = h * 0xBF58476D1CE4E5B9L + (q.getObject().isBlank() ? listHash(g, q.getObject()) : q.getObject().hashCode());
        h ^= h >>> 31;
        return h * 0x94D049BB133111EBL;
    }

    /** A list (a paper's authors) by its members in order: its blank nodes are new at every conversion. */
    private static long listHash(Graph g, Node list) {
        long h = 17;
        for (Node member : GraphList.members(new GNode(g, list))) h = h * 31 + member.hashCode();
        return h;
    }

    private static void forEach(DatasetGraph dsg, Node g, Node s, Node p, Node o, java.util.function.Consumer<Quad> action) {
        var it = dsg.find(g, s, p, o);
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }
}
