package org.papergraph.store.tdb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Quads into a TDB2 store inside the caller's write transaction, each quad index written on a thread of its own.
 * The caller's thread turns nodes into node ids (the node table is TDB2's, shared); every quad index is a B+tree of
 * its own, which a writer thread enters with the caller's transaction state for that tree, so the one transaction
 * still commits or aborts them all. {@link #finish()} waits until every index holds every quad; {@link #close()}
 * stops the writers whatever happened, before the caller commits or aborts. Uses TDB2's quad table and its
 * B+trees' transaction state directly. Checked against Jena 5.6.0.
 */
public final class QuadWriter extends StreamRDFBase implements AutoCloseable {
    private static final int BATCH = 4096;
    private static final List<Tuple<NodeId>> END = List.of();

    private final DatasetGraph dsg;
    private final NodeTable nodes;
    private final List<Writer> writers = new ArrayList<>();
    private List<Tuple<NodeId>> batch = new ArrayList<>(BATCH);
    private boolean stopped, failureThrown;

    public QuadWriter(DatasetGraph dsg) {
        this.dsg = dsg;
        NodeTupleTable table = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        this.nodes = table.getNodeTable();
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            // the B+tree under any wrapper (a TripleDelta on SPOG), written through the wrapper
            if (!(index.baseTupleIndex() instanceof TupleIndexRecord record)
                    || !(record.getRangeIndex() instanceof TransactionalComponentLifecycle<?> tree)) {
                writers.clear(); // not TDB2 5.6's shape: every quad through the dataset, on this thread
                break;
            }
            writers.add(new Writer(index, tree));
        }
        writers.forEach(Thread::start);
    }

    @Override
    public void quad(Quad quad) {
        if (stopped) throw new IllegalStateException("a quad given after the index writers stopped");
        if (quad.isDefaultGraph() || writers.isEmpty()) {
            dsg.add(quad);
            return;
        }
        batch.add(TupleFactory.create4(nodes.getAllocateNodeId(quad.getGraph()), nodes.getAllocateNodeId(quad.getSubject()),
                nodes.getAllocateNodeId(quad.getPredicate()), nodes.getAllocateNodeId(quad.getObject())));
        if (batch.size() == BATCH) send();
    }

    /** Waits until every index holds every quad given; a writer's failure is thrown here. */
    @Override
    public void finish() {
        if (!stopped) send();
        stop();
    }

    @Override
    public void close() { stop(); }

    private void send() {
        if (batch.isEmpty()) return;
        throwFailure(); // a writer failed: stop converting now
        for (Writer w : writers) w.give(batch);
        batch = new ArrayList<>(BATCH);
    }

    private void stop() {
        if (!stopped) {
            stopped = true;
            for (Writer w : writers) w.give(END);
            for (Writer w : writers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the indexes");
                }
            }
        }
        throwFailure();
    }

    /** A writer's failure, thrown once: {@link #close()} after a failed {@link #finish()} adds nothing to it. */
    private void throwFailure() {
        if (failureThrown) return;
        for (Writer w : writers) {
            if (w.failure != null) {
                failureThrown = true;
                if (w.failure instanceof Error e) throw e;
                throw (RuntimeException) w.failure;
            }
        }
    }

    /** One quad index's writer: its B+tree entered with the caller's transaction state for it. */
    private final class Writer extends Thread {
        private final TupleIndex index;
        private final TransactionalComponentLifecycle<?> tree;
        private final ComponentState<?> callers;
        private final BlockingQueue<List<Tuple<NodeId>>> queue = new ArrayBlockingQueue<>(64);
        private volatile Throwable failure; // a RuntimeException or an Error, never lost with its thread

        Writer(TupleIndex index, TransactionalComponentLifecycle<?> tree) {
            super("papergraph-index-" + index.getName());
            setDaemon(true);
            this.index = index;
            this.tree = tree;
            this.callers = tree.getComponentState();
        }

        void give(List<Tuple<NodeId>> tuples) {
            try {
                while (failure == null && !queue.offer(tuples, 100, TimeUnit.MILLISECONDS))
                    if (!isAlive()) return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the indexes");
            }
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void run() {
            ComponentState own = tree.getComponentState();
            ((TransactionalComponentLifecycle) tree).setComponentState(callers);
            try {
                for (List<Tuple<NodeId>> tuples = queue.take(); tuples != END; tuples = queue.take())
                    for (Tuple<NodeId> t : tuples) index.add(t);
            } catch (InterruptedException e) {
                failure = new IllegalStateException("interrupted while writing index " + index.getName());
            } catch (RuntimeException | Error e) { // an Error too: a full memory-mapped file faults as InternalError
                failure = e;
                queue.clear();
            } finally {
                ((TransactionalComponentLifecycle) tree).setComponentState(own);
            }
        }
    }
}
