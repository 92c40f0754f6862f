package org.papergraph.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
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

    /**
     * Scans the quads (not the union graph, whose distinct step costs more than the maps below, which dedupe anyway);
     * papers and dates in one thread, topics in another.
     */
    static PaperIndex build(Site site) {
        DatasetGraph dsg = site.dataset();
        // A thread of its own, not the common pool: a scan must never wait behind, or hold up, anyone else's tasks.
        FutureTask<Map<Node, List<Node>>> topicsScan = new FutureTask<>(() -> Txn.calculateRead(dsg, () -> {
            Map<Node, List<Node>> topicsOf = new HashMap<>();
            forEach(site, Vocab.SUBJECT, null, q -> topicsOf.computeIfAbsent(q.getSubject(), k -> new ArrayList<>(3)).add(q.getObject()));
            return topicsOf;
        }));
        Thread scan = new Thread(topicsScan, "papergraph-index-topics");
        scan.setDaemon(true);
        scan.start();
        Map<Node, String> dates = Txn.calculateRead(dsg, () -> {
            Map<Node, String> d = new HashMap<>();
            forEach(site, Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE, q -> d.put(q.getSubject(), ""));
            forEach(site, Vocab.DATE, null, q -> d.computeIfPresent(q.getSubject(),
                    (p, old) -> max(old, q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : "")));
            return d;
        });
        Node[] papers = dates.keySet().toArray(Node[]::new);
        Arrays.sort(papers, Comparator.comparing((Node p) -> dates.get(p)).reversed().thenComparing(Node::getURI));
        Map<Node, Integer> rank = new HashMap<>(papers.length * 2);
        for (int i = 0; i < papers.length; i++) rank.put(papers[i], i);

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
        Map<Node, String> labels = Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            Map<Node, String> l = new HashMap<>();
            for (Node topic : byTopic.keySet())
                l.put(topic, Describer.first(union, topic, Vocab.PREF_LABEL).map(Node::getLiteralLexicalForm).orElse(topic.getLocalName()));
            return l;
        });
        return new PaperIndex(papers, sortedByTopic, topicsOf, labels);
    }

    private static String max(String a, String b) { return a.compareTo(b) >= 0 ? a : b; }

    /** Every quad with the predicate (and object); stops, ending its read transaction, once the server closes. */
    private static void forEach(Site site, Node p, Node o, Consumer<Quad> action) {
        Iterator<Quad> it = site.dataset().find(Node.ANY, Node.ANY, p, o == null ? Node.ANY : o);
        try {
            for (long n = 0; it.hasNext(); n++) {
                if ((n & 0xFFF) == 0 && site.closed()) throw new CancellationException("the server is stopping");
                action.accept(it.next());
            }
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
     * The papers sharing most topics with this one, newest first among equals; exact, in primitive ints. A paper
     * sharing two or more topics is in one of the smaller topics' lists, so only those are walked (merged, in rank
     * order), each probed in the largest list by a galloping search; papers only in the largest list share one
     * topic, and only the newest of them can make the cut.
     */
    List<Scored> related(Node paper, int limit) {
        Integer me = rank.get(paper);
        Node[] topics = topicsOf.get(paper);
        if (me == null || topics == null || limit <= 0) return List.of();
        int[][] lists = Arrays.stream(topics).map(byTopic::get).sorted(Comparator.comparingInt(a -> a.length)).toArray(int[][]::new);
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
        // One shared topic, from the largest list alone: its newest papers not counted above.
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
            for (int i = 0; i < filled[level] && out.size() < limit; i++) out.add(new Scored(papers[best[level][i]], level));
        for (int i = 0; i < ones.length && out.size() < limit; i++) out.add(new Scored(papers[ones[i]], 1));
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
