package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.Conversion;

/** One paper listed by two sources: one paper, a listing in each source's graph, and what each added. */
class TestAcrossSources {
    static Input text(String name, String markdown) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        return new Input("lists/" + name, name, () -> new ByteArrayInputStream(bytes), false);
    }

    static final String HEADER = "| Date | Name | Abstract | Topics |\n|---|---|---|---|\n";

    @Test
    void onePaperTwoListingsEachInItsSourceGraph() {
        Conversion c = Conversion.of(Converter.builder().base(Conversion.BASE).build(), List.of(
                text("may.md", HEADER + "| 31 May 2024 | [ToM](https://arxiv.org/pdf/2405.18870) | First words. | Theory of Mind |\n"),
                text("june.md", "Prose.\n\n" + HEADER
                        + "| June 2024 | [ToM](https://arxiv.org/abs/2405.18870v2) | Other words. | theory of mind, Evaluation |\n")));
        assertEquals("2 rows: 1 paper, 1 repeat listing, 0 rejected, 0 warnings", c.report().account());
        Node paper = NodeFactory.createURI(Conversion.BASE + "paper/2405.18870");
        Node may = NodeFactory.createURI(Conversion.BASE + "source/may");
        Node june = NodeFactory.createURI(Conversion.BASE + "source/june");
        // The paper is described by the source that listed it first; June adds only the topic May lacked.
        assertTrue(c.dataset().getGraph(may).contains(paper, NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY));
        assertEquals(1, c.select("SELECT * { <" + paper.getURI() + "> dcterms:abstract \"First words.\" }").size());
        assertEquals(2, c.select("SELECT * { <" + paper.getURI() + "> dcterms:subject ?t }").size());
        assertEquals(2, c.select("SELECT ?t { ?t a skos:Concept }").size(), "'theory of mind' is 'Theory of Mind'");
        assertTrue(c.dataset().getGraph(june).contains(paper, NodeFactory.createURI("http://purl.org/dc/terms/subject"),
                NodeFactory.createURI(Conversion.BASE + "topic/evaluation")));
        // Each row keeps what it said, in its own source's graph.
        Node juneListing = NodeFactory.createURI(Conversion.BASE + "listing/june/2405.18870");
        assertTrue(c.dataset().getGraph(june).contains(juneListing, NodeFactory.createURI("http://purl.org/dc/terms/abstract"),
                NodeFactory.createLiteralString("Other words.")));
        assertEquals(1, c.select("SELECT * { <" + juneListing.getURI() + "> dcterms:date \"2024-06\"^^xsd:gYearMonth ;"
                + " pg:arxivVersion 2 ; pg:sourceLine 5 ; prov:wasDerivedFrom/pg:path \"lists/june.md\" }").size());
    }

    @Test
    void twoFilesWithOneNameGetTwoGraphs() {
        Conversion c = Conversion.of(Converter.builder().base(Conversion.BASE).build(), List.of(
                new Input("a/list.md", "list.md", () -> new ByteArrayInputStream((HEADER + "| 2024 | P | a | t |\n").getBytes()), false),
                new Input("b/list.md", "list.md", () -> new ByteArrayInputStream((HEADER + "| 2024 | Q | a | t |\n").getBytes()), false)));
        assertEquals(2, c.select("SELECT DISTINCT ?s { ?s a pg:SourceFile }").size());
    }
}
