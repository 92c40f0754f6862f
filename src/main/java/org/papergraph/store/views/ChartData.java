package org.papergraph.store.views;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.views.PaperViews.Share;

/**
 * The numbers the pages draw: a topic's or a source's papers per month, and how many papers have code. Each is
 * counted the first time a page asks and kept for the life of its {@link PaperViews} (a reload makes new views), so
 * a chart costs one walk of a topic's or source's papers per generation, never one of the store per request.
 * <p>
 * A paper counts once, in the month of its latest date; a paper dated by a year alone, or undated, is not drawn.
 */
final class ChartData {
    private final DatasetGraph dsg;
    private final Node statistics;
    private final Supplier<PaperIndex> memory;
    private final Function<Node, int[]> ranksOn;   // a topic's papers, its gathered topics' included: ranks in memory
    private final Map<Node, SortedMap<String, Integer>> topicMonths = new ConcurrentHashMap<>(), sourceMonths = new ConcurrentHashMap<>();
    private final Map<Node, Share> topicCode = new ConcurrentHashMap<>();
    private volatile Share allCode;

    ChartData(DatasetGraph dsg, Node statistics, Supplier<PaperIndex> memory, Function<Node, int[]> ranksOn) {
        this.dsg = dsg;
        this.statistics = statistics;
        this.memory = memory;
        this.ranksOn = ranksOn;
    }

    SortedMap<String, Integer> monthsOfTopic(Node topic) {
        return topicMonths.computeIfAbsent(topic, t -> {
            PaperIndex m = memory.get();
            SortedMap<String, Integer> out = new TreeMap<>();
            for (int rank : ranksOn.apply(t)) count(out, month(m.dateKeys[rank]));
            return out;
        });
    }

    /** From the source's own graph: its papers by the latest date it gives them. */
    SortedMap<String, Integer> monthsOfSource(Node source) {
        return sourceMonths.computeIfAbsent(source, s -> Txn.calculateRead(dsg, () -> {
            Map<Node, String> latest = new HashMap<>();
            forEach(s, null, Vocab.DATE, q -> latest.merge(q.getSubject(), ViewOrders.dateKey(q.getObject()), PaperIndex::max));
            SortedMap<String, Integer> out = new TreeMap<>();
            latest.values().forEach(key -> count(out, month(key)));
            return out;
        }));
    }

    /** A topic's papers with code, by one lookup per paper. */
    Share codeOfTopic(Node topic) {
        return topicCode.computeIfAbsent(topic, t -> Txn.calculateRead(dsg, () -> {
            PaperIndex m = memory.get();
            int[] ranks = ranksOn.apply(t);
            int with = 0;
            for (int rank : ranks) if (has(m.papers[rank], Vocab.HAS_CODE)) with++;
            return new Share(with, ranks.length);
        }));
    }

    /** Every paper with code: the statistics graph tallies each once, by its newest date ({@code pg:codePaperCount}). */
    Share codeOfAll() {
        Share s = allCode;
        if (s == null) {
            int[] with = {0};
            Txn.executeRead(dsg, () -> forEach(statistics, null, Vocab.CODE_PAPER_COUNT,
                    q -> with[0] += ((Number) q.getObject().getLiteralValue()).intValue()));
            allCode = s = new Share(with[0], memory.get().paperCount());
        }
        return s;
    }

    /** The month ({@code 2024-05}) of a {@link ViewOrders#dateKey}; null for a year alone or no date. */
    static String month(String dateKey) {
        if (dateKey == null || dateKey.length() < 8 || dateKey.charAt(0) == '0') return null;
        int bar = dateKey.indexOf('|');
        if (dateKey.charAt(0) == '1' && (bar < 0 || dateKey.length() - bar - 1 < 7)) return null; // a gYear
        String m = dateKey.substring(1, 8);
        return m.matches("\\d{4}-\\d{2}") ? m : null;
    }

    private static void count(SortedMap<String, Integer> out, String month) {
        if (month != null) out.merge(month, 1, Integer::sum);
    }

    private boolean has(Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    private void forEach(Node g, Node s, Node p, java.util.function.Consumer<Quad> action) {
        Iterator<Quad> it = dsg.find(g, s == null ? Node.ANY : s, p, Node.ANY);
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }
}
