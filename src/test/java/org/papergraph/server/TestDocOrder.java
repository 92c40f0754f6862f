package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Vocab;

/**
 * A document's statements met in two orders, with blank nodes of other labels (two stores loaded in other orders),
 * are written to the same bytes in every format, and the bytes read back (Jena's parsers) are the same graph.
 */
class TestDocOrder {
    static final Node PAPER = NodeFactory.createURI("http://localhost:3030/paper/2401.00001");

    /** A paper with two lists of authors (two sources said it), one of them twice alike, in the order given. */
    static Graph document(boolean reversed) {
        List<Triple> triples = new ArrayList<>();
        triples.add(Triple.create(PAPER, Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE));
        triples.add(Triple.create(PAPER, Vocab.TITLE, NodeFactory.createLiteralString("A paper")));
        triples.add(Triple.create(PAPER, Vocab.SUBJECT, NodeFactory.createURI("http://localhost:3030/topic/rag")));
        triples.add(Triple.create(PAPER, Vocab.SUBJECT, NodeFactory.createURI("http://localhost:3030/topic/agents")));
        for (List<String> names : List.of(List.of("Ada Lovelace", "Alan Turing"), List.of("Grace Hopper"), List.of("Grace Hopper"))) {
            Node head = NodeFactory.createBlankNode(), list = head;
            triples.add(Triple.create(PAPER, NodeFactory.createURI("https://schema.org/author"), head));
            for (int i = 0; i < names.size(); i++) {
                Node rest = i + 1 < names.size() ? NodeFactory.createBlankNode() : RDF.nil.asNode();
                triples.add(Triple.create(list, RDF.first.asNode(), NodeFactory.createLiteralString(names.get(i))));
                triples.add(Triple.create(list, RDF.rest.asNode(), rest));
                list = rest;
            }
        }
        if (reversed) Collections.reverse(triples);
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        return g;
    }

    @Test
    void theSameStatementsInAnotherOrderAreTheSameBytes() {
        Iris iris = new Iris("http://localhost:3030/");
        for (DocFormat format : DocFormat.ALL) {
            if (format == DocFormat.HTML) continue;
            byte[] one = format.write(document(false), iris), other = format.write(document(true), iris);
            String text = new String(one, StandardCharsets.UTF_8);
            assertEquals(text, new String(other, StandardCharsets.UTF_8), format + ": the same bytes");
            Lang lang = format.rdf.jena().getLang();
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.fromString(text, lang).parse(back);
            assertTrue(back.isIsomorphicWith(document(false)), format + ": the same graph read back");
        }
    }
}
