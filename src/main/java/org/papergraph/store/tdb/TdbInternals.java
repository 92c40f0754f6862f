package org.papergraph.store.tdb;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The store's uses of TDB2 beyond its public API ({@code TDB2Factory}, {@code DatabaseMgr}): creating a database with
 * chosen quad indexes, releasing one, and walking its quad indexes in node ids. Checked against Jena 5.6.0; this
 * package is what a move to another Jena major version has to look at again.
 */
public final class TdbInternals {
    private TdbInternals() {}

    /** A new database at {@code location} keeping only the quad indexes named. */
    public static DatasetGraph connectCreate(Location location, String[] quadIndexes) {
        StoreParams params = StoreParamsBuilder.create().quadIndexes(quadIndexes).build();
        return DatabaseConnection.connectCreate(location, params).getDatasetGraph();
    }

    /** Releases the database and its lock: another process (or a test) may open it next. */
    public static void expel(DatasetGraph dsg) { TDBInternal.expel(dsg); }

    static NodeTupleTable quads(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
    }

    private static Optional<TupleIndex> spog(NodeTupleTable quads) {
        return Arrays.stream(quads.getTupleTable().getIndexes()).filter(i -> i.getName().equals("SPOG")).findFirst();
    }

    /**
     * What names the committed state the caller's transaction sees, within this process: the storage (compaction
     * makes new) and the number of write transactions it had committed when the transaction began.
     */
    public static Object snapshot(DatasetGraph dsg) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(dsg);
        return List.of(storage, storage.getTxnSystem().getThreadTransaction().getDataVersion());
    }

    /** Quads in the store, counted in TDB2's primary quad index without turning ids back into nodes. */
    public static long quadCount(DatasetGraph dsg) {
        return quads(dsg).getTupleTable().size();
    }

    /**
     * Distinct triples in the union of the graphs: one walk of the SPOG index in node ids, where the quads of one
     * triple lie side by side. Empty when the store has no SPOG index.
     */
    public static OptionalLong tripleCount(DatasetGraph dsg) {
        Optional<TupleIndex> spog = spog(quads(dsg));
        if (spog.isEmpty()) return OptionalLong.empty();
        long triples = 0;
        Tuple<NodeId> last = null;
        for (Iterator<Tuple<NodeId>> it = spog.get().all(); it.hasNext(); ) {
            Tuple<NodeId> q = it.next(); // in G, S, P, O order whatever the index's
            if (last == null || !q.get(1).equals(last.get(1)) || !q.get(2).equals(last.get(2)) || !q.get(3).equals(last.get(3))) triples++;
            last = q;
        }
        return OptionalLong.of(triples);
    }

    /**
     * Every triple of the union graph once, grouped by subject, in bounded memory: a walk of the SPOG quad index,
     * where the copies of a triple in several graphs lie next to each other and are dropped by their ids before any
     * node is decoded. False, and nothing done, when the store has no SPOG index. Call inside a read transaction.
     */
    public static boolean forEachUnionTriple(DatasetGraph dsg, Consumer<Triple> action) {
        NodeTupleTable quads = quads(dsg);
        Optional<TupleIndex> spog = spog(quads);
        if (spog.isEmpty()) return false;
        NodeTable nodes = quads.getNodeTable();
        Iterator<Tuple<NodeId>> it = spog.get().all();
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
        return true;
    }
}
