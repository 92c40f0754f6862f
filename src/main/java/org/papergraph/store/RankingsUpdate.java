package org.papergraph.store;

import static org.papergraph.rdf.Vocab.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.papergraph.rdf.Iris;

/**
 * The {@link Rankings} brought up to date from the papers a load touched, where only those can have moved them, so
 * that a small edit costs lookups of its own papers rather than a count over the store: each moves to the code tally
 * of its newest date's month now, and the tallies ({@link Tallies}) by the papers that moved. A paper the load did not
 * touch keeps its dates, its first listing and its code: one outside the newest before stays outside as long as the
 * newest now reach no further back than the untouched papers among the newest before did. When that does not hold,
 * when the store has fewer ranked papers than are kept, or when many papers were touched (asking each costs more
 * than reading all), the rankings are counted again whole. {@code TestStatisticsUpdate} holds them to a recount.
 */
final class RankingsUpdate {
    /** More papers touched than this: one count of all costs less than a lookup of each. */
    static final int MOST_PAPERS = 2_000;
    /** A paper's first listing, then its IRI: "the latest papers" order when asked for the newest listed. */
    private static final Comparator<Map.Entry<Node, NodeValue>> LISTED_ORDER = Comparator
            .<Map.Entry<Node, NodeValue>, NodeValue>comparing(Map.Entry::getValue, (x, y) -> NodeValue.compareAlways(y, x))
            .thenComparing(e -> e.getKey().getURI());

    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node graph;
    private final Rankings rankings;

    RankingsUpdate(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.iris = iris;
        this.graph = iris.statistics();
        this.rankings = new Rankings(iris);
    }

    /**
     * After a load that touched {@code papers}: the rankings as a recount leaves them. Inside its write transaction.
     * Returns whether the newest were found from the touched papers alone (false: all were counted again).
     */
    boolean apply(Set<Node> papers) {
        if (papers.size() > MOST_PAPERS || !newest(papers) || !newestListed(papers)) {
            rankings.recount(dsg);
            return false;
        }
        codeTallies(papers);
        return true;
    }

    /** Each touched paper moved to the tally of its newest date's month now, or out of the tallies without code. */
    private void codeTallies(Set<Node> touched) {
        Map<Node, Long> moved = new HashMap<>();
        for (Node p : touched) {
            Node was = objects(graph, p, IN_CODE_TALLY).stream().findFirst().orElse(null);
            boolean code = has(Node.ANY, p, HAS_CODE);
            Node key = code ? Tallies.key(objects(Node.ANY, p, DATE).stream().min(Tallies.NEWEST_FIRST).orElse(null)) : null;
            Node is = code ? iris.codeTally(key) : null;
            if (Objects.equals(was, is)) continue;
            if (was != null) {
                moved.merge(objects(graph, was, CODE_DATE).stream().findFirst().orElse(null), -1L, Long::sum);
                dsg.delete(graph, p, IN_CODE_TALLY, was);
            }
            if (is != null) {
                moved.merge(key, 1L, Long::sum);
                dsg.add(graph, p, IN_CODE_TALLY, is);
            }
        }
        new Tallies(dsg, iris).moveCode(moved);
    }

    /** The newest by date from the papers before and those touched; false when an untouched paper could be among them. */
    private boolean newest(Set<Node> touched) {
        Set<Node> before = objects(graph, graph, NEWEST_PAPER);
        if (before.size() < Rankings.NEWEST) return false;
        NodeValue reach = null;   // the least newest date of an untouched paper among the newest before
        Map<Node, List<Node>> datesOf = new HashMap<>();
        for (Node p : candidates(before, touched)) {
            if (!has(Node.ANY, p, TYPE, SCHOLARLY_ARTICLE)) continue;
            List<Node> dates = new ArrayList<>(objects(Node.ANY, p, DATE));
            if (!dates.isEmpty()) datesOf.put(p, dates);
            if (!before.contains(p) || touched.contains(p) || dates.isEmpty()) continue;
            NodeValue latest = dates.stream().map(NodeValue::makeNode).max(NodeValue::compareAlways).orElseThrow();
            if (reach == null || NodeValue.compareAlways(latest, reach) < 0) reach = latest;
        }
        Rankings.Newest<Node> now = Rankings.newest(datesOf, Function.identity());
        if (reach == null || now.since() == null || NodeValue.compareAlways(now.since(), reach) < 0) return false;
        write(NEWEST_PAPER, before, now.papers());
        return true;
    }

    /** The newest listed from the papers before and those touched; false when an untouched paper could be among them. */
    private boolean newestListed(Set<Node> touched) {
        Set<Node> before = objects(graph, graph, NEWEST_LISTED);
        if (before.size() < Rankings.NEWEST) return false;
        Map<Node, Node> timeOf = new HashMap<>();
        Map.Entry<Node, NodeValue> reach = null;   // the last untouched paper among the newest listed before
        for (Node p : candidates(before, touched)) {
            if (!has(Node.ANY, p, TYPE, SCHOLARLY_ARTICLE)) continue;
            Node time = objects(Node.ANY, p, FIRST_LISTED).stream().findFirst().orElse(null);
            if (time == null) continue;
            timeOf.put(p, time);
            var entry = Map.entry(p, NodeValue.makeNode(time));
            if (before.contains(p) && !touched.contains(p) && (reach == null || LISTED_ORDER.compare(entry, reach) > 0)) reach = entry;
        }
        List<Node> now = Rankings.newestListed(timeOf, Function.identity());
        if (reach == null || now.size() < Rankings.NEWEST) return false;
        Node last = now.get(now.size() - 1);
        if (LISTED_ORDER.compare(Map.entry(last, NodeValue.makeNode(timeOf.get(last))), reach) > 0) return false;
        write(NEWEST_LISTED, before, new HashSet<>(now));
        return true;
    }

    private static Set<Node> candidates(Set<Node> before, Set<Node> touched) {
        Set<Node> all = new LinkedHashSet<>(before);
        all.addAll(touched);
        return all;
    }

    /** The graph's own statements {@code graph predicate paper} made those of {@code now}. */
    private void write(Node predicate, Set<Node> before, Set<Node> now) {
        for (Node p : before) if (!now.contains(p)) dsg.delete(Quad.create(graph, graph, predicate, p));
        for (Node p : now) if (!before.contains(p)) dsg.add(Quad.create(graph, graph, predicate, p));
    }

    private boolean has(Node g, Node s, Node p) { return has(g, s, p, Node.ANY); }

    private boolean has(Node g, Node s, Node p, Node o) {
        var it = dsg.find(g, s, p, o);
        try {
            while (it.hasNext()) if (!it.next().getGraph().equals(graph) || g.equals(graph)) return true;
            return false;
        } finally {
            Iter.close(it);
        }
    }

    /** The objects of a subject and predicate in graph {@code g} (any graph but the statistics' for {@code Node.ANY}), once each. */
    private Set<Node> objects(Node g, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        var it = dsg.find(g, s, p, Node.ANY);
        try {
            it.forEachRemaining(q -> {
                if (g.equals(graph) || !q.getGraph().equals(graph)) out.add(q.getObject());
            });
        } finally {
            Iter.close(it);
        }
        return out;
    }
}
