package org.papergraph.store;

import static org.papergraph.rdf.Vocab.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.Iris;
import org.papergraph.store.views.TopicTree;

/**
 * Papers per topic and per pair of topics as the topics are curated ({@link TopicTree}), what the {@code topics} and
 * {@code topic-pairs} queries read. A paper counts once under each kept topic its topics were merged into or are
 * narrower than, at any depth: a topic's count is the papers its page gathers. A pair is two of a paper's topics as
 * kept (a merged spelling as the topic it was merged into), so two spellings of one topic make no pair, and a
 * topic makes none with the topics broader than it.
 */
final class TopicCounts {
    private final TopicTree tree;
    private final Map<Node, Set<Node>> under = new HashMap<>();
    private final Map<Node, Node> concept = new HashMap<>();

    TopicCounts(TopicTree tree) { this.tree = tree; }

    /** A paper with these topics (as the lists spell them) counted, {@code sign} +1, or taken back, -1. */
    void count(Collection<Node> topics, int sign, Map<Node, Integer> perTopic, Map<List<Node>, Integer> perPair) {
        Set<Node> counted = new HashSet<>(), kept = new LinkedHashSet<>();
        for (Node t : topics) {
            counted.addAll(under.computeIfAbsent(t, tree::countedUnder));
            Node c = concept.computeIfAbsent(t, x -> {
                Node k = tree.concept(x);
                return k == null ? Node.ANY : k;   // merged into a topic itself merged: no topic of the paper's
            });
            if (c != Node.ANY) kept.add(c);
        }
        for (Node t : counted) perTopic.merge(t, sign, Integer::sum);
        List<Node> pairable = new ArrayList<>(kept);
        for (int i = 0; i < pairable.size(); i++)
            for (int j = i + 1; j < pairable.size(); j++) perPair.merge(pair(pairable.get(i), pairable.get(j)), sign, Integer::sum);
    }

    /** A pair's topics in the order of their IRIs, as the pair is named once. */
    static List<Node> pair(Node a, Node b) { return a.getURI().compareTo(b.getURI()) < 0 ? List.of(a, b) : List.of(b, a); }

    /**
     * Counts every paper's topics ({@code topicsOf}, in node ids) into the statistics graph's statements: each
     * topic's count, each pair with its count, and the pairs' tallies ({@link Tallies}), so a page of pairs is found
     * without sorting them all.
     */
    <I> void write(UnionIds<I> ids, Map<I, List<I>> topicsOf, Iris iris, List<Quad> out) {
        Node graph = iris.statistics();
        Map<Node, Integer> perTopic = new HashMap<>();
        Map<List<Node>, Integer> perPair = new HashMap<>();
        for (List<I> topics : topicsOf.values()) count(topics.stream().map(ids::node).toList(), 1, perTopic, perPair);
        perTopic.forEach((t, n) -> out.add(Quad.create(graph, t, PAPER_COUNT, Statistics.integer(n))));
        Map<Long, Long> pairsWithCount = new HashMap<>();
        perPair.forEach((topics, n) -> {
            Node a = topics.get(0), b = topics.get(1), pair = iris.topicPair(a, b);
            out.add(Quad.create(graph, pair, TYPE, TOPIC_PAIR));
            out.add(Quad.create(graph, pair, PAIR_OF, a));
            out.add(Quad.create(graph, pair, PAIR_OF, b));
            out.add(Quad.create(graph, pair, PAPER_COUNT, Statistics.integer(n)));
            pairsWithCount.merge((long) n, 1L, Long::sum);
        });
        Tallies.pairs(iris, pairsWithCount, out);
    }
}
