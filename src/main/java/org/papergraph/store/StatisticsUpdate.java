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
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.store.views.TopicTree;

/**
 * Brings the {@link Statistics} up to date after a load from what it changed, rather than counting the store again.
 * Inside each source's write transaction the load tells it the papers the source lists, before its graph is replaced
 * or dropped and after it is written; the first time a paper is met its facts as they were before the load are kept
 * (its topics and months; a paper new to the source is read without the source's new graph).
 * At the end each paper touched is read again and the counts of its topics, pairs of topics and months move by the
 * difference; the findings about those papers and their listings are made again, the pairs' tallies moved by the
 * counts the pairs had and have ({@link Tallies}), and the rankings over all papers moved by the papers touched.
 * <p>
 * Topics count as curated ({@link TopicCounts}): the merges and broader links ({@link TopicTree}) are read at the
 * start and at the end, a paper's topics as they were counted by the first and as they are by the second. When they
 * differ (the topics file edited, a list's headings arranged otherwise) the papers on the topics that count
 * otherwise are read too, their counts moved from the old arrangement to the new. A load whose statistics were stale
 * to begin with, into an empty store, or touching very many papers counts everything again.
 * {@code TestStatisticsUpdate} holds the result to a full recount.
 */
public final class StatisticsUpdate {
    /** More papers touched than this: counting everything again costs less than reading each. */
    static final int MOST_PAPERS = 20_000;

    /** What the statistics count of one paper: whether it is one, its topics and the months of its dates. */
    private record Facts(boolean paper, Set<Node> topics, Set<String> months) {
        static final Facts NONE = new Facts(false, Set.of(), Set.of());
    }

    private final Store store;
    private final DatasetGraph dsg;
    private final Node graph;
    private final boolean incremental;
    private final TopicTree treeBefore;
    private final Map<Node, Facts> before = new HashMap<>();
    private final Set<Node> listings = new HashSet<>();

    /** At the start of a load, in a read transaction of its own. */
    public StatisticsUpdate(Store store) {
        this.store = store;
        this.dsg = store.dataset();
        this.graph = store.iris().statistics();
        this.treeBefore = dsg.calculateRead(() -> new Catalog(store).modified() != null && new Statistics(store).isCurrent()
                ? TopicTree.read(dsg) : null);
        this.incremental = treeBefore != null;
    }

    /**
     * Before a source's graph is replaced or dropped, inside its write transaction: the papers and listings it holds.
     * The statistics are stale from then until {@link #apply}: their stamp goes in the same transaction, since the
     * catalog's time (the newest source's) need not move when a source changes.
     */
    public void before(Collection<Node> papers, Collection<Node> listings) {
        dsg.deleteAny(graph, graph, MODIFIED, Node.ANY);
        if (!incremental) return;
        this.listings.addAll(listings);
        for (Node p : papers) if (!before.containsKey(p)) before.put(p, facts(p, null));
    }

    /** After a source's graph is written, inside its write transaction: the papers and listings it holds now. */
    public void after(Node source, Collection<Node> papers, Collection<Node> listings) {
        if (!incremental) return;
        this.listings.addAll(listings);
        // Not in the source's graph before: as they were, they were what the other graphs say.
        for (Node p : papers) if (!before.containsKey(p)) before.put(p, facts(p, source));
    }

    /**
     * After the load's sources, inside the caller's write transaction: the statistics as a full count would leave
     * them. Returns whether only what changed was counted (false: everything was).
     */
    public boolean apply() {
        if (!incremental || before.size() > MOST_PAPERS || new Catalog(store).modified() == null) return recount();
        TopicTree treeNow = TopicTree.read(dsg);
        Set<Node> moved = treeNow.movedFrom(treeBefore);
        Set<Node> rearranged = new HashSet<>();   // papers no source touched whose topics count otherwise now
        for (Node t : moved) for (Node p : subjects(SUBJECT, t)) if (!before.containsKey(p)) rearranged.add(p);
        if (before.size() + rearranged.size() > MOST_PAPERS) return recount();
        TopicCounts was = new TopicCounts(treeBefore), is = new TopicCounts(treeNow);
        Map<Node, Integer> perTopic = new HashMap<>();
        Map<List<Node>, Integer> perPair = new HashMap<>();
        Map<String, Integer> perMonth = new HashMap<>();
        before.forEach((p, old) -> {
            Facts now = facts(p, null);
            count(old, -1, was, perTopic, perPair, perMonth);
            count(now, 1, is, perTopic, perPair, perMonth);
            dsg.delete(graph, graph, PAPER_WITHOUT_TOPIC, p);
            if (now.paper() && now.topics().isEmpty()) dsg.add(graph, graph, PAPER_WITHOUT_TOPIC, p);
            sources(p);
            for (Node l : subjects(LISTING_OF, p)) listings.add(l);
        });
        for (Node p : rearranged) {
            Facts f = facts(p, null);
            count(f, -1, was, perTopic, perPair, perMonth);
            count(f, 1, is, perTopic, perPair, perMonth);
        }
        perTopic.forEach((t, d) -> move(t, d, null));
        perMonth.forEach((m, d) -> move(store.iris().month(m), d, m));
        Map<Long, Long> pairsWithCount = new HashMap<>();   // how many pairs more (or fewer) share each count
        perPair.forEach((topics, d) -> movePair(topics, d, pairsWithCount));
        new Tallies(dsg, store.iris()).movePairs(pairsWithCount);
        listings.forEach(this::otherTitle);
        new RankingsUpdate(dsg, store.iris()).apply(before.keySet());
        dsg.deleteAny(graph, graph, MODIFIED, Node.ANY);
        dsg.add(graph, graph, MODIFIED, new Catalog(store).modified());
        return true;
    }

    private boolean recount() {
        new Statistics(store).recount();
        return false;
    }

    private static void count(Facts f, int sign, TopicCounts topics, Map<Node, Integer> perTopic, Map<List<Node>, Integer> perPair,
                              Map<String, Integer> perMonth) {
        if (!f.paper()) return;
        topics.count(f.topics(), sign, perTopic, perPair);
        for (String m : f.months()) perMonth.merge(m, sign, Integer::sum);
    }

    /** A paper's facts in every graph but {@code without}. */
    private Facts facts(Node p, Node without) {
        boolean[] paper = {false};
        each(p, TYPE, SCHOLARLY_ARTICLE, without, q -> paper[0] = true);
        if (!paper[0]) return Facts.NONE;
        Set<Node> topics = new LinkedHashSet<>();
        each(p, SUBJECT, Node.ANY, without, q -> topics.add(q.getObject()));
        Set<String> months = new HashSet<>();
        each(p, DATE, Node.ANY, without, q -> {
            if (!q.getObject().isLiteral()) return;
            String lexical = q.getObject().getLiteralLexicalForm();
            months.add(lexical.substring(0, Math.min(7, lexical.length())));
        });
        return new Facts(true, topics, months);
    }

    /** A topic's or month's paper count moved by {@code d}; a month ({@code yearMonth} given) described when new, dropped at zero. */
    private void move(Node s, int d, String yearMonth) {
        if (d == 0) return;
        long n = number(s) + d;
        dsg.deleteAny(graph, s, PAPER_COUNT, Node.ANY);
        if (n > 0) dsg.add(graph, s, PAPER_COUNT, Statistics.integer(n));
        if (yearMonth == null) return;
        if (n <= 0) {
            dsg.deleteAny(graph, s, Node.ANY, Node.ANY);
        } else if (n == d) {
            dsg.add(graph, s, TYPE, MONTH);
            dsg.add(graph, s, YEAR_MONTH, Store.literal(yearMonth));
        }
    }

    /** A pair's count moved by {@code d}: a pair made is described, one gone leaves; {@code tallied} follows its count. */
    private void movePair(List<Node> topics, int d, Map<Long, Long> tallied) {
        if (d == 0) return;
        Node pair = store.iris().topicPair(topics.get(0), topics.get(1));
        long was = number(pair), n = was + d;
        if (was > 0) tallied.merge(was, -1L, Long::sum);
        if (n <= 0) {
            dsg.deleteAny(graph, pair, Node.ANY, Node.ANY);
            return;
        }
        tallied.merge(n, 1L, Long::sum);
        if (n == d) {
            dsg.add(graph, pair, TYPE, TOPIC_PAIR);
            dsg.add(graph, pair, PAIR_OF, topics.get(0));
            dsg.add(graph, pair, PAIR_OF, topics.get(1));
        }
        dsg.deleteAny(graph, pair, PAPER_COUNT, Node.ANY);
        dsg.add(graph, pair, PAPER_COUNT, Statistics.integer(n));
    }

    /** How many sources list a paper, said when more than one does. */
    private void sources(Node paper) {
        Set<Node> sources = new HashSet<>();
        for (Node l : subjects(LISTING_OF, paper)) sources.addAll(objects(l, WAS_DERIVED_FROM));
        dsg.deleteAny(graph, paper, SOURCE_COUNT, Node.ANY);
        if (sources.size() > 1) dsg.add(graph, paper, SOURCE_COUNT, Statistics.integer(sources.size()));
    }

    /** Whether a listing titles its paper otherwise, said again (a listing gone says nothing). */
    private void otherTitle(Node listing) {
        dsg.delete(graph, graph, LISTING_WITH_OTHER_TITLE, listing);
        boolean other = false;
        Set<Node> rowTitles = new HashSet<>(objects(listing, TITLE));
        for (Node p : new HashSet<>(objects(listing, LISTING_OF)))
            for (Node rowTitle : rowTitles)
                for (Node title : new HashSet<>(objects(p, TITLE)))
                    other |= !rowTitle.equals(title) && !Statistics.lowerCase(rowTitle).equals(Statistics.lowerCase(title));
        if (other) dsg.add(graph, graph, LISTING_WITH_OTHER_TITLE, listing);
    }

    /** The count a subject has in the statistics graph, 0 if none. */
    private long number(Node s) {
        var it = dsg.find(graph, s, PAPER_COUNT, Node.ANY);
        try {
            return it.hasNext() && it.next().getObject().getLiteralValue() instanceof Number n ? n.longValue() : 0;
        } finally {
            Iter.close(it);
        }
    }

    /** The quads of a subject and predicate in any graph but {@code without} (the statistics graph's own left out). */
    private void each(Node s, Node p, Node o, Node without, Consumer<Quad> action) {
        var it = dsg.find(Node.ANY, s, p, o);
        try {
            it.forEachRemaining(q -> {
                if (!q.getGraph().equals(without) && !q.getGraph().equals(graph)) action.accept(q);
            });
        } finally {
            Iter.close(it);
        }
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        try {
            it.forEachRemaining(q -> out.add(q.getObject()));
        } finally {
            Iter.close(it);
        }
        return out;
    }

    private List<Node> subjects(Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        var it = dsg.find(Node.ANY, Node.ANY, p, o);
        try {
            it.forEachRemaining(q -> out.add(q.getSubject()));
        } finally {
            Iter.close(it);
        }
        return new ArrayList<>(out);
    }

}
