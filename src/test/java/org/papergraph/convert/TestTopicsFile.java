package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.papergraph.Conversion;

/**
 * The topics file, golden-style: its Markdown form and its SKOS Turtle form convert to the same graph
 * ({@code topics/expected.ttl}), and a file with mistakes gets one line per bad row, naming the line, the good rows kept.
 */
class TestTopicsFile {
    static final Path DIR = Path.of("src/test/resources/topics");

    static Conversion convert(String folder, String name) {
        Path f = DIR.resolve(folder).resolve(name);
        return Conversion.of(Converter.builder().base(Conversion.BASE).build(),
                List.of(new Input(folder + "/" + name, name, () -> Files.newInputStream(f), false)));
    }

    /** The graph without the description of the source file itself (its name differs between the two forms). */
    static Model curated(Conversion c) {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(c.union());
        m.removeAll(ResourceFactory.createResource(Conversion.BASE + "source/topics"), null, null);
        m.removeAll(ResourceFactory.createResource(Conversion.BASE + "source/topics-ttl"), null, null);
        return m;
    }

    static void assertGolden(Conversion c, String form) {
        Model expected = RDFDataMgr.loadModel(DIR.resolve("expected.ttl").toString());
        Model actual = curated(c);
        if (!actual.isIsomorphicWith(expected))
            fail(form + " does not convert to expected.ttl\nmissing:\n" + dump(expected.difference(actual)) + "unexpected:\n"
                    + dump(actual.difference(expected)));
    }

    static String dump(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.NTRIPLES);
        return w.toString();
    }

    @Test
    void theMarkdownFormMergesArrangesAndMapsOut() {
        Conversion c = convert("md", "topics.md");
        assertEquals("", c.problemText());
        assertGolden(c, "md/topics.md");
        assertEquals("3 topics, 0 rejected, 0 warnings", c.report().account());
    }

    @Test
    void theTurtleFormSaysTheSame() {
        Conversion c = convert("ttl", "topics.ttl");
        assertEquals("", c.problemText());
        assertGolden(c, "ttl/topics.ttl");
    }

    @Test
    void aBadRowIsOneLineNamingItsLineAndTheGoodRowsStay() {
        Conversion c = convert("bad", "topics.md");
        assertEquals("""
                bad/topics.md:6: rejected: no topic named (the Topic cell is empty)
                bad/topics.md:7: rejected: "Retrieval Augmented Generation" is already written as "RAG" at line 5; a spelling names one topic
                bad/topics.md:8: rejected: "RAG" is already a topic at line 5; a spelling names one topic
                bad/topics.md:9: rejected: "planning" cannot be broader than "Planning": it is that topic
                bad/topics.md:10: rejected: a match must be an http(s) IRI, not "not an iri"
                bad/topics.md:15: rejected: a table with no Topic column (headers: Name, Notes); a topics table's header is | Topic | Also written as | Broader |
                """, c.problemText());
        List<String> kept = c.select("SELECT ?label WHERE { ?t skos:prefLabel ?label } ORDER BY ?label").stream()
                .map(r -> r.getLiteral("label").getString()).toList();
        assertEquals(List.of("Agents", "RAG", "Tool Use"), kept, "the good rows, and a topic named only as broader");
        assertTrue(c.select("SELECT * WHERE { <http://example.org/topic/retrieval-augmented-generation> dcterms:isReplacedBy <http://example.org/topic/rag> }").size() == 1);
        assertFalse(c.select("SELECT * WHERE { <http://example.org/topic/rag> dcterms:isReplacedBy ?x }").size() > 0);
    }

    @Test
    void broken_turtle_is_an_error_naming_its_line() {
        Conversion c = Conversion.ofText("topics.ttl", "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n_:a skos:prefLabel \"A\" ;\n  skos:altLabel .\n");
        assertTrue(c.problemText().startsWith("topics.ttl:3: error: not Turtle: "), c.problemText());
    }

    @Test
    void theFileIsKnownByItsName() {
        assertTrue(TopicsFile.isTopicsFile("topics.md"));
        assertTrue(TopicsFile.isTopicsFile("Topics.ttl"));
        assertFalse(TopicsFile.isTopicsFile("my-topics.md"));
        assertFalse(TopicsFile.isTopicsFile("lists/topics/README.md"));
    }
}
