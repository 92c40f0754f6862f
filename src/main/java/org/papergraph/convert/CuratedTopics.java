package org.papergraph.convert;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.convert.TopicsFile.Curated;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Vocab;

/**
 * The topics file's graph: each kept topic a {@code skos:Concept} with its label, its other spellings as
 * {@code skos:altLabel}, {@code skos:broader}/{@code narrower} both ways, its matches elsewhere; and each merged
 * spelling's own IRI {@code dcterms:isReplacedBy} the kept one, which is what the derived data and the 301 follow.
 * IRIs come from {@link Iris#topic}, from the same key a list's topic is minted from, so a spelling resolves to the
 * concept a list's row made of it.
 */
final class CuratedTopics {
    private final Iris iris;
    private final StreamRDF out;
    private final Node graph;
    private final Set<Node> described = new LinkedHashSet<>();

    CuratedTopics(Iris iris, StreamRDF out, Node graph) {
        this.iris = iris;
        this.out = out;
        this.graph = graph;
    }

    void write(String path, String fileName, List<Curated> topics) {
        emit(graph, Vocab.TYPE, Vocab.SOURCE_FILE);
        emit(graph, Vocab.TYPE, Vocab.ENTITY);
        emit(graph, Vocab.TITLE, text(fileName));
        emit(graph, Vocab.PATH, text(path));
        emit(iris.topicScheme(), Vocab.TYPE, Vocab.CONCEPT_SCHEME);
        Map<String, Node> kept = new HashMap<>();   // every key the file names → the concept it keeps
        for (Curated c : topics) {
            Node concept = concept(c.label());
            kept.put(Topics.key(c.label()), concept);
            for (String s : c.spellings()) kept.put(Topics.key(s), concept);
        }
        for (Curated c : topics) {
            Node concept = concept(c.label());
            describe(concept, c.label());
            for (String s : c.spellings()) {
                emit(concept, Vocab.ALT_LABEL, text(s));
                if (!concept(s).equals(concept)) emit(concept(s), Vocab.IS_REPLACED_BY, concept);   // "multimodal-llm" is already it
            }
            for (String b : c.broader()) {
                Node broader = kept.get(Topics.key(b));
                if (broader == null) describe(broader = concept(b), b);   // named only as broader: a topic all the same
                emit(concept, Vocab.BROADER, broader);
                emit(broader, Vocab.NARROWER, concept);
            }
            for (String m : c.exactMatch()) emit(concept, Vocab.EXACT_MATCH, NodeFactory.createURI(m));
            for (String m : c.closeMatch()) emit(concept, Vocab.CLOSE_MATCH, NodeFactory.createURI(m));
        }
    }

    private Node concept(String label) { return iris.topic(Topics.key(label)); }

    private void describe(Node concept, String label) {
        if (!described.add(concept)) return;
        emit(concept, Vocab.TYPE, Vocab.CONCEPT);
        emit(concept, Vocab.PREF_LABEL, text(label));
        emit(concept, Vocab.IN_SCHEME, iris.topicScheme());
    }

    private void emit(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }

    private static Node text(String s) { return NodeFactory.createLiteralString(s); }
}
