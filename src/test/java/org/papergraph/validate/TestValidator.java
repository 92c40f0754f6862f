package org.papergraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.papergraph.Conversion;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Vocab;

class TestValidator {
    final Validator validator = new Validator(new Iris(Conversion.BASE));

    @Test
    void shapesAndOntologyAreInTheFixedNamespace() {
        assertTrue(validator.shapeCount() > 5);
        Graph ontology = org.papergraph.rdf.ProjectFiles.ontology();
        assertTrue(ontology.contains(Vocab.LISTING,
                Vocab.TYPE, NodeFactory.createURI(Vocab.OWL + "Class")));
    }

    @Test
    void aBrokenPaperIsReportedAtTheLineOfItsRow() {
        Conversion c = Conversion.of(Path.of("data/2024-05-seed-papers.md"));
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.graph.GraphUtil.addInto(g, c.union().getGraph());
        var paper = NodeFactory.createURI(Conversion.BASE + "paper/2405.18870");
        g.add(Triple.create(paper, Vocab.TITLE, NodeFactory.createLiteralString("A second title")));
        g.delete(Triple.create(paper, Vocab.HAS_ARXIV_ID, NodeFactory.createLiteralString("2405.18870")));
        ValidationReport report = validator.validate(g);
        assertFalse(report.conforms());
        List<String> lines = validator.describe(report, g);
        assertEquals(2, lines.size(), String.join("\n", lines));
        for (String line : lines)
            assertTrue(line.startsWith("data/2024-05-seed-papers.md:3: violation: paper:2405.18870 "), line);
        assertTrue(lines.stream().anyMatch(l -> l.contains("dcterms:title") && l.contains("exactly one non-empty title")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("fabio:hasArXivId")));
    }
}
