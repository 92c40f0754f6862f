package org.papergraph.store;

import static org.papergraph.rdf.Vocab.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The rankings of the {@link Statistics} over every paper: the {@value #NEWEST} newest by date and by when first
 * listed, and the papers with code ranked. Counted from a few predicates in node ids, whole each time: a load brings
 * them up to date by counting them again ({@link #recount}), writing only what differs.
 */
final class Rankings {
    /** How many of the newest papers are kept (the latest query asks for 20). */
    static final int NEWEST = 100;

    private final Node graph;

    Rankings(Node graph) { this.graph = graph; }

    /** The rankings' statements, as a full count writes them. */
    <I> void count(UnionIds<I> ids, Set<I> papers, Map<I, List<I>> datesOf, List<Quad> out) {
        newest(ids, datesOf, out);
        newestListed(ids, papers, out);
        codeRanks(ids, ids.objects(HAS_CODE, null).keySet(), out);
    }

    /** The rankings counted again, writing only the statements that differ. Inside the caller's write transaction. */
    void recount(DatasetGraph dsg) { recount(dsg, UnionIds.of(dsg)); }

    private <I> void recount(DatasetGraph dsg, UnionIds<I> ids) {
        Set<I> papers = ids.subjects(TYPE, SCHOLARLY_ARTICLE);
        List<Quad> out = new ArrayList<>();
        count(ids, papers, ids.objects(DATE, papers), out);
        Set<Quad> wanted = new HashSet<>(out);
        List<Quad> stale = new ArrayList<>();
        for (Node p : List.of(NEWEST_PAPER, NEWEST_LISTED, CODE_RANK)) {
            var it = dsg.find(graph, Node.ANY, p, Node.ANY);
            try {
                it.forEachRemaining(q -> {
                    if (!wanted.remove(q)) stale.add(q);
                });
            } finally {
                Iter.close(it);
            }
        }
        stale.forEach(dsg::delete);
        wanted.forEach(dsg::add);
    }

    /**
     * The {@value #NEWEST} newest papers, and any dated the same as the last of them: the few rows "the latest papers"
     * needs to sort, where sorting every dated paper took half a second at 100K. Dates compare as SPARQL's ORDER BY
     * compares them, so the query's own sort of these gives its answer over all papers, up to that many rows.
     */
    private <I> void newest(UnionIds<I> ids, Map<I, List<I>> datesOf, List<Quad> out) {
        // Few dates, many papers: each date is turned into a value and compared once, not once per paper.
        Map<I, Integer> uses = new HashMap<>();
        for (List<I> dates : datesOf.values()) for (I d : dates) uses.merge(d, 1, Integer::sum);
        Map<I, NodeValue> value = new HashMap<>();
        for (I d : uses.keySet()) value.put(d, NodeValue.makeNode(ids.node(d)));
        List<I> newestFirst = new ArrayList<>(uses.keySet());
        newestFirst.sort((x, y) -> NodeValue.compareAlways(value.get(y), value.get(x)));
        NodeValue last = null; // the NEWEST-th newest date, counting a date once per paper giving it
        int counted = 0;
        for (I d : newestFirst) {
            last = value.get(d);
            if ((counted += uses.get(d)) >= NEWEST) break;
        }
        if (last == null) return;
        Set<I> recent = new HashSet<>();
        for (I d : newestFirst) if (NodeValue.compareAlways(value.get(d), last) >= 0) recent.add(d);
        datesOf.forEach((p, dates) -> {
            if (dates.stream().anyMatch(recent::contains)) out.add(Quad.create(graph, graph, NEWEST_PAPER, ids.node(p)));
        });
    }

    /**
     * The {@value #NEWEST} papers that first entered the store last ({@link History}), by that time and then by IRI,
     * as "the latest papers" orders them when asked for the newest listed: each paper has one such time, so these
     * are exactly the first of that order. Papers share times (a source's at one load): only the times are compared.
     */
    private <I> void newestListed(UnionIds<I> ids, Set<I> papers, List<Quad> out) {
        Map<I, List<I>> byTime = new HashMap<>();
        ids.objects(FIRST_LISTED, papers).forEach((p, times) -> byTime.computeIfAbsent(times.get(0), k -> new ArrayList<>()).add(p));
        Map<I, NodeValue> value = new HashMap<>();
        for (I t : byTime.keySet()) value.put(t, NodeValue.makeNode(ids.node(t)));
        List<I> newestFirst = new ArrayList<>(byTime.keySet());
        newestFirst.sort((x, y) -> NodeValue.compareAlways(value.get(y), value.get(x)));
        int left = NEWEST;
        for (int i = 0; i < newestFirst.size() && left > 0; i++) {
            List<Node> same = byTime.get(newestFirst.get(i)).stream().map(ids::node).sorted(Comparator.comparing(Node::getURI)).toList();
            for (Node p : same.subList(0, Math.min(left, same.size()))) out.add(Quad.create(graph, graph, NEWEST_LISTED, p));
            left -= same.size();
        }
    }

    /**
     * Each paper with code ranked in the order of its IRI (as SPARQL orders IRIs): "Papers with code" is sorted by
     * paper, so its page ends among the papers ranked up to the page's end, and needs no sort of all the others.
     */
    private <I> void codeRanks(UnionIds<I> ids, Set<I> withCode, List<Quad> out) {
        List<Node> ranked = new ArrayList<>();
        for (I p : withCode) ranked.add(ids.node(p));
        ranked.sort(Comparator.comparing(Node::getURI));
        int rank = 0;
        for (Node p : ranked) out.add(Quad.create(graph, p, CODE_RANK, Statistics.integer(++rank)));
    }
}
