package org.papergraph.store;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Every triple of the union graph once, grouped by subject, in bounded memory: a walk of TDB2's SPOG quad index,
 * where the copies of a triple in several graphs lie next to each other and are dropped by their ids before any
 * node is decoded. (TDB2's own union-graph iterator removes duplicates with a set of everything it has seen, which
 * does not fit in a small heap.) Call inside a read transaction.
 */
public final class SubjectOrder {
    private SubjectOrder() {}

    public static void forEachTriple(Store store, Consumer<Triple> action) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(store.dataset()).getQuadTable().getNodeTupleTable();
        TupleIndex spog = Arrays.stream(quads.getTupleTable().getIndexes()).filter(i -> i.getName().equals("SPOG")).findFirst()
                .orElseThrow(() -> new StoreException("store " + store.dir() + " has no SPOG index"));
        NodeTable nodes = quads.getNodeTable();
        Iterator<Tuple<NodeId>> it = spog.all();
        try {
            NodeId s0 = null, p0 = null, o0 = null;
            Node s = null, p = null;
            while (it.hasNext()) {
                Tuple<NodeId> q = it.next();   // in the table's own order: graph, subject, predicate, object
                NodeId si = q.get(1), pi = q.get(2), oi = q.get(3);
                if (si.equals(s0) && pi.equals(p0) && oi.equals(o0)) continue;
                if (!si.equals(s0)) s = nodes.getNodeForNodeId(si);
                if (!si.equals(s0) || !pi.equals(p0)) p = nodes.getNodeForNodeId(pi);
                s0 = si;
                p0 = pi;
                o0 = oi;
                action.accept(Triple.create(s, p, nodes.getNodeForNodeId(oi)));
            }
        } finally {
            Iter.close(it);
        }
    }
}
