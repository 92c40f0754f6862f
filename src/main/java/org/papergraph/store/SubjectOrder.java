package org.papergraph.store;

import java.util.function.Consumer;

import org.apache.jena.graph.Triple;
import org.papergraph.store.tdb.TdbInternals;

/**
 * Every triple of the union graph once, grouped by subject, in bounded memory: a walk of TDB2's SPOG quad index,
 * where the copies of a triple in several graphs lie next to each other and are dropped by their ids before any
 * node is decoded ({@link TdbInternals#forEachUnionTriple}). (TDB2's own union-graph iterator removes duplicates with
 * a set of everything it has seen, which does not fit in a small heap.) Call inside a read transaction.
 */
public final class SubjectOrder {
    private SubjectOrder() {}

    public static void forEachTriple(Store store, Consumer<Triple> action) {
        if (!TdbInternals.forEachUnionTriple(store.dataset(), action))
            throw new StoreException("store " + store.dir() + " has no SPOG index");
    }
}
