package org.papergraph.store;

import static org.papergraph.rdf.Vocab.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.papergraph.rdf.Iris;

/**
 * The histograms in the statistics graph by which the paged canned queries find where a page ends, so that a page
 * reads only the rows up to its end and a load writes only the entries its change moves (never one per pair or paper):
 * <ul>
 * <li>pairs of topics by the papers they share: for each count some pair has, a {@code pg:PairTally} of how many pairs
 * share that many papers or more. {@code topic-pairs} takes the largest count with enough pairs for its page and
 * reads the pairs with that count or more, by value. New pairs start at the bottom and a count moves a step at a
 * time, so a change moves the tallies of the counts its pairs had and have.</li>
 * <li>papers with code by date, newest first, the undated last: for each month of days a paper with code has as its
 * newest date (a month or year given alone each its own; and one for no date), a {@code pg:CodeTally} of how many
 * papers have it and how many come after it (older or undated); each paper with code links its tally.
 * {@code papers-with-code} takes the newest tally with enough papers up to it and reads the papers of the tallies
 * up to there, sorting them by their dates. SPARQL sorts days by value and every day above every month or year
 * given alone ({@code TestTallies}), so a month's days sort together. New papers are mostly the newest, so they move
 * few "after" counts.</li>
 * </ul>
 * Each is counted as exact counts per value and written as the differences from what the graph holds.
 */
final class Tallies {
    /** Dates newest first, as {@code ORDER BY DESC(?date)} and {@code MAX} compare them; null (no date) last. */
    static final Comparator<Node> NEWEST_FIRST = (x, y) -> {
        if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
        int c = NodeValue.compareAlways(NodeValue.makeNode(y), NodeValue.makeNode(x));
        return c != 0 ? c : x.toString().compareTo(y.toString());
    };

    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node graph;

    Tallies(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.iris = iris;
        this.graph = iris.statistics();
    }

    /** The pairs' tallies from how many pairs share each count of papers. */
    static void pairs(Iris iris, Map<Long, Long> pairsWithCount, List<Quad> out) {
        Node graph = iris.statistics();
        List<Long> mostFirst = new ArrayList<>(pairsWithCount.keySet());
        mostFirst.sort(Comparator.reverseOrder());
        long atLeast = 0;
        for (long count : mostFirst) {
            Node tally = iris.pairTally(count);
            atLeast += pairsWithCount.get(count);
            out.add(Quad.create(graph, tally, TYPE, PAIR_TALLY));
            out.add(Quad.create(graph, tally, MIN_PAPERS, Statistics.integer(count)));
            out.add(Quad.create(graph, tally, PAIR_COUNT, Statistics.integer(atLeast)));
        }
    }

    /**
     * The date a paper's tally is of, from its newest date: a day's month (as text, {@code "2024-05"}); any other
     * date itself, a month or a year given alone sorting below every day whatever its time; null for none.
     */
    static Node key(Node date) {
        boolean day = date != null && date.isLiteral() && date.getLiteralDatatypeURI().equals(XSDDatatype.XSDdate.getURI())
                && date.getLiteralLexicalForm().matches("\\d{4}-\\d{2}-\\d{2}");
        return day ? NodeFactory.createLiteralString(date.getLiteralLexicalForm().substring(0, 7)) : date;
    }

    /** Tallies' dates newest first as their papers' dates sort: a month of days where its first day does. */
    static final Comparator<Node> KEYS_NEWEST_FIRST = Comparator.comparing(
            (Node k) -> k != null && k.isLiteral() && k.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())
                    ? NodeFactory.createLiteralDT(k.getLiteralLexicalForm() + "-01", XSDDatatype.XSDdate) : k, NEWEST_FIRST);

    /** The code tallies from how many papers with code each tally's date has ({@link #key}; null: no date). */
    static void code(Iris iris, Map<Node, Long> papersOf, List<Quad> out) {
        Node graph = iris.statistics();
        List<Node> oldestFirst = new ArrayList<>(papersOf.keySet());
        oldestFirst.sort(KEYS_NEWEST_FIRST.reversed());
        long after = 0;
        for (Node date : oldestFirst) {
            Node tally = iris.codeTally(date);
            long papers = papersOf.get(date);
            out.add(Quad.create(graph, tally, TYPE, CODE_TALLY));
            if (date != null) out.add(Quad.create(graph, tally, CODE_DATE, date));
            out.add(Quad.create(graph, tally, CODE_PAPER_COUNT, Statistics.integer(papers)));
            out.add(Quad.create(graph, tally, OLDER_COUNT, Statistics.integer(after)));
            after += papers;
        }
    }

    /** After a load: {@code moved} gives, per count of papers, how many pairs more (or fewer) have it. */
    void movePairs(Map<Long, Long> moved) {
        if (moved.values().stream().allMatch(d -> d == 0)) return;
        Map<Long, Long> atLeast = new HashMap<>();
        Map<Node, Long> countOf = new HashMap<>();
        each(null, MIN_PAPERS, q -> countOf.put(q.getSubject(), number(q.getObject())));
        each(null, PAIR_COUNT, q -> atLeast.put(countOf.get(q.getSubject()), number(q.getObject())));
        List<Long> mostFirst = new ArrayList<>(atLeast.keySet());
        mostFirst.sort(Comparator.reverseOrder());
        Map<Long, Long> exact = new HashMap<>(moved);
        long above = 0;
        for (long count : mostFirst) {
            exact.merge(count, atLeast.get(count) - above, Long::sum);
            above = atLeast.get(count);
        }
        exact.values().removeIf(n -> n == 0);
        List<Quad> out = new ArrayList<>();
        pairs(iris, exact, out);
        replace(dsg, ofType(PAIR_TALLY), out);
    }

    /** After a load: {@code moved} gives, per tally's date ({@link #key}), how many papers with code more (or fewer) have it. */
    void moveCode(Map<Node, Long> moved) {
        if (moved.values().stream().allMatch(d -> d == 0)) return;
        Map<Node, Node> dateOf = new HashMap<>();
        each(null, CODE_DATE, q -> dateOf.put(q.getSubject(), q.getObject()));
        Map<Node, Long> exact = new HashMap<>(moved);
        each(null, CODE_PAPER_COUNT, q -> exact.merge(dateOf.get(q.getSubject()), number(q.getObject()), Long::sum));
        exact.values().removeIf(n -> n == 0);
        List<Quad> out = new ArrayList<>();
        code(iris, exact, out);
        replace(dsg, ofType(CODE_TALLY), out);
    }

    /** The statements of the graph's subjects of a type. */
    List<Quad> ofType(Node type) {
        List<Quad> out = new ArrayList<>();
        List<Node> subjects = new ArrayList<>();
        var it = dsg.find(graph, Node.ANY, TYPE, type);
        try {
            it.forEachRemaining(q -> subjects.add(q.getSubject()));
        } finally {
            Iter.close(it);
        }
        for (Node s : subjects) each(s, null, out::add);
        return out;
    }

    /** The graph's statements of a predicate (of a subject, if not null). */
    void each(Node subject, Node predicate, java.util.function.Consumer<Quad> action) {
        var it = dsg.find(graph, subject == null ? Node.ANY : subject, predicate == null ? Node.ANY : predicate, Node.ANY);
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }

    /** Makes the statements {@code existing} (read whole beforehand) those {@code wanted}, touching only those that differ. */
    static void replace(DatasetGraph dsg, Collection<Quad> existing, Collection<Quad> wanted) {
        Set<Quad> toAdd = new HashSet<>(wanted);
        List<Quad> stale = new ArrayList<>();
        for (Quad q : existing) if (!toAdd.remove(q)) stale.add(q);
        stale.forEach(dsg::delete);
        toAdd.forEach(dsg::add);
    }

    private static long number(Node n) { return ((Number) n.getLiteralValue()).longValue(); }
}
