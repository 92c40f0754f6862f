package org.papergraph.store;

import static org.papergraph.rdf.Vocab.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.papergraph.rdf.Iris;

/**
 * The rankings of the {@link Statistics} over every paper: the {@value #NEWEST} newest by date and by when first
 * listed, and the papers with code tallied by date ({@link Tallies}). Counted from a few predicates in node ids
 * ({@link #recount}), writing only what differs; a small load moves them from its own papers instead
 * ({@link RankingsUpdate}).
 */
final class Rankings {
    /** How many of the newest papers are kept (the latest query asks for 20). */
    static final int NEWEST = 100;

    private final Iris iris;
    private final Node graph;

    Rankings(Iris iris) {
        this.iris = iris;
        this.graph = iris.statistics();
    }

    /** The rankings' statements, as a full count writes them. */
    <I> void count(UnionIds<I> ids, Set<I> papers, Map<I, List<I>> datesOf, List<Quad> out) {
        newest(ids, datesOf, out);
        newestListed(ids, papers, out);
        codeTallies(ids, ids.objects(HAS_CODE, null).keySet(), out);
    }

    /** The rankings counted again, writing only the statements that differ. Inside the caller's write transaction. */
    void recount(DatasetGraph dsg) { recount(dsg, UnionIds.of(dsg)); }

    private <I> void recount(DatasetGraph dsg, UnionIds<I> ids) {
        Set<I> papers = ids.subjects(TYPE, SCHOLARLY_ARTICLE);
        List<Quad> out = new ArrayList<>();
        count(ids, papers, ids.objects(DATE, papers), out);
        Tallies tallies = new Tallies(dsg, iris);
        List<Quad> existing = tallies.ofType(CODE_TALLY);
        for (Node p : List.of(NEWEST_PAPER, NEWEST_LISTED, IN_CODE_TALLY)) tallies.each(null, p, existing::add);
        Tallies.replace(dsg, existing, out);
    }

    /**
     * The {@value #NEWEST} newest papers, and any dated the same as the last of them: the few rows "the latest papers"
     * needs to sort, where sorting every dated paper took half a second at 100K. Dates compare as SPARQL's ORDER BY
     * compares them, so the query's own sort of these gives its answer over all papers, up to that many rows.
     */
    private <I> void newest(UnionIds<I> ids, Map<I, List<I>> datesOf, List<Quad> out) {
        for (I p : newest(datesOf, ids::node).papers()) out.add(Quad.create(graph, graph, NEWEST_PAPER, ids.node(p)));
    }

    /** The newest papers, and the date they reach back to (null without dates). */
    record Newest<I>(Set<I> papers, NodeValue since) {}

    static <I> Newest<I> newest(Map<I, List<I>> datesOf, Function<I, Node> node) {
        // Few dates, many papers: each date is turned into a value and compared once, not once per paper.
        Map<I, Integer> uses = new HashMap<>();
        for (List<I> dates : datesOf.values()) for (I d : dates) uses.merge(d, 1, Integer::sum);
        Map<I, NodeValue> value = new HashMap<>();
        for (I d : uses.keySet()) value.put(d, NodeValue.makeNode(node.apply(d)));
        List<I> newestFirst = new ArrayList<>(uses.keySet());
        newestFirst.sort((x, y) -> NodeValue.compareAlways(value.get(y), value.get(x)));
        NodeValue last = null; // the NEWEST-th newest date, counting a date once per paper giving it
        int counted = 0;
        for (I d : newestFirst) {
            last = value.get(d);
            if ((counted += uses.get(d)) >= NEWEST) break;
        }
        Set<I> papers = new HashSet<>();
        if (last == null) return new Newest<>(papers, null);
        Set<I> recent = new HashSet<>();
        for (I d : newestFirst) if (NodeValue.compareAlways(value.get(d), last) >= 0) recent.add(d);
        datesOf.forEach((p, dates) -> {
            if (dates.stream().anyMatch(recent::contains)) papers.add(p);
        });
        return new Newest<>(papers, last);
    }

    /**
     * The {@value #NEWEST} papers that first entered the store last ({@link History}), by that time and then by IRI,
     * as "the latest papers" orders them when asked for the newest listed: each paper has one such time, so these
     * are exactly the first of that order. Papers share times (a source's at one load): only the times are compared.
     */
    private <I> void newestListed(UnionIds<I> ids, Set<I> papers, List<Quad> out) {
        Map<I, I> timeOf = new HashMap<>();
        ids.objects(FIRST_LISTED, papers).forEach((p, times) -> timeOf.put(p, times.get(0)));
        for (Node p : newestListed(timeOf, ids::node)) out.add(Quad.create(graph, graph, NEWEST_LISTED, p));
    }

    /** The {@value #NEWEST} papers first listed last, in that order, from each paper's time. */
    static <I> List<Node> newestListed(Map<I, I> timeOf, Function<I, Node> node) {
        Map<I, List<I>> byTime = new HashMap<>();
        timeOf.forEach((p, t) -> byTime.computeIfAbsent(t, k -> new ArrayList<>()).add(p));
        Map<I, NodeValue> value = new HashMap<>();
        for (I t : byTime.keySet()) value.put(t, NodeValue.makeNode(node.apply(t)));
        List<I> newestFirst = new ArrayList<>(byTime.keySet());
        newestFirst.sort((x, y) -> NodeValue.compareAlways(value.get(y), value.get(x)));
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < newestFirst.size() && out.size() < NEWEST; i++) {
            List<Node> same = byTime.get(newestFirst.get(i)).stream().map(node).sorted(Comparator.comparing(Node::getURI)).toList();
            out.addAll(same.subList(0, Math.min(NEWEST - out.size(), same.size())));
        }
        return out;
    }

    /**
     * Each paper with code linked to the tally of its newest date (as {@code MAX} takes it; a day's month), or of no date,
     * and the tallies: "Papers with code" is sorted newest first, so its page ends among the tallies up to its end.
     */
    private <I> void codeTallies(UnionIds<I> ids, Set<I> withCode, List<Quad> out) {
        Map<I, List<I>> datesOf = ids.objects(DATE, withCode);
        Map<I, Node> dates = new HashMap<>();   // few dates, many papers
        Map<Node, Long> papersOf = new HashMap<>();
        for (I p : withCode) {
            Node newest = null;
            for (I d : datesOf.getOrDefault(p, List.of())) {
                Node date = dates.computeIfAbsent(d, ids::node);
                if (newest == null || Tallies.NEWEST_FIRST.compare(date, newest) < 0) newest = date;
            }
            Node key = Tallies.key(newest);
            papersOf.merge(key, 1L, Long::sum);
            out.add(Quad.create(graph, ids.node(p), IN_CODE_TALLY, iris.codeTally(key)));
        }
        Tallies.code(iris, papersOf, out);
    }
}
