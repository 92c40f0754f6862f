package org.papergraph.store.tdb;

import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;

/**
 * How much a write transaction moves the number of distinct triples in the union of a store's graphs, seen where
 * every quad added or deleted passes whoever writes it: TDB2's SPOG index, which this wraps in the quad table
 * ({@code TupleTable.setTupleIndex}). {@code dsg.add}, {@code delete} and {@code deleteAny} reach it on the caller's
 * thread, a {@link QuadWriter} on the thread that owns SPOG; either way the check reads SPOG on the thread writing it.
 * <p>
 * A quad added raises the count by one when no graph held its triple; a quad deleted lowers it by one when its graph
 * was the only one holding it. One lookup in SPOG with the subject, predicate and object bound tells both, before the
 * index changes. Past a limit of changes in one transaction they are only counted, not checked: the caller counts by
 * a walk instead ({@link TdbInternals#tripleCount}).
 * <p>
 * One transaction writes at a time (TDB2's single writer), and a {@link QuadWriter}'s threads start after and end
 * before the caller's own writes, so the plain fields need no lock. A change while no count is under way (a write
 * around the store's own write transactions) is remembered: the count kept since may be wrong. Checked against Jena
 * 5.6.0.
 */
public final class TripleDelta implements TupleIndex {
    private final TupleIndex spog;
    private boolean counting, uncounted;
    private long limit, changes, delta;

    private TripleDelta(TupleIndex spog) { this.spog = spog; }

    /**
     * The counter of the store's current storage (compaction makes new storage), put in place the first time;
     * empty when the store has no SPOG index.
     */
    public static synchronized Optional<TripleDelta> on(DatasetGraph dsg) {
        TupleTable table = TdbInternals.quads(dsg).getTupleTable();
        TupleIndex[] indexes = table.getIndexes();
        for (int i = 0; i < indexes.length; i++) {
            if (indexes[i] == null || !indexes[i].getName().equals("SPOG")) continue;
            if (indexes[i] instanceof TripleDelta d) return Optional.of(d);
            TripleDelta d = new TripleDelta(indexes[i]);
            table.setTupleIndex(i, d);
            return Optional.of(d);
        }
        return Optional.empty();
    }

    /** Starts counting a write transaction's changes, each checked while no more than {@code limit} quads changed. */
    public void begin(long limit) {
        this.counting = true;
        this.limit = limit;
        this.changes = 0;
        this.delta = 0;
    }

    /** Whether a transaction's changes are being counted. */
    public boolean counting() { return counting; }

    /** The change in union triples since {@link #begin}; empty when more quads changed than were checked. */
    public OptionalLong delta() { return changes <= limit ? OptionalLong.of(delta) : OptionalLong.empty(); }

    /** Stops counting; what the transaction changes from here is uncounted. */
    public void end() { counting = false; }

    /** Whether a change was made while nothing counted since {@link #recounted}: a count kept may be wrong. */
    public boolean uncounted() { return uncounted; }

    /** The union was counted by a walk: counts kept from here hold again. */
    public void recounted() { uncounted = false; }

    private void note(Tuple<NodeId> quad, boolean adding) {
        if (!counting) {
            uncounted = true;
            return;
        }
        if (++changes > limit) return;
        boolean here = false;
        Iterator<Tuple<NodeId>> it = spog.find(TupleFactory.create4(NodeId.NodeIdAny, quad.get(1), quad.get(2), quad.get(3)));
        try {
            while (it.hasNext()) {
                if (!it.next().get(0).equals(quad.get(0))) return; // another graph holds the triple: the union keeps it
                here = true;
            }
        } finally {
            Iter.close(it);
        }
        if (adding && !here) delta++;
        else if (!adding && here) delta--;
    }

    @Override
    public void add(Tuple<NodeId> tuple) {
        note(tuple, true);
        spog.add(tuple);
    }

    @Override
    public void delete(Tuple<NodeId> tuple) {
        note(tuple, false);
        spog.delete(tuple);
    }

    @Override
    public void addAll(Collection<Tuple<NodeId>> tuples) { tuples.forEach(this::add); }

    @Override
    public void deleteAll(Collection<Tuple<NodeId>> tuples) { tuples.forEach(this::delete); }

    @Override
    public void clear() {
        if (counting) changes = Math.max(changes, limit) + 1;
        else uncounted = true;
        spog.clear();
    }

    @Override
    public TupleIndex wrapped() { return spog; }

    @Override
    public String getName() { return spog.getName(); }

    @Override
    public String getMappingStr() { return spog.getMappingStr(); }

    @Override
    public TupleMap getMapping() { return spog.getMapping(); }

    @Override
    public Iterator<Tuple<NodeId>> find(Tuple<NodeId> pattern) { return spog.find(pattern); }

    @Override
    public Iterator<Tuple<NodeId>> all() { return spog.all(); }

    @Override
    public int weight(Tuple<NodeId> pattern) { return spog.weight(pattern); }

    @Override
    public int getTupleLength() { return spog.getTupleLength(); }

    @Override
    public long size() { return spog.size(); }

    @Override
    public boolean isEmpty() { return spog.isEmpty(); }

    @Override
    public void sync() { spog.sync(); }

    @Override
    public void close() { spog.close(); }
}
