package org.papergraph.store;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.rdf.Iris;
import org.papergraph.store.tdb.TdbInternals;
import org.papergraph.store.tdb.TripleDelta;

import static org.papergraph.rdf.Vocab.TRIPLES;

/**
 * The number of distinct triples in the union of the store's graphs (SPARQL's default graph; what the VoID
 * description and the home page show), kept in the store by every write transaction in that transaction: the catalog
 * graph states {@code <{base}.well-known/void#dataset> void:triples n}. So a reader sees the count of the snapshot
 * it reads, a store loaded and then served is never walked to count it, and every copy of the store (snapshot,
 * restore, compact, export) carries it. The statement is itself a triple of the union, counted in {@code n} (no
 * source states the dataset's size: only this class writes it).
 * <p>
 * A write moves the count by what each quad changes in the union, looked up as it is written ({@link TripleDelta}),
 * at the cost of the write rather than of the store. A write changing more quads than a quarter of the triples (one
 * walk of the SPOG index costs less than as many lookups), or one to a store that keeps no count yet (made by an
 * older papergraph, or written around {@link Store#executeWrite}), counts by a walk at the end of its transaction.
 */
final class UnionCount {
    /** Changes checked one by one at most, as a share of the triples: past it, one walk costs less. */
    private static final int WALK_SHARE = 4;

    private record Walked(Object snapshot, long triples) {}

    private final DatasetGraph dsg;
    private final Node graph, dataset;
    private volatile Walked walked; // a store keeping no count, walked once for the snapshot readers share
    private final AtomicLong walks = new AtomicLong(); // how many times the union was walked, for the tests

    UnionCount(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.graph = iris.sourceCatalog();
        this.dataset = iris.dataset();
        TripleDelta.on(dsg); // from the start: a write around the store's own is noticed
    }

    /** The count the store keeps, when it keeps one that holds. Inside the caller's transaction. */
    OptionalLong kept() {
        Optional<TripleDelta> counter = TripleDelta.on(dsg);
        if (counter.isEmpty() || counter.get().uncounted()) return OptionalLong.empty();
        var it = dsg.find(graph, dataset, TRIPLES, Node.ANY);
        try {
            return it.hasNext() ? OptionalLong.of(Long.parseLong(it.next().getObject().getLiteralLexicalForm())) : OptionalLong.empty();
        } finally {
            Iter.close(it);
        }
    }

    /** The count: the one kept, else a walk (once for the snapshot, when read). Inside the caller's transaction. */
    long count() {
        OptionalLong kept = kept();
        if (kept.isPresent()) return kept.getAsLong();
        if (dsg.transactionMode() != ReadWrite.READ) return walk();
        Object snapshot = TdbInternals.snapshot(dsg);
        Walked w = walked;
        if (w == null || !w.snapshot().equals(snapshot)) walked = w = new Walked(snapshot, walk());
        return w.triples();
    }

    /**
     * Runs {@code action} inside the caller's write transaction, then keeps the count as the action left the union:
     * the count before moved by the action's changes, or a walk.
     */
    <T> T follow(Supplier<T> action) {
        Optional<TripleDelta> counter = TripleDelta.on(dsg);
        if (counter.isEmpty()) return action.get(); // a store with no SPOG index: nothing kept, every count a walk
        TripleDelta delta = counter.get();
        if (delta.counting()) return action.get(); // inside a write already counting
        OptionalLong before = kept();
        delta.begin(before.isPresent() ? before.getAsLong() / WALK_SHARE : -1);
        try {
            T result = action.get();
            dsg.deleteAny(graph, dataset, TRIPLES, Node.ANY);
            OptionalLong moved = delta.delta();
            long without = moved.isPresent() ? before.getAsLong() + moved.getAsLong() : walk();
            dsg.add(graph, dataset, TRIPLES, NodeFactory.createLiteralDT(Long.toString(without + 1), XSDDatatype.XSDinteger));
            if (moved.isEmpty()) delta.recounted();
            return result;
        } finally {
            delta.end();
        }
    }

    /** How many times this store's union was walked to count it. */
    long walks() { return walks.get(); }

    private long walk() {
        walks.incrementAndGet();
        return TdbInternals.tripleCount(dsg).orElseThrow(() -> new StoreException("the store has no SPOG index"));
    }
}
