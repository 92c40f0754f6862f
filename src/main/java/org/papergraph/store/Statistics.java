package org.papergraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.tdb.QuadIds;
import org.papergraph.store.tdb.QuadWriter;

import static org.papergraph.rdf.Vocab.*;

/**
 * The statistics graph ({@code {base}statistics}): what is costly to count over the union of the sources at query
 * time, counted once when a load changes the store. Papers per topic, per month and per pair of topics; the papers
 * several sources list; the newest papers, by date and by when they were first listed; the papers with code,
 * ranked; and the data-quality findings (papers with no topic, listings titling their paper otherwise).
 * The canned queries read it, so they answer in milliseconds whatever the store's size, with the answers a count
 * over the union would give ({@code TestStatistics} holds each count to the SPARQL it replaces).
 * <p>
 * Counting walks TDB2's quad indexes in node ids, one predicate at a time; a triple stated in several graphs is met
 * once. Only dates, topics and titles that differ are turned back into nodes: at 100K papers this takes about a
 * second, where the same counts in SPARQL took fifteen inside the load's transaction.
 * <p>
 * The graph records the catalog state it was counted from ({@code dcterms:modified} equal to the catalog's): a load
 * killed after a source's commit and before the count leaves it stale, and the next load counts again.
 */
public final class Statistics {
    /** How many of the newest papers are kept (the latest query asks for 20). */
    static final int NEWEST = 100;

    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node graph;
    private final Catalog catalog;

    public Statistics(Store store) {
        this.dsg = store.dataset();
        this.iris = store.iris();
        this.graph = iris.statistics();
        this.catalog = new Catalog(store);
    }

    /** Whether the graph was counted from the catalog as it is now. Inside the caller's transaction. */
    public boolean isCurrent() {
        Node catalogModified = catalog.modified();
        Node counted = object(graph, MODIFIED);
        return catalogModified == null ? counted == null : catalogModified.equals(counted);
    }

    /** Counts everything again, replacing the graph. Inside the caller's write transaction. */
    public void recount() {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        Node catalogModified = catalog.modified();
        if (catalogModified == null) return; // an empty store: nothing to count
        count(Ids.of(dsg), catalogModified);
    }

    private <I> void count(Ids<I> ids, Node catalogModified) {
        Set<I> papers = ids.subjects(TYPE, SCHOLARLY_ARTICLE);
        Map<I, List<I>> topicsOf = ids.objects(SUBJECT, papers);
        Map<I, List<I>> datesOf = ids.objects(DATE, papers);
        Map<I, List<I>> paperOf = ids.objects(LISTING_OF, null);
        Map<I, List<I>> sourceOf = ids.objects(WAS_DERIVED_FROM, paperOf.keySet());
        Map<I, List<I>> titleOf = ids.objects(TITLE, null);
        Map<I, List<I>> codeOf = ids.objects(HAS_CODE, null);
        // Read everything first: TDB2's iterators may not see the indexes change under them.
        List<Quad> out = new ArrayList<>();
        say(out, graph, TYPE, STATISTICS);
        say(out, graph, TITLE, Store.literal("papergraph statistics"));
        say(out, graph, WAS_DERIVED_FROM, iris.sourceCatalog());
        say(out, graph, MODIFIED, catalogModified);
        topics(ids, topicsOf, out);
        months(ids, datesOf, out);
        newest(ids, datesOf, out);
        newestListed(ids, papers, out);
        severalSources(ids, paperOf, sourceOf, out);
        for (I p : papers) if (!topicsOf.containsKey(p)) say(out, graph, PAPER_WITHOUT_TOPIC, ids.node(p));
        otherTitles(ids, paperOf, titleOf, out);
        codeRanks(ids, codeOf.keySet(), out);
        try (QuadWriter writer = new QuadWriter(dsg)) {
            out.forEach(writer::quad);
            writer.finish();
        }
    }

    /**
     * Papers per topic, and per pair of topics: a pair named once, its topics in the order of their IRIs, ranked by
     * papers shared and then by its topics' names (as "Topics listed together" orders them), so a page of pairs is
     * found by rank without sorting them all.
     */
    private <I> void topics(Ids<I> ids, Map<I, List<I>> topicsOf, List<Quad> out) {
        Map<I, Integer> perTopic = new HashMap<>();
        Map<List<Node>, Integer> perPair = new HashMap<>();
        for (List<I> topics : topicsOf.values()) {
            for (I t : topics) perTopic.merge(t, 1, Integer::sum);
            for (int i = 0; i < topics.size(); i++)
                for (int j = i + 1; j < topics.size(); j++) {
                    Node a = ids.node(topics.get(i)), b = ids.node(topics.get(j));
                    perPair.merge(a.getURI().compareTo(b.getURI()) < 0 ? List.of(a, b) : List.of(b, a), 1, Integer::sum);
                }
        }
        perTopic.forEach((t, n) -> say(out, ids.node(t), PAPER_COUNT, integer(n)));
        Map<Node, NodeValue> name = new HashMap<>(); // a topic's least label, as MIN(?name) takes it
        ids.objects(PREF_LABEL, perTopic.keySet()).forEach((t, labels) -> labels.stream().map(l -> NodeValue.makeNode(ids.node(l)))
                .min(NodeValue::compareAlways).ifPresent(l -> name.put(ids.node(t), l)));
        List<Map.Entry<List<Node>, Integer>> ranked = new ArrayList<>(perPair.entrySet());
        ranked.removeIf(e -> !name.containsKey(e.getKey().get(0)) || !name.containsKey(e.getKey().get(1)));
        ranked.sort(pairOrder(name));
        int rank = 0;
        for (var e : ranked) {
            Node a = e.getKey().get(0), b = e.getKey().get(1), pair = iris.topicPair(a, b);
            say(out, pair, TYPE, TOPIC_PAIR);
            say(out, pair, PAIR_OF, a);
            say(out, pair, PAIR_OF, b);
            say(out, pair, PAPER_COUNT, integer(e.getValue()));
            say(out, pair, RANK, integer(++rank));
        }
    }

    /** Pairs of topics by rank: most papers shared first, then by their topics' least labels ({@code name}). */
    static Comparator<Map.Entry<List<Node>, Integer>> pairOrder(Map<Node, NodeValue> name) {
        return Comparator.<Map.Entry<List<Node>, Integer>>comparingInt(e -> -e.getValue())
                .thenComparing(e -> name.get(e.getKey().get(0)), NodeValue::compareAlways)
                .thenComparing(e -> name.get(e.getKey().get(1)), NodeValue::compareAlways)
                .thenComparing(e -> e.getKey().toString());
    }

    /**
     * The rankings over every paper counted again (the newest by date and by first listing, the papers with code),
     * writing only the statements that differ: what {@link StatisticsUpdate} leaves to one scan of a few predicates
     * in node ids. Inside the caller's write transaction.
     */
    void recountRankings() { rankings(Ids.of(dsg)); }

    private <I> void rankings(Ids<I> ids) {
        Set<I> papers = ids.subjects(TYPE, SCHOLARLY_ARTICLE);
        List<Quad> out = new ArrayList<>();
        newest(ids, ids.objects(DATE, papers), out);
        newestListed(ids, papers, out);
        codeRanks(ids, ids.objects(HAS_CODE, null).keySet(), out);
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

    /** Papers per month of their date ({@code 2024-05}, the date's first seven characters); a paper once a month. */
    private <I> void months(Ids<I> ids, Map<I, List<I>> datesOf, List<Quad> out) {
        Map<String, Integer> perMonth = new TreeMap<>();
        for (List<I> dates : datesOf.values()) {
            Set<String> months = new HashSet<>();
            for (I d : dates) {
                Node date = ids.node(d);
                if (!date.isLiteral()) continue;
                String lexical = date.getLiteralLexicalForm();
                months.add(lexical.substring(0, Math.min(7, lexical.length())));
            }
            for (String m : months) perMonth.merge(m, 1, Integer::sum);
        }
        perMonth.forEach((month, n) -> {
            Node m = iris.month(month);
            say(out, m, TYPE, MONTH);
            say(out, m, YEAR_MONTH, Store.literal(month));
            say(out, m, PAPER_COUNT, integer(n));
        });
    }

    /**
     * The {@value #NEWEST} newest papers, and any dated the same as the last of them: the few rows "the latest papers"
     * needs to sort, where sorting every dated paper took half a second at 100K. Dates compare as SPARQL's ORDER BY
     * compares them, so the query's own sort of these gives its answer over all papers, up to that many rows.
     */
    private <I> void newest(Ids<I> ids, Map<I, List<I>> datesOf, List<Quad> out) {
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
            if (dates.stream().anyMatch(recent::contains)) say(out, graph, NEWEST_PAPER, ids.node(p));
        });
    }

    /**
     * The {@value #NEWEST} papers that first entered the store last ({@link History}), by that time and then by IRI,
     * as "the latest papers" orders them when asked for the newest listed: each paper has one such time, so these
     * are exactly the first of that order. Papers share times (a source's at one load): only the times are compared.
     */
    private <I> void newestListed(Ids<I> ids, Set<I> papers, List<Quad> out) {
        Map<I, List<I>> byTime = new HashMap<>();
        ids.objects(FIRST_LISTED, papers).forEach((p, times) -> byTime.computeIfAbsent(times.get(0), k -> new ArrayList<>()).add(p));
        Map<I, NodeValue> value = new HashMap<>();
        for (I t : byTime.keySet()) value.put(t, NodeValue.makeNode(ids.node(t)));
        List<I> newestFirst = new ArrayList<>(byTime.keySet());
        newestFirst.sort((x, y) -> NodeValue.compareAlways(value.get(y), value.get(x)));
        int left = NEWEST;
        for (int i = 0; i < newestFirst.size() && left > 0; i++) {
            List<Node> same = byTime.get(newestFirst.get(i)).stream().map(ids::node).sorted(Comparator.comparing(Node::getURI)).toList();
            for (Node p : same.subList(0, Math.min(left, same.size()))) say(out, graph, NEWEST_LISTED, p);
            left -= same.size();
        }
    }

    /**
     * Each paper with code ranked in the order of its IRI (as SPARQL orders IRIs): "Papers with code" is sorted by
     * paper, so its page ends among the papers ranked up to the page's end, and needs no sort of all the others.
     */
    private <I> void codeRanks(Ids<I> ids, Set<I> withCode, List<Quad> out) {
        List<Node> ranked = new ArrayList<>();
        for (I p : withCode) ranked.add(ids.node(p));
        ranked.sort(Comparator.comparing(Node::getURI));
        int rank = 0;
        for (Node p : ranked) say(out, p, CODE_RANK, integer(++rank));
    }

    /** How many sources list a paper, for the papers more than one lists. */
    private <I> void severalSources(Ids<I> ids, Map<I, List<I>> paperOf, Map<I, List<I>> sourceOf,
                                List<Quad> out) {
        Map<I, Set<I>> sourcesOf = new HashMap<>();
        paperOf.forEach((listing, papers) -> {
            for (I p : papers) sourcesOf.computeIfAbsent(p, k -> new HashSet<>(2)).addAll(sourceOf.getOrDefault(listing, List.of()));
        });
        sourcesOf.forEach((p, sources) -> {
            if (sources.size() > 1) say(out, ids.node(p), SOURCE_COUNT, integer(sources.size()));
        });
    }

    /** Listings with a title their paper does not have (case aside): one literal on both sides is no conflict. */
    private <I> void otherTitles(Ids<I> ids, Map<I, List<I>> paperOf, Map<I, List<I>> titleOf, List<Quad> out) {
        paperOf.forEach((listing, papers) -> {
            boolean other = false;
            for (I p : papers)
                for (I rowTitle : titleOf.getOrDefault(listing, List.of()))
                    for (I title : titleOf.getOrDefault(p, List.of()))
                        other |= !rowTitle.equals(title) && !lowerCase(ids.node(rowTitle)).equals(lowerCase(ids.node(title)));
            if (other) say(out, graph, LISTING_WITH_OTHER_TITLE, ids.node(listing));
        });
    }

    private static String lowerCase(Node n) {
        return (n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).toLowerCase(Locale.ROOT);
    }

    private void say(List<Quad> out, Node s, Node p, Node o) { out.add(Quad.create(graph, s, p, o)); }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    private Node object(Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }

    /** The union graph in TDB2's node ids ({@link QuadIds}): a predicate's triples, each once however many graphs state it. */
    private static final class Ids<I> {
        private final QuadIds<I> quads;
        private final Map<I, Node> decoded = new HashMap<>();

        private Ids(QuadIds<I> quads) { this.quads = quads; }

        static Ids<?> of(DatasetGraph dsg) { return new Ids<>(QuadIds.of(dsg)); }

        Node node(I id) { return decoded.computeIfAbsent(id, quads::node); }

        Set<I> subjects(Node predicate, Node object) {
            Set<I> out = new HashSet<>();
            I p = quads.id(predicate), o = quads.id(object);
            if (p == null || o == null) return out;
            scan(p, o, (s, x) -> out.add(s));
            return out;
        }

        /** Each subject's objects of the predicate, for the subjects kept ({@code null}: all). */
        Map<I, List<I>> objects(Node predicate, Set<I> keep) {
            Map<I, List<I>> out = new HashMap<>();
            I p = quads.id(predicate);
            if (p == null) return out;
            scan(p, null, (s, o) -> {
                if (keep == null || keep.contains(s)) out.computeIfAbsent(s, k -> new ArrayList<>(2)).add(o);
            });
            return out;
        }

        /** The predicate's (subject, object) pairs in POSG order, where a triple's copies in other graphs lie together. */
        private void scan(I p, I o, BiConsumer<I, I> action) {
            List<I> last = new ArrayList<>(2); // the last subject and object met
            last.add(null);
            last.add(null);
            quads.find(null, null, p, o, (gi, si, pi, oi) -> {
                if (si.equals(last.get(0)) && oi.equals(last.get(1))) return;
                last.set(0, si);
                last.set(1, oi);
                action.accept(si, oi);
            });
        }
    }
}
