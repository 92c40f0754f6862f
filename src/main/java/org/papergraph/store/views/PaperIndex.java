package org.papergraph.store.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.views.PaperViews.Dated;
import org.papergraph.store.views.PaperViews.Scored;

/**
 * Papers newest first, and which papers each topic has, held in memory: what the index, topic and paper pages ask
 * again and again (a topic's newest papers, counts, papers sharing topics) answered without a query; one of the
 * implementations behind {@link PaperViews}, in its orders. Built from three index scans when a store is opened
 * (a snapshot of the store as it was then), and after a reload made from the one before by {@link PaperIndexUpdate},
 * which reads only the papers the reload touched.
 */
final class PaperIndex {
    final Node[] papers;                 // newest first (ViewOrders.NEWEST_FIRST)
    final String[] dateKeys;             // each paper's ViewOrders.dateKey, null: undated
    final Map<Node, int[]> byTopic;      // topic → ranks of its papers, ascending (newest first)
    final Node[] byIri;                  // the papers by IRI, the neighbours' tie-break
    final Map<Node, int[]> byTopicIri;   // topic → IRI ranks of its papers, ascending
    final Map<Node, Node[]> topicsOf;    // paper → its topics
    final Map<Node, String> topicLabels;
    private final List<Node> topicsByCount;
    private final Map<Node, List<Scored>> relatedTopics = new ConcurrentHashMap<>();

    PaperIndex(Node[] papers, String[] dateKeys, Map<Node, int[]> byTopic, Node[] byIri, Map<Node, int[]> byTopicIri,
               Map<Node, Node[]> topicsOf, Map<Node, String> labels) {
        this.papers = papers;
        this.dateKeys = dateKeys;
        this.byTopic = byTopic;
        this.byIri = byIri;
        this.byTopicIri = byTopicIri;
        this.topicsOf = topicsOf;
        this.topicLabels = labels;
        this.topicsByCount = byTopic.keySet().stream().map(t -> new Scored(t, byTopic.get(t).length))
                .sorted(ViewOrders.mostFirstThenByLabel(this::label)).map(Scored::node).toList();
    }

    /** From the papers newest first and their topics: the same lists again in IRI ranks, the neighbours' tie-break. */
    private static PaperIndex of(Node[] papers, String[] dateKeys, Map<Node, int[]> byTopic, Map<Node, Node[]> topicsOf,
                                 Map<Node, String> labels) {
        Integer[] dateRankByIri = new Integer[papers.length];
        for (int i = 0; i < dateRankByIri.length; i++) dateRankByIri[i] = i;
        Arrays.sort(dateRankByIri, Comparator.comparing(i -> papers[i].getURI()));
        Node[] byIri = new Node[papers.length];
        int[] iriOf = new int[papers.length];   // date rank → IRI rank
        for (int i = 0; i < dateRankByIri.length; i++) { byIri[i] = papers[dateRankByIri[i]]; iriOf[dateRankByIri[i]] = i; }
        Map<Node, int[]> byTopicIri = new HashMap<>(byTopic.size() * 2);
        byTopic.forEach((t, ranks) -> {
            int[] r = new int[ranks.length];
            for (int i = 0; i < r.length; i++) r[i] = iriOf[ranks[i]];
            Arrays.sort(r);
            byTopicIri.put(t, r);
        });
        return new PaperIndex(papers, dateKeys, byTopic, byIri, byTopicIri, topicsOf, labels);
    }

    /**
     * Scans the quads (not the union graph, whose distinct step costs more than the maps below, which dedupe anyway);
     * papers and dates in one thread, topics in another.
     */
    static PaperIndex build(DatasetGraph dsg, BooleanSupplier stop) {
        // A thread of its own, not the common pool: a scan must never wait behind, or hold up, anyone else's tasks.
        FutureTask<Map<Node, List<Node>>> topicsScan = new FutureTask<>(() -> Txn.calculateRead(dsg, () -> {
            Map<Node, List<Node>> topicsOf = new HashMap<>();
            forEach(dsg, stop, Vocab.SUBJECT, null, q -> topicsOf.computeIfAbsent(q.getSubject(), k -> new ArrayList<>(3)).add(q.getObject()));
            return topicsOf;
        }));
        Thread scan = new Thread(topicsScan, "papergraph-index-topics");
        scan.setDaemon(true);
        scan.start();
        Map<Node, Dated> dates = Txn.calculateRead(dsg, () -> {
            Map<Node, Dated> d = new HashMap<>();
            forEach(dsg, stop, Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE, q -> d.put(q.getSubject(), new Dated(q.getSubject(), null)));
            forEach(dsg, stop, Vocab.DATE, null, q -> d.computeIfPresent(q.getSubject(),
                    (p, old) -> new Dated(p, max(old.dateKey(), ViewOrders.dateKey(q.getObject())))));
            return d;
        });
        Dated[] sorted = dates.values().stream().sorted(ViewOrders.NEWEST_FIRST).toArray(Dated[]::new);
        Node[] papers = new Node[sorted.length];
        String[] dateKeys = new String[sorted.length];
        Map<Node, Integer> rank = new HashMap<>(papers.length * 2);
        for (int i = 0; i < papers.length; i++) {
            papers[i] = sorted[i].paper();
            dateKeys[i] = sorted[i].dateKey();
            rank.put(papers[i], i);
        }

        Map<Node, List<Integer>> byTopic = new HashMap<>();
        Map<Node, Node[]> topicsOf = new HashMap<>();
        Map<Node, List<Node>> scanned;
        try {
            scanned = topicsScan.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        scanned.forEach((subject, topics) -> {
            Integer r = rank.get(subject);
            if (r == null) return;   // a listing's topics: its paper has the same
            Node[] distinct = topics.stream().distinct().toArray(Node[]::new);
            topicsOf.put(subject, distinct);
            for (Node t : distinct) byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
        });
        Map<Node, int[]> sortedByTopic = new HashMap<>();
        byTopic.forEach((t, ranks) -> sortedByTopic.put(t, ranks.stream().mapToInt(Integer::intValue).sorted().toArray()));
        Map<Node, String> labels = Txn.calculateRead(dsg, () -> labels(dsg, byTopic.keySet()));
        return of(papers, dateKeys, sortedByTopic, topicsOf, labels);
    }

    /** The topics' labels: each one's least {@code skos:prefLabel} in any graph, as {@code MIN(?name)} takes it. Inside a read transaction. */
    static Map<Node, String> labels(DatasetGraph dsg, Collection<Node> topics) {
        Graph union = dsg.getUnionGraph();
        Map<Node, String> l = new HashMap<>();
        for (Node topic : topics) {
            NodeValue least = null;
            Iterator<org.apache.jena.graph.Triple> it = union.find(topic, Vocab.PREF_LABEL, Node.ANY);
            try {
                while (it.hasNext()) {
                    NodeValue v = NodeValue.makeNode(it.next().getObject());
                    if (least == null || NodeValue.compareAlways(v, least) < 0) least = v;
                }
            } finally {
                Iter.close(it);
            }
            if (least != null && least.asNode().isLiteral()) l.put(topic, least.asNode().getLiteralLexicalForm());
        }
        return l;
    }

    static String max(String a, String b) { return a == null || b.compareTo(a) > 0 ? b : a; }

    /** Every quad with the predicate (and object); stops, ending its read transaction, once told to. */
    private static void forEach(DatasetGraph dsg, BooleanSupplier stop, Node p, Node o, Consumer<Quad> action) {
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, o == null ? Node.ANY : o);
        try {
            for (long n = 0; it.hasNext(); n++) {
                if ((n & 0xFFF) == 0 && stop.getAsBoolean()) throw new CancellationException("stopped");
                action.accept(it.next());
            }
        } finally {
            Iter.close(it);
        }
    }

    /** The order of {@link #byIri}. */
    static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    int paperCount() { return papers.length; }

    int topicCount() { return byTopic.size(); }

    List<Node> topicsByCount() { return topicsByCount; }

    String label(Node topic) { return topicLabels.getOrDefault(topic, topic.getLocalName()); }

    int count(Node topic) { int[] r = byTopic.get(topic); return r == null ? 0 : r.length; }

    List<Node> recent(int offset, int limit) {
        if (limit <= 0 || offset < 0) return List.of();
        return List.of(Arrays.copyOfRange(papers, Math.min(offset, papers.length), (int) Math.min((long) offset + limit, papers.length)));
    }

    /** A topic's papers, newest first. */
    List<Node> papersOf(Node topic, int offset, int limit) {
        int[] ranks = byTopic.getOrDefault(topic, new int[0]);
        List<Node> out = new ArrayList<>();
        for (int i = Math.max(0, offset); i < Math.min(ranks.length, (long) offset + limit); i++) out.add(papers[ranks[i]]);
        return out;
    }

    /** The topics papers are on, as the lists name them (merged spellings too). */
    java.util.Set<Node> topics() { return byTopic.keySet(); }

    boolean hasLabel(Node topic) { return topicLabels.containsKey(topic); }

    /** The ranks (newest first) of the papers on any of the topics, ascending, each once. */
    int[] ranksOn(java.util.Collection<Node> topics) {
        return topics.stream().map(byTopic::get).filter(java.util.Objects::nonNull).flatMapToInt(Arrays::stream).sorted().distinct().toArray();
    }

    Node paper(int rank) { return papers[rank]; }

    List<Node> topicsOf(Node paper) { Node[] t = topicsOf.get(paper); return t == null ? List.of() : List.of(t); }

    /**
     * The papers sharing most topics with this one, by IRI among equals ({@link ViewOrders#MOST_SHARED_FIRST});
     * exact, in primitive ints over the papers' IRI ranks. A paper sharing two or more topics is in one of the smaller
     * topics' lists, so only those are walked (merged, in rank order), each probed in the largest list by a galloping
     * search; papers only in the largest list share one topic, and only the first of them by IRI can make the cut.
     */
    List<Scored> related(Node paper, int limit) { return related(paper, topicsOf.get(paper), byTopicIri::get, limit); }

    /** The same, over the paper's {@code topics} and each topic's papers as IRI ranks, ascending ({@code iriRanks}). */
    List<Scored> related(Node paper, Node[] topics, java.util.function.Function<Node, int[]> iriRanks, int limit) {
        int me = Arrays.binarySearch(byIri, paper, BY_IRI);
        if (me < 0 || topics == null || topics.length == 0 || limit <= 0) return List.of();
        int[][] lists = Arrays.stream(topics).map(iriRanks).sorted(Comparator.comparingInt(a -> a.length)).toArray(int[][]::new);
        int[] largest = lists[lists.length - 1];
        int[][] merged = {new int[0], new int[0]};   // ranks ascending, and how many smaller lists hold each
        for (int i = 0; i < lists.length - 1; i++) merged = mergeCounting(merged[0], merged[1], lists[i]);
        int[] ranks = merged[0], counts = merged[1];

        int levels = lists.length;
        int[][] best = new int[levels + 1][limit];
        int[] filled = new int[levels + 1];
        int probe = 0;
        for (int i = 0; i < ranks.length; i++) {
            probe = gallop(largest, probe, ranks[i]);
            int shared = counts[i] + (probe < largest.length && largest[probe] == ranks[i] ? 1 : 0);
            if (ranks[i] != me && filled[shared] < limit) best[shared][filled[shared]++] = ranks[i];
        }
        // One shared topic, from the largest list alone: its first papers by IRI not counted above.
        int[] onlyLargest = new int[limit];
        int found = 0;
        for (int i = 0, j = 0; i < largest.length && found < limit; i++) {
            while (j < ranks.length && ranks[j] < largest[i]) j++;
            if (largest[i] != me && (j == ranks.length || ranks[j] != largest[i])) onlyLargest[found++] = largest[i];
        }
        int[] ones = java.util.stream.IntStream.concat(Arrays.stream(best[1], 0, filled[1]), Arrays.stream(onlyLargest, 0, found))
                .sorted().limit(limit).toArray();
        List<Scored> out = new ArrayList<>(limit);
        for (int level = levels; level >= 2 && out.size() < limit; level--)
            for (int i = 0; i < filled[level] && out.size() < limit; i++) out.add(new Scored(byIri[best[level][i]], level));
        for (int i = 0; i < ones.length && out.size() < limit; i++) out.add(new Scored(byIri[ones[i]], 1));
        return out;
    }

    /** Merges a sorted list into sorted (rank, count) arrays, adding one to the count of ranks in both. */
    private static int[][] mergeCounting(int[] ranks, int[] counts, int[] list) {
        int[] r = new int[ranks.length + list.length], c = new int[r.length];
        int i = 0, j = 0, n = 0;
        while (i < ranks.length || j < list.length) {
            if (j == list.length || (i < ranks.length && ranks[i] < list[j])) { r[n] = ranks[i]; c[n++] = counts[i++]; }
            else if (i == ranks.length || list[j] < ranks[i]) { r[n] = list[j++]; c[n++] = 1; }
            else { r[n] = ranks[i]; c[n++] = counts[i++] + 1; j++; }
        }
        return new int[][] {Arrays.copyOf(r, n), Arrays.copyOf(c, n)};
    }

    /** The first position at or after {@code from} whose value is not less than {@code target}, by doubling steps. */
    private static int gallop(int[] a, int from, int target) {
        int step = 1, lo = from, hi = from;
        while (hi < a.length && a[hi] < target) { lo = hi + 1; hi += step; step <<= 1; }
        int pos = Arrays.binarySearch(a, lo, Math.min(hi + 1, a.length), target);
        return pos >= 0 ? pos : -pos - 1;
    }

    /** The topics most often listed together with this one ({@link ViewOrders#mostFirstThenByLabel}). */
    List<Scored> relatedTopics(Node topic, int limit) {
        if (limit <= 0) return List.of();
        List<Scored> all = relatedTopics.computeIfAbsent(topic, t -> {
            Map<Node, Integer> counts = new HashMap<>();
            for (int r : byTopic.getOrDefault(t, new int[0]))
                for (Node other : topicsOf.get(papers[r])) if (!other.equals(t)) counts.merge(other, 1, Integer::sum);
            return counts.entrySet().stream().map(e -> new Scored(e.getKey(), e.getValue()))
                    .sorted(ViewOrders.mostFirstThenByLabel(this::label)).toList();
        });
        return all.subList(0, Math.min(limit, all.size()));
    }
}
