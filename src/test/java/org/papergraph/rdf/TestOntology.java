package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Every papergraph term the code writes ({@link Vocab}'s pg: constants) is documented in ontology/papergraph.ttl. */
class TestOntology {
    static final Node LABEL = NodeFactory.createURI(Vocab.RDFS + "label"), COMMENT = NodeFactory.createURI(Vocab.RDFS + "comment"),
            DEFINED_BY = NodeFactory.createURI(Vocab.RDFS + "isDefinedBy");

    @Test
    void everyTermOfTheCodeIsInTheOntology() throws IllegalAccessException {
        Graph ontology = ProjectFiles.ontology();
        List<String> undocumented = new ArrayList<>();
        int terms = 0;
        for (Field f : Vocab.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class) continue;
            Node term = (Node) f.get(null);
            if (!term.getURI().startsWith(Vocab.PG)) continue;
            terms++;
            if (!ontology.contains(term, DEFINED_BY, NodeFactory.createURI(Vocab.PG_ONTOLOGY))
                    || !ontology.contains(term, LABEL, Node.ANY) || !ontology.contains(term, COMMENT, Node.ANY))
                undocumented.add(term.getURI());
        }
        assertTrue(terms > 40, terms + " terms");
        assertEquals(List.of(), undocumented, "terms with no label, comment or rdfs:isDefinedBy in the ontology");
    }

    @Test
    void theHistoryTermsSayWhatTheyHold() {
        Graph ontology = ProjectFiles.ontology();
        Node range = NodeFactory.createURI(Vocab.RDFS + "range"), domain = NodeFactory.createURI(Vocab.RDFS + "domain");
        assertTrue(ontology.contains(Vocab.FIRST_LISTED, range, NodeFactory.createURI(Vocab.XSD + "dateTime")));
        assertTrue(ontology.contains(Vocab.FIRST_LISTED, domain, Vocab.SCHOLARLY_ARTICLE));
        assertTrue(ontology.contains(Vocab.NEWEST_LISTED, domain, Vocab.STATISTICS));
    }
}
