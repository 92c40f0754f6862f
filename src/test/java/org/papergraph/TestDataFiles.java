package org.papergraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.rdf.Iris;
import org.papergraph.validate.Validator;

/** Every monthly list in data/ (the seed's family of tables) converts with no rejection, and the account adds up to the rows of its tables. */
class TestDataFiles {
    static Stream<Path> lists() {
        return MonthlyLists.paths().stream().map(Path::of);
    }

    /** Table rows counted by hand: lines starting with a pipe, less each table's header and delimiter lines. */
    static int tableRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int rows = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("|")) continue;
            boolean header = i + 1 < lines.size() && lines.get(i + 1).matches("^[|:\\-\\s]+$");
            boolean delimiter = lines.get(i).matches("^[|:\\-\\s]+$");
            if (!header && !delimiter) rows++;
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void convertsWithNoRejectionAndEveryRowAccountedFor(Path file) throws IOException {
        Conversion c = Conversion.of(file);
        int rows = tableRows(file);
        assertTrue(rows >= 15, file + " has " + rows + " rows");
        assertEquals(0, c.report().rejected(), c.problemText());
        assertEquals(0, c.report().errors(), c.problemText());
        assertEquals(rows, c.report().rows(), c.report().account());
        assertEquals(rows, c.report().papers() + c.report().repeats());
        List<?> listings = c.select("SELECT ?l { ?l a pg:Listing }");
        assertEquals(rows, listings.size(), "one listing per row");
    }

    @Test
    void allOfDataConformsToTheShapes() throws IOException {
        Conversion c = Conversion.of(lists().toArray(Path[]::new));
        Validator validator = new Validator(new Iris(Conversion.BASE));
        ValidationReport report = validator.validate(c.union().getGraph());
        assertTrue(report.conforms(), String.join("\n", validator.describe(report, c.union().getGraph())));
    }

    @Test
    void theRealQuirksAreReadAsMeant() {
        Conversion c = Conversion.of(Path.of("data/2024-01-papers.md"), Path.of("data/2024-02-papers.md"),
                Path.of("data/2024-03-papers.md"), Path.of("data/2024-08-papers.md"));
        // A title split over two links to one URL; a title with text after its link.
        assertEquals(1, c.select("SELECT * { <http://example.org/paper/2402.17764> dcterms:title "
                + "\"The Era of 1-bit LLMs: All Large Language Models are in 1.58 Bits\" }").size());
        assertEquals(1, c.select("SELECT * { <http://example.org/paper/2401.05856> dcterms:title "
                + "\"Seven Failure Points When Engineering a Retrieval Augmented Generation System\" }").size());
        // Rows after blank lines in the January list are rows, with a warning naming the line.
        assertEquals(1, c.select("SELECT * { ?l pg:listingOf <http://example.org/paper/2401.05561> ; pg:sourceLine 27 }").size());
        assertTrue(c.problemText().contains("data/2024-01-papers.md:27: warning: 4 row(s) after a blank line"), c.problemText());
        // Two different papers given one arXiv link: one paper, a warning naming both lines, both titles kept.
        assertTrue(c.problemText().contains("data/2024-03-papers.md:34: warning: arXiv 2403.05313 is titled "
                + "\"Common 7B Language Models Already Possess Strong Math Capabilities\" here but \"RAT:"), c.problemText());
        assertEquals(2, c.select("SELECT DISTINCT ?t { ?l pg:listingOf <http://example.org/paper/2403.05313> ; dcterms:title ?t }").size());
        // Blog posts and reports off arXiv are papers too.
        assertTrue(c.select("SELECT ?p { ?p a schema:ScholarlyArticle FILTER NOT EXISTS { ?p a fabio:Preprint } }").size() >= 8);
        // Code in the August abstracts; versioned links keep their version apart.
        assertEquals(1, c.select("SELECT * { <http://example.org/paper/2408.15998> pg:hasCode/schema:codeRepository "
                + "<https://github.com/NVlabs/Eagle> }").size());
        assertEquals(1, c.select("SELECT * { ?l pg:listingOf <http://example.org/paper/2408.14340> ; pg:arxivVersion 2 }").size());
        assertEquals(2, c.report().warnings(), c.problemText());
    }
}
