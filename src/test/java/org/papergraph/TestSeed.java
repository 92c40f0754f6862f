package org.papergraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed list converts to exactly its 33 papers. What each paper must be is read from the file here by a plain
 * line split, independent of the converter (the seed's cells hold no pipes), and compared with the graph.
 */
class TestSeed {
    static final Path SEED = Path.of("data/2024-05-seed-papers.md");
    record Expected(String date, String title, String arxivId, Set<String> topics) {}

    static Conversion conversion;
    static List<Expected> expected;

    @BeforeAll
    static void convert() throws IOException {
        conversion = Conversion.of(SEED);
        expected = new ArrayList<>();
        Pattern link = Pattern.compile("\\[(.*)]\\(https://arxiv\\.org/pdf/(\\d{4}\\.\\d{5})\\)");
        List<String> lines = Files.readAllLines(SEED);
        for (String line : lines.subList(2, lines.size())) {
            String[] cells = line.split("\\|");
            Matcher m = link.matcher(cells[2].strip());
            assertTrue(m.matches(), line);
            LocalDate date = LocalDate.parse(cells[1].strip(), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            Set<String> topics = new TreeSet<>();
            Arrays.stream(cells[4].split(",")).map(String::strip).forEach(topics::add);
            expected.add(new Expected(date.toString(), m.group(1), m.group(2), topics));
        }
    }

    @Test
    void accountIsExactlyThe33Papers() {
        assertEquals(33, expected.size());
        assertEquals("33 rows: 33 papers, 0 rejected, 0 warnings", conversion.report().account());
        assertEquals(List.of(), conversion.problems());
        List<QuerySolution> rows = conversion.select("SELECT (COUNT(?p) AS ?n) { ?p a fabio:Preprint, schema:ScholarlyArticle }");
        assertEquals(33, rows.get(0).getLiteral("n").getInt());
    }

    @Test
    void everyPaperHasItsTitleDateArxivIdAndTopics() {
        Map<String, Expected> byId = new HashMap<>();
        expected.forEach(e -> byId.put(e.arxivId(), e));
        List<QuerySolution> papers = conversion.select("""
                SELECT ?p ?id ?title ?date ?doi ?abs ?pdf (GROUP_CONCAT(?label; separator="|") AS ?topics) {
                  ?p a fabio:Preprint ; fabio:hasArXivId ?id ; dcterms:title ?title ; dcterms:date ?date ;
                     prism:doi ?doi ; schema:url ?abs ; fabio:hasURL ?pdf ; dcterms:abstract [] .
                  OPTIONAL { ?p dcterms:subject/skos:prefLabel ?label }
                } GROUP BY ?p ?id ?title ?date ?doi ?abs ?pdf""");
        assertEquals(33, papers.size());
        for (QuerySolution s : papers) {
            String id = s.getLiteral("id").getString();
            Expected e = byId.remove(id);
            assertTrue(e != null, "unexpected paper " + id);
            assertEquals(Conversion.BASE + "paper/" + id, s.getResource("p").getURI());
            assertEquals(e.title(), s.getLiteral("title").getString());
            assertEquals(e.date(), s.getLiteral("date").getLexicalForm());
            assertEquals("http://www.w3.org/2001/XMLSchema#date", s.getLiteral("date").getDatatypeURI());
            assertEquals("10.48550/arXiv." + id, s.getLiteral("doi").getString());
            assertEquals("https://arxiv.org/abs/" + id, s.getResource("abs").getURI());
            assertEquals("https://arxiv.org/pdf/" + id, s.getResource("pdf").getURI());
            assertEquals(e.topics(), new TreeSet<>(Arrays.asList(s.getLiteral("topics").getString().split("\\|"))), id);
        }
        assertEquals(Map.of(), byId);
    }

    @Test
    void topicsAreOneConceptPerNameInTheScheme() {
        Set<String> names = new TreeSet<>();
        expected.forEach(e -> names.addAll(e.topics()));
        List<QuerySolution> concepts = conversion.select(
                "SELECT ?t ?label { ?t a skos:Concept ; skos:prefLabel ?label ; skos:inScheme <http://example.org/topics> }");
        assertEquals(names.size(), concepts.size());
        Set<String> labels = new TreeSet<>();
        concepts.forEach(c -> labels.add(c.getLiteral("label").getString()));
        assertEquals(names, labels);
    }

    @Test
    void everyRowHasAListingWithItsLine() throws IOException {
        List<QuerySolution> listings = conversion.select("""
                SELECT ?line ?id { ?l a pg:Listing ; pg:sourceLine ?line ; pg:listingOf/fabio:hasArXivId ?id ;
                                      prov:wasDerivedFrom/pg:path ?path }""");
        assertEquals(33, listings.size());
        List<String> lines = Files.readAllLines(SEED);
        for (QuerySolution l : listings) {
            String line = lines.get(l.getLiteral("line").getInt() - 1);
            assertTrue(line.contains(l.getLiteral("id").getString()), line);
        }
    }
}
