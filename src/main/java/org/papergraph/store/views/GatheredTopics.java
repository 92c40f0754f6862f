package org.papergraph.store.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.store.views.PaperViews.Scored;

/**
 * Topics as curated: a kept topic holds the papers of its merged spellings and of its narrower topics
 * ({@link TopicTree#gathered}), and a paper's topics are the kept ones. Answered from the in-memory arrays
 * ({@link PaperIndex}, keyed by the topics as the lists name them) in the orders {@link PaperViews} writes once.
 */
final class GatheredTopics {
    private final PaperIndex index;
    private final TopicTree tree;
    private final Map<Node, String> labels = new HashMap<>();
    private final Map<Node, Integer> counts = new HashMap<>();
    private final List<Node> byCount;
    private final Map<Node, List<Scored>> related = new ConcurrentHashMap<>();
    private final Map<Node, int[]> iriRanks = new ConcurrentHashMap<>();

    GatheredTopics(DatasetGraph dsg, PaperIndex index, TopicTree tree) {
        this.index = index;
        this.tree = tree;
        Set<Node> kept = new HashSet<>();
        for (Node t : index.topics()) for (Node g : tree.gatheringOf(t)) if (tree.isKept(g)) kept.add(g);
        List<Node> unlabelled = kept.stream().filter(t -> !index.hasLabel(t)).toList();
        labels.putAll(org.apache.jena.system.Txn.calculateRead(dsg, () -> PaperIndex.labels(dsg, unlabelled)));
        List<Scored> scored = new ArrayList<>();
        for (Node t : kept) {
            int n = index.ranksOn(tree.gathered(t)).length;
            counts.put(t, n);
            // As the plain form asks: a topic is listed by its label.
            if (index.hasLabel(t) || labels.containsKey(t)) scored.add(new Scored(t, n));
        }
        this.byCount = scored.stream().sorted(ViewOrders.mostFirstThenByLabel(this::label)).map(Scored::node).toList();
    }

    String label(Node topic) { String l = labels.get(topic); return l != null ? l : index.label(topic); }

    List<Node> topicsByCount() { return byCount; }

    int topicCount() { return byCount.size(); }

    int count(Node topic) {
        Integer n = counts.get(topic);
        return n != null ? n : index.ranksOn(tree.gathered(topic)).length;
    }

    List<Node> papersOf(Node topic, int offset, int limit) {
        int[] ranks = index.ranksOn(tree.gathered(topic));
        List<Node> out = new ArrayList<>();
        for (int i = Math.max(0, offset); i < Math.min(ranks.length, (long) offset + limit); i++) out.add(index.paper(ranks[i]));
        return out;
    }

    /** A paper's topics, each merged spelling as the topic it was merged into, each once. */
    List<Node> topicsOf(Node paper) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node t : index.topicsOf(paper)) out.add(tree.canonical(t));
        return List.copyOf(out);
    }

    /**
     * The papers sharing most topics with a paper, a merged spelling shared as the topic it was merged into
     * ({@link ViewOrders#MOST_SHARED_FIRST}): {@link PaperIndex#related} over the kept topics, each with its spellings' papers.
     */
    List<Scored> neighbours(Node paper, int limit) {
        return index.related(paper, topicsOf(paper).toArray(Node[]::new), this::iriRanks, limit);
    }

    /** A kept topic's papers as IRI ranks, ascending, each once: its own and its merged spellings'. */
    private int[] iriRanks(Node topic) {
        List<Node> spellings = tree.spellingsAndSelf(topic);
        if (spellings.size() == 1) return index.byTopicIri.getOrDefault(topic, new int[0]);
        return iriRanks.computeIfAbsent(topic, t -> spellings.stream().map(index.byTopicIri::get).filter(java.util.Objects::nonNull)
                .flatMapToInt(java.util.Arrays::stream).sorted().distinct().toArray());
    }

    /** The kept topics of the papers this topic gathers, by papers shared ({@link ViewOrders#mostFirstThenByLabel}). */
    List<Scored> relatedTopics(Node topic, int limit) {
        if (limit <= 0) return List.of();
        List<Scored> all = related.computeIfAbsent(topic, t -> {
            Map<Node, Integer> shared = new HashMap<>();
            for (int r : index.ranksOn(tree.gathered(t)))
                for (Node other : topicsOf(index.paper(r))) if (!other.equals(t)) shared.merge(other, 1, Integer::sum);
            return shared.entrySet().stream().map(e -> new Scored(e.getKey(), e.getValue()))
                    .sorted(ViewOrders.mostFirstThenByLabel(this::label)).toList();
        });
        return all.subList(0, Math.min(limit, all.size()));
    }
}
