package org.papergraph.store.text;

import static org.papergraph.rdf.Vocab.ABSTRACT;
import static org.papergraph.rdf.Vocab.AUTHOR;
import static org.papergraph.rdf.Vocab.DATE;
import static org.papergraph.rdf.Vocab.FIRST;
import static org.papergraph.rdf.Vocab.HAS_CODE;
import static org.papergraph.rdf.Vocab.PREF_LABEL;
import static org.papergraph.rdf.Vocab.REST;
import static org.papergraph.rdf.Vocab.SCHOLARLY_ARTICLE;
import static org.papergraph.rdf.Vocab.SUBJECT;
import static org.papergraph.rdf.Vocab.TITLE;
import static org.papergraph.rdf.Vocab.TYPE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.store.tdb.QuadIds;
import org.papergraph.store.views.PaperViews;
import org.papergraph.store.views.ViewOrders;

/**
 * What the search index needs of papers, read from the union of a store's graphs in TDB2's node ids ({@link QuadIds};
 * {@code I} is the id type): a paper's titles and abstracts (every source's), its latest date, its topics, the
 * sources that list it, its authors' names and its topics' labels, and whether it has code. Inside the caller's read
 * transaction.
 */
final class PaperTexts<I> {
    /**
     * A paper as all its sources say it; {@code latestDate} is its latest date's {@link #dateKey}, null if undated;
     * {@code names} its authors' names and its topics' labels (searched, not phrased with the texts).
     */
    record Paper(String iri, List<String> texts, String latestDate, Set<String> sources, Set<String> topics,
                 Set<String> names, boolean hasCode) {}

    private final QuadIds<I> quads;
    private final I type, article, title, summary, date, subject, author, first, rest, label, code; // null: not in the store

    static PaperTexts<?> of(DatasetGraph dsg) { return new PaperTexts<>(QuadIds.of(dsg)); }

    private PaperTexts(QuadIds<I> quads) {
        this.quads = quads;
        this.type = quads.id(TYPE);
        this.article = quads.id(SCHOLARLY_ARTICLE);
        this.title = quads.id(TITLE);
        this.summary = quads.id(ABSTRACT);
        this.date = quads.id(DATE);
        this.subject = quads.id(SUBJECT);
        this.author = quads.id(AUTHOR);
        this.first = quads.id(FIRST);
        this.rest = quads.id(REST);
        this.label = quads.id(PREF_LABEL);
        this.code = quads.id(HAS_CODE);
    }

    /** The papers a source's graph lists (typed as papers in it). */
    void papersOf(Node source, Consumer<I> action) {
        I g = quads.id(source);
        if (g == null || type == null || article == null) return;
        quads.find(g, null, type, article, (qg, s, p, o) -> action.accept(s));
    }

    /** The papers that more than one graph types as papers (a paper's copies in several graphs lie together). */
    Set<String> papersInSeveralSources() {
        Set<String> out = new HashSet<>();
        if (type == null || article == null) return out;
        Object[] previous = {null};
        quads.find(null, null, type, article, (g, s, p, o) -> {
            if (s.equals(previous[0])) out.add(iriOf(s));
            previous[0] = s;
        });
        return out;
    }

    /** Whether more than one graph types the paper as a paper: a point lookup, for the few papers a reload writes. */
    boolean inSeveralSources(String iri) {
        I paper = idOf(iri);
        if (paper == null || type == null || article == null) return false;
        Set<I> graphs = new HashSet<>(2);
        quads.find(null, paper, type, article, (g, s, p, o) -> graphs.add(g));
        return graphs.size() > 1;
    }

    /** The paper's node id, or null when the store has never held it. */
    I idOf(String iri) { return quads.id(NodeFactory.createURI(iri)); }

    String iriOf(I paper) { return quads.node(paper).getURI(); }

    /** The paper as the union of the graphs has it, or null when no graph types it as a paper any more. */
    Paper paper(I paper) {
        Set<I> texts = new LinkedHashSet<>(), sources = new LinkedHashSet<>(), topics = new LinkedHashSet<>();
        Set<I> authorLists = new LinkedHashSet<>();
        List<I> dates = new ArrayList<>(1);
        boolean[] hasCode = {false};
        quads.find(null, paper, null, null, (g, s, p, o) -> {
            if (p.equals(type) && o.equals(article)) sources.add(g);
            else if (p.equals(title) || p.equals(summary)) texts.add(o);
            else if (p.equals(date)) dates.add(o);
            else if (p.equals(subject)) topics.add(o);
            else if (p.equals(author)) authorLists.add(o);
            else if (p.equals(code)) hasCode[0] = true;
        });
        if (sources.isEmpty()) return null;
        List<String> text = new ArrayList<>(texts.size());
        for (I t : texts) text.add(lexical(t));
        String latest = null;
        for (I d : dates) {
            String key = dateKey(quads.node(d));
            if (latest == null || key.compareTo(latest) > 0) latest = key;
        }
        Set<String> sourceIris = new LinkedHashSet<>();
        for (I s : sources) sourceIris.add(quads.node(s).getURI());
        Set<String> topicIris = new LinkedHashSet<>();
        for (I t : topics) topicIris.add(quads.node(t).getURI());
        Set<String> names = new LinkedHashSet<>();
        for (I list : authorLists) names(list, names);
        for (I t : topics) if (label != null) quads.find(null, t, label, null, (g, s, p, o) -> names.add(lexical(o)));
        return new Paper(quads.node(paper).getURI(), text, latest, sourceIris, topicIris, names, hasCode[0]);
    }

    /** The names in an rdf:List of authors, in order. */
    private void names(I list, Set<String> out) {
        if (first == null || rest == null) return;
        Set<I> seen = new java.util.HashSet<>();
        List<I> next = new ArrayList<>(1);
        for (I cell = list; cell != null && seen.add(cell); cell = next.isEmpty() ? null : next.remove(0)) {
            quads.find(null, cell, first, null, (g, s, p, o) -> out.add(lexical(o)));
            quads.find(null, cell, rest, null, (g, s, p, o) -> { if (next.isEmpty()) next.add(o); });
        }
    }

    /** A date's sort key: {@link ViewOrders#dateKey}, the one order of dates. */
    static String dateKey(Node date) { return ViewOrders.dateKey(date); }

    private String lexical(I id) {
        Node n = quads.node(id);
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
