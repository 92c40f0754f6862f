package org.papergraph.store.views;

import java.util.Comparator;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.papergraph.store.views.PaperViews.Change;
import org.papergraph.store.views.PaperViews.Dated;
import org.papergraph.store.views.PaperViews.Listed;
import org.papergraph.store.views.PaperViews.Scored;

/**
 * The one order of each of {@link PaperViews}' answers, written once, each as the SPARQL {@code ORDER BY} of its
 * plain form ({@code queries/plain/}) orders it: the in-memory arrays, the history index and the search index sort
 * by these.
 */
public final class ViewOrders {
    private ViewOrders() {}

    /** Newest listed first: by when first listed, newest first, then by IRI: {@code ORDER BY DESC(?listed) ?paper}. */
    public static final Comparator<Listed> NEWEST_LISTED_FIRST = Comparator
            .comparing(Listed::listed, Comparator.reverseOrder()).thenComparing(l -> l.paper().getURI());

    /** Last changed first, then by the listing's IRI: {@code ORDER BY DESC(?modified) ?listing}. */
    public static final Comparator<Change> LAST_CHANGED_FIRST = Comparator
            .comparing(Change::changed, Comparator.reverseOrder()).thenComparing(c -> c.listing().getURI());

    /**
     * Newest first: by the latest date ({@link #dateKey}, as SPARQL's {@code ORDER BY DESC(?date)} orders the
     * converter's dates), undated papers last, then by IRI: {@code ORDER BY DESC(?date) ?paper}.
     */
    public static final Comparator<Dated> NEWEST_FIRST = Comparator
            .comparing(Dated::dateKey, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(d -> d.paper().getURI());

    /**
     * Papers sharing most first, then by IRI: {@code ORDER BY DESC(?shared) ?other}, as {@code queries/neighbours.rq}
     * and its plain form order a paper's neighbours; the paper page's related papers are the same list.
     */
    public static final Comparator<Scored> MOST_SHARED_FIRST = Comparator
            .comparingInt((Scored s) -> -s.shared()).thenComparing(s -> s.node().getURI());

    /**
     * Topics with most papers first, then by label, then by IRI: {@code ORDER BY DESC(?papers) ?label}, for topics by
     * paper count and a topic's related topics alike.
     */
    public static Comparator<Scored> mostFirstThenByLabel(Function<Node, String> label) {
        return Comparator.comparingInt((Scored s) -> -s.shared())
                .thenComparing(s -> label.apply(s.node()))
                .thenComparing(s -> s.node().getURI());
    }

    /**
     * A date as text that sorts as SPARQL's ORDER BY sorts the converter's dates: every xsd:date after every
     * xsd:gYearMonth and xsd:gYear (ARQ orders value spaces first), those by the dateTime they start at, and equal
     * ones by their lexical forms. The search index sorts by the same keys.
     */
    public static String dateKey(Node date) {
        if (!date.isLiteral()) return "0" + date;
        String lexical = date.getLiteralLexicalForm();
        String type = date.getLiteralDatatypeURI();
        if (XSDDatatype.XSDdate.getURI().equals(type)) return "2" + lexical;
        if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) return "1" + lexical + "|" + lexical;
        if (XSDDatatype.XSDgYear.getURI().equals(type)) return "1" + lexical + "-01|" + lexical;
        return "0" + lexical;
    }
}
