package org.papergraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.papergraph.rdf.Prefixes;
import org.papergraph.rdf.ProjectFiles;
import org.papergraph.rdf.Vocab;

/**
 * The document of one resource, from direct index lookups in the union of the store's graphs (never a query
 * string): every triple about it; the records that point at it (a paper's listings, a topic's papers, newest
 * first and capped); and a label for everything it links to, so a page or a client can name what it shows.
 * Called inside a read transaction.
 */
final class Describer {
    /** Incoming links kept in one document (a big topic has tens of thousands of papers; its page pages them). */
    static final int MAX_INCOMING = 1000;

    private final Site site;

    Describer(Site site) { this.site = site; }

    /** The resource's document; empty when the store says nothing about it. */
    Optional<Graph> describe(Node resource) {
        if (resource.getURI().equals(site.iris.base() + "ontology")) return Optional.of(ontology());
        Graph union = site.dataset().getUnionGraph();
        Graph g = GraphFactory.createDefaultGraph();
        copy(union, resource, null, null, g, Integer.MAX_VALUE);
        if (g.isEmpty()) return Optional.empty();
        for (Node listing : subjects(union, site.pg.listingOf, resource)) copy(union, listing, null, null, g, Integer.MAX_VALUE);
        if (g.contains(resource, Vocab.TYPE, Vocab.CONCEPT)) {
            for (Node paper : site.index().papersOf(resource, 0, MAX_INCOMING)) g.add(Triple.create(paper, Vocab.SUBJECT, resource));
        } else {
            copy(union, null, Vocab.IN_SCHEME, resource, g, MAX_INCOMING);
            copy(union, null, site.pg.hasCode, resource, g, MAX_INCOMING);
            copy(union, null, Vocab.WAS_DERIVED_FROM, resource, g, MAX_INCOMING);
        }
        addLabels(union, g, resource);
        return Optional.of(g);
    }

    /** Whether the store (or the ontology) says anything about the resource: one index probe. */
    boolean exists(Node resource) {
        if (resource.getURI().equals(site.iris.base() + "ontology")) return true;
        ExtendedIterator<Triple> it = site.dataset().getUnionGraph().find(resource, null, null);
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    private Graph ontology() {
        Graph g = ProjectFiles.ontology(site.iris);
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static final Node[] LABELS = {Vocab.TITLE, Vocab.PREF_LABEL, Vocab.CODE_REPOSITORY, Vocab.DATE};

    /** A title or label for each other local resource the document mentions, and a source's path. */
    private void addLabels(Graph union, Graph g, Node resource) {
        List<Node> mentioned = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            if (!t.getSubject().equals(resource)) mentioned.add(t.getSubject());
            if (site.isLocal(t.getObject()) && !t.getObject().equals(resource)) mentioned.add(t.getObject());
        });
        for (Node n : mentioned.stream().distinct().toList()) {
            if (!site.isLocal(n) || g.contains(n, Vocab.TITLE, Node.ANY) || g.contains(n, Vocab.PREF_LABEL, Node.ANY)) continue;
            for (Node p : LABELS) copy(union, n, p, null, g, 1);
            copy(union, n, site.pg.path, null, g, 1);
        }
    }

    Graph withPrefixes(Graph g) {
        Prefixes.ordered(site.iris).forEach(g.getPrefixMapping()::setNsPrefix);
        return g;
    }

    static void copy(Graph from, Node s, Node p, Node o, Graph to, int limit) {
        ExtendedIterator<Triple> it = from.find(s, p, o);
        try {
            for (int n = 0; n < limit && it.hasNext(); n++) to.add(it.next());
        } finally {
            Iter.close(it);
        }
    }

    static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(null, p, o);
        try {
            it.forEachRemaining(t -> out.add(t.getSubject()));
        } finally {
            Iter.close(it);
        }
        return out;
    }

    static Optional<Node> first(Graph g, Node s, Node p) {
        ExtendedIterator<Triple> it = g.find(s, p, null);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            Iter.close(it);
        }
    }
}
