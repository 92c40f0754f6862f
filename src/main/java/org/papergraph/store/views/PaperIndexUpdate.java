package org.papergraph.store.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.views.PaperViews.Dated;

/**
 * A {@link PaperIndex} brought up to date from the one before a reload: only the papers the reload touched are read
 * again, each by point lookups of its facts across every graph (a paper several sources list is their union), and
 * the arrays are copied with those papers taken out and put back in their places. Copying is linear in the papers
 * and cheap; the index scans and the turning of ids back into nodes, which a build costs, grow only with the change.
 */
final class PaperIndexUpdate {
    private PaperIndexUpdate() {}

    /** What the store says now of one paper touched: its latest date's key and its topics; absent when no graph lists it. */
    private record Facts(Dated dated, Node[] topics) {}

    static PaperIndex apply(PaperIndex old, DatasetGraph dsg, Set<Node> touched) {
        if (touched.isEmpty()) return old;
        Map<Node, Facts> now = new HashMap<>();
        Set<Node> topics = new HashSet<>();
        Map<Node, String> labels = Txn.calculateRead(dsg, () -> {
            for (Node p : touched) {
                Node[] before = old.topicsOf.get(p);
                if (before != null) topics.addAll(Arrays.asList(before));
                Facts f = facts(dsg, p);
                if (f == null) continue;
                now.put(p, f);
                topics.addAll(Arrays.asList(f.topics()));
            }
            return PaperIndex.labels(dsg, topics);
        });

        // Newest first: the papers kept, in their order, merged with the touched papers still listed.
        List<Dated> added = now.values().stream().map(Facts::dated).sorted(ViewOrders.NEWEST_FIRST).toList();
        int n = old.papers.length, kept = 0;
        for (Node p : old.papers) if (!touched.contains(p)) kept++;
        Node[] papers = new Node[kept + added.size()];
        String[] keys = new String[papers.length];
        int[] moved = new int[n];                       // old rank → new rank, -1 for a paper touched
        Map<Node, Integer> rank = new HashMap<>();      // a touched paper's new rank
        int i = 0;
        for (int j = 0, k = 0; k < papers.length; k++) {
            while (i < n && touched.contains(old.papers[i])) moved[i++] = -1;
            if (j < added.size() && (i == n || ViewOrders.NEWEST_FIRST.compare(added.get(j), new Dated(old.papers[i], old.dateKeys[i])) < 0)) {
                papers[k] = added.get(j).paper();
                keys[k] = added.get(j++).dateKey();
                rank.put(papers[k], k);
            } else {
                papers[k] = old.papers[i];
                keys[k] = old.dateKeys[i];
                moved[i++] = k;
            }
        }
        while (i < n) moved[i++] = -1;  // touched, after the last kept

        // By IRI, the same way.
        List<Node> addedByIri = added.stream().map(Dated::paper).sorted(PaperIndex.BY_IRI).toList();
        Node[] byIri = new Node[papers.length];
        int[] movedIri = new int[n];
        Map<Node, Integer> iriRank = new HashMap<>();
        i = 0;
        for (int j = 0, k = 0; k < byIri.length; k++) {
            while (i < n && touched.contains(old.byIri[i])) movedIri[i++] = -1;
            if (j < addedByIri.size() && (i == n || PaperIndex.BY_IRI.compare(addedByIri.get(j), old.byIri[i]) < 0)) {
                byIri[k] = addedByIri.get(j++);
                iriRank.put(byIri[k], k);
            } else {
                byIri[k] = old.byIri[i];
                movedIri[i++] = k;
            }
        }
        while (i < n) movedIri[i++] = -1;

        Map<Node, Node[]> topicsOf = new HashMap<>(old.topicsOf);
        topicsOf.keySet().removeAll(touched);
        Map<Node, List<Node>> gained = new HashMap<>();   // topic → its touched papers now
        now.forEach((p, f) -> {
            if (f.topics().length == 0) return;
            topicsOf.put(p, f.topics());
            for (Node t : f.topics()) gained.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
        });
        Map<Node, int[]> byTopic = new HashMap<>(old.byTopic.size() * 2), byTopicIri = new HashMap<>(old.byTopicIri.size() * 2);
        for (Node t : old.byTopic.keySet()) {
            if (topics.contains(t)) continue;   // below
            byTopic.put(t, renumber(old.byTopic.get(t), moved, List.of(), rank));
            byTopicIri.put(t, renumber(old.byTopicIri.get(t), movedIri, List.of(), iriRank));
        }
        for (Node t : topics) {
            List<Node> mine = gained.getOrDefault(t, List.of());
            int[] ranks = renumber(old.byTopic.getOrDefault(t, new int[0]), moved, mine, rank);
            if (ranks.length == 0) continue;    // a topic no paper has any more
            byTopic.put(t, ranks);
            byTopicIri.put(t, renumber(old.byTopicIri.getOrDefault(t, new int[0]), movedIri, mine, iriRank));
        }
        Map<Node, String> allLabels = new HashMap<>(old.topicLabels);
        allLabels.keySet().removeAll(topics);
        labels.forEach((t, l) -> {
            if (byTopic.containsKey(t)) allLabels.put(t, l);
        });
        return new PaperIndex(papers, keys, byTopic, byIri, byTopicIri, topicsOf, allLabels);
    }

    /** A topic's ranks in the new order: the old ones moved (those gone left out), and those of its touched papers. */
    private static int[] renumber(int[] ranks, int[] moved, List<Node> touched, Map<Node, Integer> rank) {
        int[] out = new int[ranks.length + touched.size()];
        int k = 0;
        for (int r : ranks) if (moved[r] >= 0) out[k++] = moved[r];
        for (Node p : touched) out[k++] = rank.get(p);
        out = k == out.length ? out : Arrays.copyOf(out, k);
        if (!touched.isEmpty()) Arrays.sort(out);
        return out;
    }

    /** A paper's date and topics as the union of the graphs has them; null when no graph types it as a paper. */
    private static Facts facts(DatasetGraph dsg, Node paper) {
        if (!paper.isURI() || !any(dsg, paper, Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE)) return null;
        String[] latest = {null};
        each(dsg, paper, Vocab.DATE, q -> latest[0] = PaperIndex.max(latest[0], ViewOrders.dateKey(q.getObject())));
        // In the order of the topics' ids, as a build's scan meets them.
        Set<Node> topics = new LinkedHashSet<>();
        each(dsg, paper, Vocab.SUBJECT, q -> topics.add(q.getObject()));
        return new Facts(new Dated(paper, latest[0]), topics.toArray(Node[]::new));
    }

    private static boolean any(DatasetGraph dsg, Node s, Node p, Node o) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, o);
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    private static void each(DatasetGraph dsg, Node s, Node p, java.util.function.Consumer<Quad> action) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }
}
