package org.papergraph.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.papergraph.rdf.Vocab;

/**
 * Papers newest first, and which papers each topic has, held in memory: what the index, topic and paper pages ask
 * again and again (a topic's newest papers, counts, papers sharing topics) answered without a query. Built once per
 * server, from three index scans: the store cannot change while the server holds it.
 */
final class PaperIndex {
    /** A paper or topic with how many topics (or papers) it shares with the one asked about. */
    record Scored(Node node, int shared) {}

    private final Node[] papers;                 // newest first, then by IRI
    private final Map<Node, Integer> rank;       // paper → position in papers
    private final Map<Node, int[]> byTopic;      // topic → ranks of its papers, ascending (newest first)
    private final Map<Node, Node[]> topicsOf;    // paper → its topics
    private final Map<Node, String> topicLabels;
    private final List<Node> topicsByCount;
    private final Map<Node, List<Scored>> relatedTopics = new ConcurrentHashMap<>();

    private PaperIndex(Node[] papers, Map<Node, int[]> byTopic, Map<Node, Node[]> topicsOf, Map<Node, String> labels) {
        this.papers = papers;
        this.rank = new HashMap<>(papers.length * 2);
        for (int i = 0; i < papers.length; i++) rank.put(papers[i], i);
        this.byTopic = byTopic;
        this.topicsOf = topicsOf;
        this.topicLabels = labels;
        List<Node> topics = new ArrayList<>(byTopic.keySet());
        topics.sort(Comparator.comparingInt((Node t) -> -byTopic.get(t).length).thenComparing(this::label));
        this.topicsByCount = List.copyOf(topics);
    }

    static PaperIndex build(Site site) {
        return Txn.calculateRead(site.dataset(), () -> {
            Graph union = site.dataset().getUnionGraph();
            Map<Node, String> dates = new HashMap<>();
            forEach(union, null, Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE, t -> dates.put(t.getSubject(), ""));
            forEach(union, null, Vocab.DATE, null, t -> dates.computeIfPresent(t.getSubject(),
                    (p, d) -> max(d, t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "")));
            Node[] papers = dates.keySet().toArray(Node[]::new);
            Arrays.sort(papers, Comparator.comparing((Node p) -> dates.get(p)).reversed().thenComparing(Node::getURI));
            Map<Node, Integer> rank = new HashMap<>(papers.length * 2);
            for (int i = 0; i < papers.length; i++) rank.put(papers[i], i);

            Map<Node, List<Integer>> byTopic = new HashMap<>();
            Map<Node, List<Node>> topicsOf = new HashMap<>();
            forEach(union, null, Vocab.SUBJECT, null, t -> {
                Integer r = rank.get(t.getSubject());
                if (r == null) return;   // a listing's topics: the paper's are the same
                byTopic.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(r);
                topicsOf.computeIfAbsent(t.getSubject(), k -> new ArrayList<>(3)).add(t.getObject());
            });
            Map<Node, String> labels = new HashMap<>();
            for (Node topic : byTopic.keySet())
                labels.put(topic, Describer.first(union, topic, Vocab.PREF_LABEL).map(Node::getLiteralLexicalForm).orElse(topic.getLocalName()));

            Map<Node, int[]> sortedByTopic = new HashMap<>();
            byTopic.forEach((t, ranks) -> sortedByTopic.put(t, ranks.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
            Map<Node, Node[]> topicArrays = new HashMap<>();
            topicsOf.forEach((p, ts) -> topicArrays.put(p, ts.stream().distinct().toArray(Node[]::new)));
            return new PaperIndex(papers, sortedByTopic, topicArrays, labels);
        });
    }

    private static String max(String a, String b) { return a.compareTo(b) >= 0 ? a : b; }

    private static void forEach(Graph g, Node s, Node p, Node o, java.util.function.Consumer<Triple> action) {
        ExtendedIterator<Triple> it = g.find(s, p, o);
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }

    int paperCount() { return papers.length; }

    int topicCount() { return byTopic.size(); }

    List<Node> topicsByCount() { return topicsByCount; }

    String label(Node topic) { return topicLabels.getOrDefault(topic, topic.getLocalName()); }

    int count(Node topic) { int[] r = byTopic.get(topic); return r == null ? 0 : r.length; }

    List<Node> recent(int offset, int limit) {
        return List.of(Arrays.copyOfRange(papers, Math.min(offset, papers.length), Math.min(offset + limit, papers.length)));
    }

    /** A topic's papers, newest first. */
    List<Node> papersOf(Node topic, int offset, int limit) {
        int[] ranks = byTopic.getOrDefault(topic, new int[0]);
        List<Node> out = new ArrayList<>();
        for (int i = offset; i < Math.min(ranks.length, offset + limit); i++) out.add(papers[ranks[i]]);
        return out;
    }

    List<Node> topicsOf(Node paper) { Node[] t = topicsOf.get(paper); return t == null ? List.of() : List.of(t); }

    /**
     * The papers sharing most topics with this one, newest first among equals. Exact without scanning the largest
     * topic: a paper sharing two or more topics is in some smaller topic's list, so counting the smaller lists and
     * probing the largest by binary search finds every such paper; the rest share one topic and only recency ranks them.
     */
    List<Scored> related(Node paper, int limit) {
        Integer me = rank.get(paper);
        Node[] topics = topicsOf.get(paper);
        if (me == null || topics == null) return List.of();
        int[][] lists = Arrays.stream(topics).map(byTopic::get).sorted(Comparator.comparingInt(a -> a.length)).toArray(int[][]::new);
        int[] largest = lists[lists.length - 1];
        Map<Integer, Integer> shared = new HashMap<>();
        for (int i = 0; i < lists.length - 1; i++) for (int r : lists[i]) shared.merge(r, 1, Integer::sum);
        shared.replaceAll((r, n) -> Arrays.binarySearch(largest, r) >= 0 ? n + 1 : n);
        shared.remove(me);
        List<int[]> best = new ArrayList<>();   // {rank, shared}
        shared.forEach((r, n) -> best.add(new int[] {r, n}));
        for (int i = 0, taken = 0; i < largest.length && taken <= limit; i++)
            if (largest[i] != me && !shared.containsKey(largest[i])) { best.add(new int[] {largest[i], 1}); taken++; }
        best.sort(Comparator.comparingInt((int[] a) -> -a[1]).thenComparingInt(a -> a[0]));
        return best.stream().limit(limit).map(a -> new Scored(papers[a[0]], a[1])).toList();
    }

    /** The topics most often listed together with this one. */
    List<Scored> relatedTopics(Node topic, int limit) {
        return relatedTopics.computeIfAbsent(topic, t -> {
            Map<Node, Integer> counts = new HashMap<>();
            for (int r : byTopic.getOrDefault(t, new int[0]))
                for (Node other : topicsOf.get(papers[r])) if (!other.equals(t)) counts.merge(other, 1, Integer::sum);
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<Node, Integer>comparingByValue().reversed().thenComparing(e -> label(e.getKey())))
                    .limit(20).map(e -> new Scored(e.getKey(), e.getValue())).toList();
        }).stream().limit(limit).toList();
    }
}
