package org.papergraph.store.text;

import static org.papergraph.rdf.Vocab.ABSTRACT;
import static org.papergraph.rdf.Vocab.DATE;
import static org.papergraph.rdf.Vocab.SCHOLARLY_ARTICLE;
import static org.papergraph.rdf.Vocab.SUBJECT;
import static org.papergraph.rdf.Vocab.TITLE;
import static org.papergraph.rdf.Vocab.TYPE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the search index needs of papers, read from the union of a store's graphs in TDB2's node ids: a paper's
 * titles and abstracts (every source's), its latest date, its topics, and the sources that list it. Inside the
 * caller's read transaction.
 */
final class PaperTexts {
    /** A paper as all its sources say it; {@code latestDate} is its latest date's {@link #dateKey}, null if undated. */
    record Paper(String iri, List<String> texts, String latestDate, Set<String> sources, Set<String> topics) {}

    private final NodeTupleTable quads;
    private final NodeTable nodes;
    private final NodeId type, article, title, summary, date, subject;

    PaperTexts(DatasetGraph dsg) {
        this.quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
        this.type = id(TYPE);
        this.article = id(SCHOLARLY_ARTICLE);
        this.title = id(TITLE);
        this.summary = id(ABSTRACT);
        this.date = id(DATE);
        this.subject = id(SUBJECT);
    }

    private NodeId id(Node n) { return nodes.getNodeIdForNode(n); }

    /** The papers a source's graph lists (typed as papers in it). */
    void papersOf(Node source, Consumer<NodeId> action) {
        NodeId g = id(source);
        if (NodeId.isDoesNotExist(g) || NodeId.isDoesNotExist(article)) return;
        scan(g, NodeId.NodeIdAny, type, article, q -> action.accept(q.get(1)));
    }

    /** The papers that more than one graph types as papers (a paper's copies in several graphs lie together). */
    Set<String> papersInSeveralSources() {
        Set<String> out = new HashSet<>();
        if (NodeId.isDoesNotExist(type) || NodeId.isDoesNotExist(article)) return out;
        NodeId[] last = {null};
        scan(NodeId.NodeIdAny, NodeId.NodeIdAny, type, article, q -> {
            NodeId s = q.get(1);
            if (s.equals(last[0])) out.add(iriOf(s));
            last[0] = s;
        });
        return out;
    }

    /** The paper's node id, or null when the store has never held it. */
    NodeId idOf(String iri) {
        NodeId id = id(NodeFactory.createURI(iri));
        return NodeId.isDoesNotExist(id) ? null : id;
    }

    String iriOf(NodeId paper) { return nodes.getNodeForNodeId(paper).getURI(); }

    /** The paper as the union of the graphs has it, or null when no graph types it as a paper any more. */
    Paper paper(NodeId paper) {
        Set<NodeId> texts = new LinkedHashSet<>(), sources = new LinkedHashSet<>(), topics = new LinkedHashSet<>();
        List<NodeId> dates = new ArrayList<>(1);
        scan(NodeId.NodeIdAny, paper, NodeId.NodeIdAny, NodeId.NodeIdAny, q -> {
            NodeId p = q.get(2), o = q.get(3);
            if (p.equals(type) && o.equals(article)) sources.add(q.get(0));
            else if (p.equals(title) || p.equals(summary)) texts.add(o);
            else if (p.equals(date)) dates.add(o);
            else if (p.equals(subject)) topics.add(o);
        });
        if (sources.isEmpty()) return null;
        List<String> text = new ArrayList<>(texts.size());
        for (NodeId t : texts) text.add(lexical(t));
        String latest = null;
        for (NodeId d : dates) {
            String key = dateKey(nodes.getNodeForNodeId(d));
            if (latest == null || key.compareTo(latest) > 0) latest = key;
        }
        Set<String> sourceIris = new LinkedHashSet<>();
        for (NodeId s : sources) sourceIris.add(nodes.getNodeForNodeId(s).getURI());
        Set<String> topicIris = new LinkedHashSet<>();
        for (NodeId t : topics) topicIris.add(nodes.getNodeForNodeId(t).getURI());
        return new Paper(nodes.getNodeForNodeId(paper).getURI(), text, latest, sourceIris, topicIris);
    }

    /**
     * A date as text that sorts as SPARQL's ORDER BY sorts the converter's dates: every xsd:date after every
     * xsd:gYearMonth and xsd:gYear (ARQ orders value spaces first), those by the dateTime they start at, and equal
     * ones by their lexical forms.
     */
    static String dateKey(Node date) {
        if (!date.isLiteral()) return "0" + date;
        String lexical = date.getLiteralLexicalForm();
        String type = date.getLiteralDatatypeURI();
        if (XSDDatatype.XSDdate.getURI().equals(type)) return "2" + lexical;
        if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) return "1" + lexical + "|" + lexical;
        if (XSDDatatype.XSDgYear.getURI().equals(type)) return "1" + lexical + "-01|" + lexical;
        return "0" + lexical;
    }

    private String lexical(NodeId id) {
        Node n = nodes.getNodeForNodeId(id);
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private void scan(NodeId g, NodeId s, NodeId p, NodeId o, Consumer<Tuple<NodeId>> action) {
        Iterator<Tuple<NodeId>> it = quads.find(g, s, p, o);
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }
}
