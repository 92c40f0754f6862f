package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPARQL side over real HTTP: every endpoint, GET and POST, each results format, the union default graph. */
class TestSparqlEndpoints {
    @TempDir
    static Path dir;
    static Served served;

    static final String COUNT = "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://schema.org/ScholarlyArticle> }";

    @BeforeAll
    static void start() { served = Served.seed(dir.resolve("store")); }

    @AfterAll
    static void stop() { served.close(); }

    static String q(String query) { return URLEncoder.encode(query, StandardCharsets.UTF_8); }

    @ParameterizedTest
    @CsvSource({"/papers/sparql", "/papers/query", "/sparql"})
    void selectByGetSeesTheUnionOfTheGraphs(String endpoint) {
        HttpResponse<String> r = served.get(endpoint + "?query=" + q(COUNT), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(33, rs.next().getLiteral("n").getInt(), "the seed's 33 papers, seen without naming a graph");
    }

    @Test
    void selectByPost() {
        HttpResponse<String> r = served.post("/papers/sparql", "application/sparql-query", COUNT, "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> form = served.post("/papers/sparql", "application/x-www-form-urlencoded", "query=" + q(COUNT), "Accept", "text/csv");
        assertEquals(200, form.statusCode(), form.body());
        assertEquals("n\r\n33\r\n", form.body());
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json, RS_JSON", "application/sparql-results+xml, RS_XML",
            "text/csv, RS_CSV", "text/tab-separated-values, RS_TSV"})
    void selectResultsByAccept(String accept, String lang) {
        HttpResponse<String> r = served.get("/papers/sparql?query=" + q("SELECT ?t { ?t a <http://www.w3.org/2004/02/skos/core#Concept> }"), "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
        Lang l = switch (lang) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSet rs = ResultSetFactory.copyResults(ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), l));
        assertTrue(rs.hasNext(), "topics come back");
    }

    @Test
    void askAnswers() {
        HttpResponse<String> r = served.get("/papers/sparql?query=" + q("ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+json");
        assertTrue(r.body().contains("true"), r.body());
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES", "application/rdf+xml, RDFXML"})
    void constructAndDescribeByAccept(String accept, String lang) {
        String paper = served.iri("/paper/2405.18870");
        for (String query : new String[] {"DESCRIBE <" + paper + ">", "CONSTRUCT { <" + paper + "> ?p ?o } WHERE { <" + paper + "> ?p ?o }"}) {
            HttpResponse<String> r = served.get("/papers/sparql?query=" + q(query), "Accept", accept);
            assertEquals(200, r.statusCode(), r.body());
            Graph g = RDFParser.fromString(r.body(), langOf(lang)).toGraph();
            assertFalse(g.isEmpty(), query + " as " + accept);
        }
    }

    static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
    }

    @Test
    void graphStoreProtocolReads() {
        HttpResponse<String> union = served.get("/papers/get?default", "Accept", "application/n-triples");
        assertEquals(200, union.statusCode());
        assertTrue(RDFParser.fromString(union.body(), Lang.NTRIPLES).toGraph().size() > 500);
        String source = served.iri("/source/2024-05-seed-papers");
        HttpResponse<String> one = served.get("/papers/data?graph=" + q(source), "Accept", "text/turtle");
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(RDFParser.fromString(one.body(), Lang.TURTLE).toGraph().size() > 500);
    }
}
