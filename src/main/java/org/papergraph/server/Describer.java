package org.papergraph.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.papergraph.rdf.ProjectFiles;
import org.papergraph.rdf.Vocab;

/**
 * The document of one resource, from direct index lookups in the union of the store's graphs (never a query
 * string): every triple about it, and about the blank nodes it reaches (a list of authors); the records that point
 * at it, by its {@link PageKind} (a paper's listings, a topic's papers, newest first and capped); and a label for everything it links to, so
 * a page or a client can name what it shows.
 * Called inside a read transaction.
 */
final class Describer {
    /** Incoming links kept in one document (a big topic has tens of thousands of papers; its page pages them). */
    static final int MAX_INCOMING = 1000;

    private final Site site;

    Describer(Site site) { this.site = site; }

    /** The resource's document; empty when the store says nothing about it. */
    Optional<Graph> describe(Node resource) {
        if (resource.equals(site.iris.ontologyPage())) return Optional.of(ontology());
        Graph union = site.dataset().getUnionGraph();
        Graph g = GraphFactory.createDefaultGraph();
        // The statistics are one document: its months and topic pairs are fragments of it, as the ontology's terms are.
        if (resource.equals(site.iris.statistics())) copy(site.dataset().getGraph(resource), null, null, null, g, Integer.MAX_VALUE);
        else copy(union, resource, null, null, g, Integer.MAX_VALUE);
        if (g.isEmpty()) return Optional.empty();
        // What points at it depends on what it is (the first kind of PageKind's table that matches): one lookup, not one per kind.
        PageKind.of(g, resource).incoming.add(site, union, resource, g);
        withBlankNodes(union, g);
        addLabels(union, g, resource);
        return Optional.of(g);
    }

    /** What the blank nodes the document reaches say (a paper's list of authors), as a concise bounded description does. */
    private static void withBlankNodes(Graph union, Graph g) {
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>();
        Set<Node> seen = new java.util.HashSet<>();
        g.find().forEachRemaining(t -> { if (t.getObject().isBlank()) todo.add(t.getObject()); });
        while (!todo.isEmpty() && seen.size() < MAX_INCOMING) {
            Node b = todo.pop();
            if (!seen.add(b)) continue;
            ExtendedIterator<Triple> it = union.find(b, null, null);
            try {
                it.forEachRemaining(t -> {
                    g.add(t);
                    if (t.getObject().isBlank()) todo.add(t.getObject());
                });
            } finally {
                Iter.close(it);
            }
        }
    }

    /** Whether the store (or the ontology) says anything about the resource: one index probe. */
    boolean exists(Node resource) {
        if (resource.equals(site.iris.ontologyPage())) return true;
        ExtendedIterator<Triple> it = site.dataset().getUnionGraph().find(resource, null, null);
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    /** The site's copy of the ontology: a document at {@code {base}ontology} about the ontology in its fixed namespace. */
    private Graph ontology() {
        Graph g = ProjectFiles.ontology();
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        out.add(Triple.create(site.iris.ontologyPage(), Vocab.PRIMARY_TOPIC, NodeFactory.createURI(Vocab.PG_ONTOLOGY)));
        return out;
    }

    /** A title or label for each other local resource the document mentions (not classes), and a source's path. */
    private void addLabels(Graph union, Graph g, Node resource) {
        Set<Node> labels = Set.of(Vocab.TITLE, Vocab.PREF_LABEL, Vocab.CODE_REPOSITORY, Vocab.PATH);
        Set<Node> mentioned = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            if (!t.getSubject().equals(resource)) mentioned.add(t.getSubject());
            if (!t.getPredicate().equals(Vocab.TYPE) && site.isLocal(t.getObject())) mentioned.add(t.getObject());
        });
        mentioned.remove(resource);
        for (Node n : mentioned) {
            if (!site.isLocal(n) || g.contains(n, Vocab.TITLE, Node.ANY) || g.contains(n, Vocab.PREF_LABEL, Node.ANY)) continue;
            ExtendedIterator<Triple> it = union.find(n, null, null);
            try {
                it.forEachRemaining(t -> {
                    if (labels.contains(t.getPredicate()) && !g.contains(n, t.getPredicate(), Node.ANY)) g.add(t);
                });
            } finally {
                Iter.close(it);
            }
        }
    }

    Graph withPrefixes(Graph g) {
        g.getPrefixMapping().setNsPrefixes(site.prefixes);
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

    static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(s, p, null);
        try {
            it.forEachRemaining(t -> out.add(t.getObject()));
        } finally {
            Iter.close(it);
        }
        return out;
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
