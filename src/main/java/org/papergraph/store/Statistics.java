package org.papergraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.papergraph.rdf.Iris;
import org.papergraph.store.tdb.QuadWriter;
import org.papergraph.store.views.TopicTree;

import static org.papergraph.rdf.Vocab.*;

/**
 * The statistics graph ({@code {base}statistics}): what is costly to count over the union of the sources at query
 * time, counted once when a load changes the store. Papers per topic and per pair of topics, as the topics are
 * curated ({@link TopicCounts}); papers per month; the papers several sources list; the newest papers, by date and by
 * when they were first listed, and the papers with code tallied by date ({@link Rankings}); and the data-quality findings
 * (papers with no topic, listings titling their paper otherwise).
 * The canned queries read it, so they answer in milliseconds whatever the store's size, with the answers a count
 * over the union would give ({@code TestStatistics} holds each count to the SPARQL it replaces).
 * <p>
 * Counting walks TDB2's quad indexes in node ids, one predicate at a time; a triple stated in several graphs is met
 * once. Only dates, topics and titles that differ are turned back into nodes: at 100K papers this takes about a
 * second, where the same counts in SPARQL took fifteen inside the load's transaction.
 * <p>
 * The graph records the catalog state it was counted from ({@code dcterms:modified} equal to the catalog's): a load
 * killed after a source's commit and before the count leaves it stale, and the next load counts again. So does a
 * graph counted by an older papergraph ({@code schema:version} not {@link #FORMAT}).
 */
public final class Statistics {
    /**
     * The shape of the counts: 3, pages of pairs and of papers with code found by tallies ({@link Tallies}); 2, by
     * ranks; 1 (unmarked), topics counted as the lists spell them rather than as curated.
     */
    static final Node FORMAT = Store.literal("3");

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
        return catalogModified == null ? counted == null : catalogModified.equals(counted) && FORMAT.equals(object(graph, VERSION));
    }

    /** Counts everything again, replacing the graph. Inside the caller's write transaction. */
    public void recount() {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        Node catalogModified = catalog.modified();
        if (catalogModified == null) return; // an empty store: nothing to count
        count(UnionIds.of(dsg), catalogModified);
    }

    private <I> void count(UnionIds<I> ids, Node catalogModified) {
        Set<I> papers = ids.subjects(TYPE, SCHOLARLY_ARTICLE);
        Map<I, List<I>> topicsOf = ids.objects(SUBJECT, papers);
        Map<I, List<I>> datesOf = ids.objects(DATE, papers);
        Map<I, List<I>> paperOf = ids.objects(LISTING_OF, null);
        Map<I, List<I>> sourceOf = ids.objects(WAS_DERIVED_FROM, paperOf.keySet());
        Map<I, List<I>> titleOf = ids.objects(TITLE, null);
        TopicTree tree = TopicTree.read(dsg);
        // Read everything first: TDB2's iterators may not see the indexes change under them.
        List<Quad> out = new ArrayList<>();
        say(out, graph, TYPE, STATISTICS);
        say(out, graph, TITLE, Store.literal("papergraph statistics"));
        say(out, graph, WAS_DERIVED_FROM, iris.sourceCatalog());
        say(out, graph, MODIFIED, catalogModified);
        say(out, graph, VERSION, FORMAT);
        new TopicCounts(tree).write(ids, topicsOf, iris, out);
        months(ids, datesOf, out);
        new Rankings(iris).count(ids, papers, datesOf, out);
        severalSources(ids, paperOf, sourceOf, out);
        for (I p : papers) if (!topicsOf.containsKey(p)) say(out, graph, PAPER_WITHOUT_TOPIC, ids.node(p));
        otherTitles(ids, paperOf, titleOf, out);
        try (QuadWriter writer = new QuadWriter(dsg)) {
            out.forEach(writer::quad);
            writer.finish();
        }
    }

    /** Papers per month of their date ({@code 2024-05}, the date's first seven characters); a paper once a month. */
    private <I> void months(UnionIds<I> ids, Map<I, List<I>> datesOf, List<Quad> out) {
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

    /** How many sources list a paper, for the papers more than one lists. */
    private <I> void severalSources(UnionIds<I> ids, Map<I, List<I>> paperOf, Map<I, List<I>> sourceOf,
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
    private <I> void otherTitles(UnionIds<I> ids, Map<I, List<I>> paperOf, Map<I, List<I>> titleOf, List<Quad> out) {
        paperOf.forEach((listing, papers) -> {
            boolean other = false;
            for (I p : papers)
                for (I rowTitle : titleOf.getOrDefault(listing, List.of()))
                    for (I title : titleOf.getOrDefault(p, List.of()))
                        other |= !rowTitle.equals(title) && !lowerCase(ids.node(rowTitle)).equals(lowerCase(ids.node(title)));
            if (other) say(out, graph, LISTING_WITH_OTHER_TITLE, ids.node(listing));
        });
    }

    static String lowerCase(Node n) {
        return (n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).toLowerCase(Locale.ROOT);
    }

    private void say(List<Quad> out, Node s, Node p, Node o) { out.add(Quad.create(graph, s, p, o)); }

    static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    private Node object(Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }
}
