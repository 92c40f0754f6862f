package org.papergraph.store;

import static org.papergraph.rdf.Vocab.*;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.NodeValue;
import org.papergraph.store.tdb.QuadIds;

/**
 * The pairs of topics in the statistics graph ranked again from their counts, as {@link TopicCounts} ranks them,
 * after an update moved some counts. The pairs grow with the store, so they are read in node ids (three predicates
 * of the one graph) and only their topics are turned back into nodes; only the ranks that moved are written, since
 * each written rank copies index pages in the load's transaction. Inside the caller's write transaction.
 */
final class PairRanks {
    private PairRanks() {}

    /** {@code label}: a topic's least label, null without one. */
    static void rank(DatasetGraph dsg, Node graph, Function<Node, NodeValue> label) {
        rank(QuadIds.of(dsg), dsg, graph, label);
    }

    private static <I> void rank(QuadIds<I> ids, DatasetGraph dsg, Node graph, Function<Node, NodeValue> label) {
        I g = ids.id(graph), pairOf = ids.id(PAIR_OF), count = ids.id(PAPER_COUNT), rankOf = ids.id(RANK);
        if (g == null || pairOf == null) return;
        Map<I, List<I>> topicsOf = new HashMap<>();
        ids.find(g, null, pairOf, null, (gi, pair, p, t) -> topicsOf.computeIfAbsent(pair, k -> new ArrayList<>(2)).add(t));
        Map<I, I> counts = new HashMap<>(), ranks = new HashMap<>();
        if (count != null) ids.find(g, null, count, null, (gi, s, p, n) -> { if (topicsOf.containsKey(s)) counts.put(s, n); });
        if (rankOf != null) ids.find(g, null, rankOf, null, (gi, s, p, r) -> ranks.put(s, r));
        // Read everything first: TDB2's iterators may not see the indexes change under them.
        Map<I, Node> nodes = new HashMap<>();   // the topics, and the counts: few of either
        Map<Node, NodeValue> name = new HashMap<>();
        List<Map.Entry<List<Node>, Integer>> pairs = new ArrayList<>();
        Map<List<Node>, I> pairIds = new HashMap<>();
        topicsOf.forEach((pair, of) -> {
            if (of.size() != 2) return;
            List<Node> key = TopicCounts.pair(nodes.computeIfAbsent(of.get(0), ids::node), nodes.computeIfAbsent(of.get(1), ids::node));
            for (Node t : key) name.computeIfAbsent(t, label);
            I n = counts.get(pair);
            pairs.add(new AbstractMap.SimpleEntry<>(key, n == null ? 0 : ((Number) nodes.computeIfAbsent(n, ids::node).getLiteralValue()).intValue()));
            pairIds.put(key, pair);
        });
        pairs.sort(TopicCounts.pairOrder(name));
        int rank = 0;
        for (var e : pairs) {
            I pair = pairIds.get(e.getKey()), was = ranks.get(pair);
            Node r = Statistics.integer(++rank);
            if (was != null && ids.node(was).equals(r)) continue;
            Node pairNode = ids.node(pair);
            dsg.deleteAny(graph, pairNode, RANK, Node.ANY);
            dsg.add(graph, pairNode, RANK, r);
        }
    }
}
