package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.rdf.Vocab;

/** Dereferencing: 303 by content negotiation, documents by extension, headers, validators, 404s. */
class TestLinkedData {
    @TempDir
    static Path dir;
    static Served served;

    static final String PAPER = "/paper/2405.18870";

    @BeforeAll
    static void start() { served = Served.seed(dir.resolve("store")); }

    @AfterAll
    static void stop() { served.close(); }

    @ParameterizedTest
    @CsvSource({"text/html, html", "text/turtle, ttl", "application/ld+json, jsonld", "application/n-triples, nt",
            "application/rdf+xml, rdf", "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', html",
            "*/*, html", "'text/turtle;q=0.5, application/rdf+xml', rdf"})
    void resourceAnswers303ToTheDocumentAsked(String accept, String ext) {
        HttpResponse<String> r = served.get(PAPER, "Accept", accept);
        assertEquals(303, r.statusCode());
        assertEquals(PAPER + "." + ext, r.headers().firstValue("Location").orElseThrow());
        assertTrue(List.of(String.join(",", r.headers().allValues("Vary")).split("\\s*,\\s*")).contains("Accept"), r.headers().allValues("Vary").toString());
        assertTrue(r.headers().firstValue("Link").orElseThrow().contains("rel=\"alternate\""));
    }

    @Test
    void unacceptableFormatIs406() {
        assertEquals(406, served.get(PAPER, "Accept", "image/png").statusCode());
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle, TURTLE", "jsonld, application/ld+json, JSONLD", "nt, application/n-triples, NTRIPLES",
            "rdf, application/rdf+xml, RDFXML"})
    void documentsParseAndDescribeThePaper(String ext, String type, String lang) {
        HttpResponse<String> r = served.get(PAPER + "." + ext);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        assertEquals(PAPER + "." + ext, r.headers().firstValue("Content-Location").orElseThrow());
        assertTrue(r.headers().firstValue("Link").orElseThrow().contains("<" + PAPER + ".html>; rel=\"alternate\"; type=\"text/html\""));
        Graph g = RDFParser.fromString(r.body(), TestSparqlEndpoints.langOf(lang)).toGraph();
        Node paper = NodeFactory.createURI(served.iri(PAPER));
        assertTrue(g.contains(paper, Vocab.TITLE, NodeFactory.createLiteralString(
                "LLMs achieve adult human performance on higher-order theory of mind tasks")));
        assertTrue(g.contains(Node.ANY, Vocab.LISTING_OF, paper), "its listing is in its document");
        assertTrue(g.contains(Node.ANY, Vocab.PREF_LABEL, Node.ANY), "its topics are labelled");
    }

    @Test
    void everyKindOfMintedIriDereferences() {
        for (String path : List.of("/topic/alignment", "/topics", "/sources", "/source/2024-05-seed-papers",
                "/listing/2024-05-seed-papers/2405.18870", "/ontology", "/statistics")) {
            HttpResponse<String> r = served.get(path, "Accept", "text/turtle");
            assertEquals(303, r.statusCode(), path);
            HttpResponse<String> doc = served.get(r.headers().firstValue("Location").orElseThrow());
            assertEquals(200, doc.statusCode(), path);
            Graph g = RDFParser.fromString(doc.body(), Lang.TURTLE).toGraph();
            assertTrue(g.contains(NodeFactory.createURI(served.iri(path)), Node.ANY, Node.ANY), path + " describes itself");
            assertEquals(200, served.get(path + ".html").statusCode(), path + ".html");
        }
    }

    @Test
    void theStatisticsAreOneDocumentWithTheirMonthsAndPairs() {
        Graph g = RDFParser.fromString(served.get("/statistics.ttl").body(), Lang.TURTLE).toGraph();
        Node may = NodeFactory.createURI(served.iri("/statistics") + "#month-2024-05");
        assertTrue(g.contains(may, Vocab.PAPER_COUNT, Node.ANY), "a month is a fragment of it");
        assertTrue(g.find(Node.ANY, Vocab.PAIR_OF, Node.ANY).hasNext(), "so are the pairs");
        String topic = served.get("/topic/alignment.ttl").body();
        assertTrue(topic.contains("paperCount"), "a topic's document gives its count");
    }

    @Test
    void ontologyTermsAreAnchoredOnItsPage() {
        String html = served.get("/ontology.html").body();
        assertTrue(html.contains("id=\"Listing\""), "/ontology#Listing lands on the term");
        assertTrue(html.contains("<h1>papergraph ontology</h1>"), html);
        assertTrue(html.contains("href=\"/ontology#listingOf\""), "its terms link to their anchors on this server");
    }

    /** The site's /ontology is a document about the ontology in papergraph's fixed namespace, the same for every site. */
    @Test
    void theOntologyPageIsAboutTheFixedOntology() {
        Graph g = RDFParser.fromString(served.get("/ontology.ttl").body(), Lang.TURTLE).toGraph();
        Node ontology = NodeFactory.createURI(Vocab.PG_ONTOLOGY);
        assertTrue(g.contains(NodeFactory.createURI(served.iri("/ontology")), Vocab.PRIMARY_TOPIC, ontology));
        assertTrue(g.contains(ontology, Vocab.TYPE, NodeFactory.createURI(Vocab.OWL + "Ontology")));
        assertTrue(g.contains(Vocab.LISTING, NodeFactory.createURI(Vocab.RDFS + "isDefinedBy"), ontology));
        Graph v = RDFParser.fromString(served.get("/.well-known/void.ttl").body(), Lang.TURTLE).toGraph();
        assertTrue(v.contains(Node.ANY, NodeFactory.createURI(Vocab.VOID + "vocabulary"), NodeFactory.createURI(Vocab.PG)));
        assertTrue(v.contains(NodeFactory.createURI(served.iri("/ontology")), Vocab.PRIMARY_TOPIC, ontology));
    }

    @Test
    void validatorsGive304() {
        HttpResponse<String> first = served.get(PAPER + ".ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = served.get(PAPER + ".ttl", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(304, served.get(PAPER + ".ttl", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, served.get(PAPER + ".html", "If-None-Match", etag).statusCode(), "another format, another tag");
        assertEquals(304, served.get("/", "If-None-Match", served.get("/").headers().firstValue("ETag").orElseThrow()).statusCode());
    }

    @Test
    void headAnswersWithoutABody() {
        HttpResponse<String> r = served.head(PAPER + ".ttl");
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    void unknownIrisGetAHelpfulPage() {
        HttpResponse<String> r = served.get("/paper/2405.99999", "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Nothing is known about"), r.body());
        assertTrue(r.body().contains("href=\"/topics\""));
        HttpResponse<String> typo = served.get("/papers/2405.18870");
        assertEquals(404, typo.statusCode());
        HttpResponse<String> stray = served.get("/abs/2405.18870", "Accept", "text/html");
        assertTrue(stray.body().contains("href=\"/paper/2405.18870\""), "suggests the paper's page");
        assertEquals(404, served.get("/paper/2405.99999.ttl").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/paper/..%2F..%2Fetc%2Fpasswd", "/paper/%22%3E%3Cscript%3E", "/paper/a'b", "/paper/%00",
            "/topic/../sources"})
    void malformedIdsAreRefused(String path) {
        int status = served.get(path).statusCode();
        assertTrue(status == 400 || status == 404, path + " gave " + status);
    }

    @Test
    void tenKilobyteIdIsRefused() {
        int status = served.get("/paper/" + "9".repeat(10_000)).statusCode();
        assertTrue(status == 400 || status == 404 || status == 414, "gave " + status);
    }
}
