package org.papergraph.store.tdb;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * A store's quads in TDB2's node ids, read straight from its quad table: what the statistics and the search index
 * count and read without turning every id back into a node. The ids are TDB2's {@code NodeId}s; callers know them
 * only as the type {@code I}, so that TDB2's internals stay in this package. Inside the caller's transaction.
 * Checked against Jena 5.6.0.
 */
public interface QuadIds<I> {
    /** The quads of a TDB2 dataset. */
    static QuadIds<?> of(DatasetGraph dsg) { return new Tdb(TdbInternals.quads(dsg)); }

    /** The node's id; null when the store has never held the node. */
    I id(Node node);

    /** The node an id stands for. */
    Node node(I id);

    /** A quad, as ids: graph, subject, predicate, object. */
    interface QuadAction<I> {
        void accept(I g, I s, I p, I o);
    }

    /**
     * The quads matching, null for any, in the order of the index TDB2 chooses for the pattern (the copies of a
     * triple in several graphs lie together in an index that does not start with the graph).
     */
    void find(I g, I s, I p, I o, QuadAction<I> action);

    /** TDB2 5.6's quad table. */
    final class Tdb implements QuadIds<NodeId> {
        private final NodeTupleTable quads;
        private final NodeTable nodes;

        private Tdb(NodeTupleTable quads) {
            this.quads = quads;
            this.nodes = quads.getNodeTable();
        }

        @Override
        public NodeId id(Node node) {
            NodeId id = nodes.getNodeIdForNode(node);
            return NodeId.isDoesNotExist(id) ? null : id;
        }

        @Override
        public Node node(NodeId id) { return nodes.getNodeForNodeId(id); }

        @Override
        public void find(NodeId g, NodeId s, NodeId p, NodeId o, QuadAction<NodeId> action) {
            Iterator<Tuple<NodeId>> it = quads.find(any(g), any(s), any(p), any(o));
            try {
                while (it.hasNext()) {
                    Tuple<NodeId> q = it.next();   // graph, subject, predicate, object, whatever the index's order
                    action.accept(q.get(0), q.get(1), q.get(2), q.get(3));
                }
            } finally {
                Iter.close(it);
            }
        }

        private static NodeId any(NodeId id) { return id == null ? NodeId.NodeIdAny : id; }
    }
}
