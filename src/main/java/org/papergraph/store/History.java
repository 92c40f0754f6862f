package org.papergraph.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The history graph ({@code {base}history}): when each paper first entered the store ({@code pg:firstListed}), and
 * when each listing was added ({@code dcterms:created}) and last changed ({@code dcterms:modified}), as the loads
 * saw them, never from the Markdown. A source's graph is replaced at each load; this graph is not: each load of a
 * source brings it up to date inside the source's own write transaction, so a failed load leaves nothing here either.
 * <p>
 * It holds only what the store holds: a listing gone from its source, and a paper no source lists any more, leave it
 * with their times. Listed again later, they are new again, at that load's time.
 */
public final class History {
    private final DatasetGraph dsg;
    private final Node graph;

    public History(Store store) {
        this.dsg = store.dataset();
        this.graph = store.iris().history();
    }

    /** A load's time: to the millisecond, so that loads in one second still come in order. */
    public static Instant now() { return Instant.now().truncatedTo(ChronoUnit.MILLIS); }

    /**
     * Records one source as just written. {@code papers} and {@code listings} are what its graph now states;
     * {@code before} and {@code after} each listing's digest in its graph before and after (empty for a new source):
     * a listing not seen before is added now, one whose digest differs changed now, any other keeps its times;
     * a listing of {@code before} gone from {@code listings} is forgotten, and so are the papers {@code gone}.
     * Inside the caller's write transaction.
     */
    public void record(Set<Node> papers, Set<Node> listings, Map<Node, Long> before, Map<Node, Long> after,
                       Collection<Node> gone, Instant when) {
        Node now = time(when);
        boolean empty = isEmpty();
        List<Quad> add = new ArrayList<>();
        for (Node p : papers)
            if (empty || !has(p, FIRST_LISTED)) add.add(Quad.create(graph, p, FIRST_LISTED, now));
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
        for (Node p : gone) dsg.deleteAny(graph, p, FIRST_LISTED, Node.ANY);
        try (QuadWriter writer = new QuadWriter(dsg)) {
            add.forEach(writer::quad);
            writer.finish();
        }
    }

    /** Forgets a dropped source's listings, and the papers no other source lists. Inside the caller's write transaction. */
    public void forget(Collection<Node> listings, Collection<Node> gone) {
        listings.forEach(this::forgetListing);
        for (Node p : gone) dsg.deleteAny(graph, p, FIRST_LISTED, Node.ANY);
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

    private boolean has(Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    static Node time(Instant when) { return NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime); }
}
