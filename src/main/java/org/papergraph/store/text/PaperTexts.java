package org.papergraph.store.text;

import static org.papergraph.rdf.Vocab.ABSTRACT;
import static org.papergraph.rdf.Vocab.DATE;
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

/**
 * What the search index needs of papers, read from the union of a store's graphs in TDB2's node ids ({@link QuadIds};
 * {@code I} is the id type): a paper's titles and abstracts (every source's), its latest date, its topics, and the
 * sources that list it. Inside the caller's read transaction.
 */
final class PaperTexts<I> {
    /** A paper as all its sources say it; {@code latestDate} is its latest date's {@link #dateKey}, null if undated. */
    record Paper(String iri, List<String> texts, String latestDate, Set<String> sources, Set<String> topics) {}

    private final QuadIds<I> quads;
    private final I type, article, title, summary, date, subject; // null: not in the store

    static PaperTexts<?> of(DatasetGraph dsg) { return new PaperTexts<>(QuadIds.of(dsg)); }

    private PaperTexts(QuadIds<I> quads) {
        this.quads = quads;
        this.type = quads.id(TYPE);
        this.article = quads.id(SCHOLARLY_ARTICLE);
        this.title = quads.id(TITLE);
        this.summary = quads.id(ABSTRACT);
        this.date = quads.id(DATE);
        this.subject = quads.id(SUBJECT);
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
        List<I> dates = new ArrayList<>(1);
        quads.find(null, paper, null, null, (g, s, p, o) -> {
            if (p.equals(type) && o.equals(article)) sources.add(g);
            else if (p.equals(title) || p.equals(summary)) texts.add(o);
            else if (p.equals(date)) dates.add(o);
            else if (p.equals(subject)) topics.add(o);
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
        return new Paper(quads.node(paper).getURI(), text, latest, sourceIris, topicIris);
    }

    /** A date's sort key: {@link PaperViews#dateKey}, the one order of dates. */
    static String dateKey(Node date) { return PaperViews.dateKey(date); }

    private String lexical(I id) {
        Node n = quads.node(id);
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
