package org.papergraph.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.store.tdb.QuadWriter;

import static org.papergraph.rdf.Vocab.*;

/**
 * The history graph ({@code {base}history}): when each listing was added ({@code dcterms:created}) and last changed
 * ({@code dcterms:modified}), at the time of the source's version that brought the change (see
 * {@code load.SourceVersion}: its commit's or its file's time, never the load's clock), and when each paper was first
 * listed ({@code pg:firstListed}): the earliest addition among its listings. A source's graph is replaced at each load;
 * this graph is not: each load of a source brings it up to date inside the source's own write transaction, so a
 * failed load leaves nothing here either.
 * <p>
 * A listing's times follow its own source's versions alone, and a paper's follow its listings', so stores that saw the
 * same versions of each source agree, whatever order the sources were loaded in, in one reload or several.
 * It holds only what the store holds: a listing gone from its source, and a paper no source lists any more, leave it
 * with their times. Listed again later, they are new again, at that version's time.
 */
public final class History {
    private final DatasetGraph dsg;
    private final Node graph;

    public History(Store store) {
        this.dsg = store.dataset();
        this.graph = store.iris().history();
    }

    /**
     * Records one source as just written, at {@code when}, its version's time. {@code papers} and {@code listings} are
     * what its graph now states; {@code before} and {@code after} each listing's digest in its graph before and after
     * (empty for a new source): a listing not seen before is added then, one whose digest differs changed then, any
     * other keeps its times; a listing of {@code before} gone from {@code listings} is forgotten. The papers
     * {@code touched} (listed before or now) get their first listing's time again, or none when no source lists them.
     * Inside the caller's write transaction.
     */
    public void record(Set<Node> papers, Set<Node> listings, Map<Node, Long> before, Map<Node, Long> after,
                       Collection<Node> touched, Instant when) {
        Node now = time(when);
        boolean empty = isEmpty();
        List<Quad> add = new ArrayList<>();
        if (empty) for (Node p : papers) add.add(Quad.create(graph, p, FIRST_LISTED, now)); // no other listing to be earlier
        for (Node l : listings) {
            if (empty || !has(l, CREATED)) {
                add.add(Quad.create(graph, l, CREATED, now));
                add.add(Quad.create(graph, l, MODIFIED, now));
            } else if (!before.containsKey(l) || !Objects.equals(before.get(l), after.get(l))) {
                dsg.deleteAny(graph, l, MODIFIED, Node.ANY);
                add.add(Quad.create(graph, l, MODIFIED, now));
            }
        }
        for (Node l : before.keySet()) if (!listings.contains(l)) forgetListing(l);
        try (QuadWriter writer = new QuadWriter(dsg)) {
            add.forEach(writer::quad);
            writer.finish();
        }
        if (!empty) firstListed(touched);
    }

    /**
     * Forgets a dropped source's listings; its {@code papers} get their first listing's time among the other sources,
     * or none. Inside the caller's write transaction, after the source's graph is gone.
     */
    public void forget(Collection<Node> listings, Collection<Node> papers) {
        listings.forEach(this::forgetListing);
        firstListed(papers);
    }

    /** Each paper's {@code pg:firstListed}: the earliest {@code dcterms:created} of its listings in any source. */
    private void firstListed(Collection<Node> papers) {
        for (Node p : papers) {
            Node first = null;
            var it = dsg.find(Node.ANY, Node.ANY, LISTING_OF, p);
            try {
                while (it.hasNext()) {
                    Node created = object(it.next().getSubject(), CREATED);
                    if (created != null && (first == null || earlier(created, first))) first = created;
                }
            } finally {
                Iter.close(it);
            }
            Node had = object(p, FIRST_LISTED);
            if (Objects.equals(had, first)) continue;
            dsg.deleteAny(graph, p, FIRST_LISTED, Node.ANY);
            if (first != null) dsg.add(graph, p, FIRST_LISTED, first);
        }
    }

    private static boolean earlier(Node a, Node b) {
        return Instant.parse(a.getLiteralLexicalForm()).isBefore(Instant.parse(b.getLiteralLexicalForm()));
    }

    private void forgetListing(Node listing) {
        dsg.deleteAny(graph, listing, CREATED, Node.ANY);
        dsg.deleteAny(graph, listing, MODIFIED, Node.ANY);
    }

    private boolean isEmpty() {
        var it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        try {
            return !it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    private boolean has(Node s, Node p) { return object(s, p) != null; }

    private Node object(Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }

    static Node time(Instant when) { return NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime); }
}
