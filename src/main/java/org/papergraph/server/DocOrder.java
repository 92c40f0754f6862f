package org.papergraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.rdf.Iris;

/**
 * A document's triples made independent of the store they came from: the store gives them in the order of its node
 * ids, which follows the order the sources were loaded in, and its blank nodes have labels of their own. Here each
 * blank node is labelled by what it says (a list of authors by its members), and the triples go into a new graph in
 * sorted order, so Jena writes the same bytes for the same statements in every replica.
 */
final class DocOrder {
    /** Deeper than any list of authors; a cycle of blank nodes stops here. */
    private static final int DEPTH = 1_000;

    private final Graph from;
    private final Map<Node, String> keys = new HashMap<>();

    private DocOrder(Graph from) { this.from = from; }

    static Graph of(Graph g) {
        DocOrder order = new DocOrder(g);
        List<Triple> triples = new ArrayList<>();
        g.find().forEachRemaining(triples::add);
        triples.sort(Comparator.comparing((Triple t) -> order.key(t.getSubject())).thenComparing(t -> t.getPredicate().getURI())
                .thenComparing(t -> order.key(t.getObject())));
        // Alike blank nodes (the same list of authors from two sources) are numbered: they are interchangeable.
        Map<String, Integer> alike = new HashMap<>();
        Map<Node, Node> labelled = new HashMap<>();
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        for (Triple t : triples)
            out.add(Triple.create(order.label(t.getSubject(), labelled, alike), t.getPredicate(), order.label(t.getObject(), labelled, alike)));
        return out;
    }

    private Node label(Node n, Map<Node, Node> labelled, Map<String, Integer> alike) {
        if (!n.isBlank()) return n;
        return labelled.computeIfAbsent(n, b -> NodeFactory.createBlankNode("b" + key(b).substring(2) + "n" + alike.merge(key(b), 1, Integer::sum)));
    }

    /** A node's sort key: an IRI or literal as written; a blank node, {@code _:} and a hash of what it says, in order. */
    private String key(Node n) { return key(n, 0); }

    private String key(Node n, int depth) {
        if (!n.isBlank()) return keys.computeIfAbsent(n, Node::toString); // once per node, not per comparison
        String known = keys.get(n);
        if (known != null) return known;
        if (depth > DEPTH) return "_:";
        List<String> said = new ArrayList<>();
        from.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> said.add(t.getPredicate().getURI() + " " + key(t.getObject(), depth + 1)));
        said.sort(null);
        String key = "_:" + Iris.hash(String.join("\n", said), 16);
        keys.put(n, key);
        return key;
    }
}
