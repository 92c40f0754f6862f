package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

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
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.rdf.Vocab;
import org.papergraph.MonthlyLists;

/** What each route answers where it used to answer wrong: formats, errors, redirects, counts, validators, methods. */
class TestRouteAnswers {
    @TempDir
    static Path dir;
    static Served served;

    static final String PAPER = "/paper/2405.18870";

    @BeforeAll
    static void start() { served = Served.start(dir.resolve("store"), MonthlyLists.paths(), b -> b); }

    @AfterAll
    static void stop() { served.close(); }

    static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(""); }

    @Test
    void aSelectQueryOffersOnlyWhatItsFormCanGive() {
        for (HttpResponse<String> r : List.of(served.get("/queries/topics", "Accept", "text/turtle"), served.get("/queries/topics?format=turtle"))) {
            assertEquals(406, r.statusCode(), r.body());
            assertTrue(r.body().contains("json, xml, csv, tsv"), r.body());
        }
        HttpResponse<String> json = served.get("/queries/topics", "Accept", "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(header(json, "Content-Type").startsWith("application/sparql-results+json"));
        assertEquals("/queries/topics?format=json", header(json, "Content-Location"), "a negotiated answer names its own URL");
    }

    @Test
    void anAcceptOrFormatTheQueryCannotServeIs406() {
        assertEquals(406, served.get("/queries/topics", "Accept", "image/png").statusCode());
        assertEquals(406, served.get("/queries/topics?format=bogus").statusCode());
        assertEquals(406, served.get("/queries", "Accept", "text/csv").statusCode());
    }

    @Test
    void errorsAreAnsweredAsPapergraphsPageOrAsText() {
        for (String path : List.of("/queries/no-such-query", "/dumps/other.zip", "/.well-known/void.nonsense")) {
            HttpResponse<String> page = served.get(path, "Accept", "text/html");
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("<a class=\"home\" href=\"/\">papergraph</a>"), path + ": " + page.body());
            assertFalse(page.body().contains("HTTP ERROR"), path);
            HttpResponse<String> text = served.get(path, "Accept", "text/turtle");
            assertEquals(404, text.statusCode(), path);
            assertTrue(header(text, "Content-Type").startsWith("text/plain"), path);
            assertFalse(text.body().isBlank(), path + ": the message is kept");
            assertEquals("Accept", header(text, "Vary"), path);
            assertEquals("no-store", header(text, "Cache-Control"), path);
        }
        assertTrue(served.get("/queries/no-such-query", "Accept", "text/turtle").body().contains("No canned query 'no-such-query'"));
        HttpResponse<String> notAcceptable = served.get(PAPER, "Accept", "image/png");
        assertEquals(406, notAcceptable.statusCode());
        assertTrue(notAcceptable.body().contains("text/turtle"), "the 406 says what there is: " + notAcceptable.body());
        HttpResponse<String> sparql = served.get("/papers/sparql?query=SELEC", "Accept", "text/html");
        assertEquals(400, sparql.statusCode());
        assertTrue(sparql.body().startsWith("Parse error"), "Fuseki's own SPARQL errors stay as they are: " + sparql.body());
    }

    @Test
    void voidGivesTheDumpsTheirServedMediaTypes() {
        Graph g = RDFParser.fromString(served.get("/.well-known/void.ttl").body(), Lang.TURTLE).toGraph();
        Node mediaType = NodeFactory.createURI(Vocab.DCAT + "mediaType");
        String iana = "https://www.iana.org/assignments/media-types/";
        assertTrue(g.contains(Node.ANY, mediaType, NodeFactory.createURI(iana + "application/ld+json")));
        assertTrue(g.contains(Node.ANY, mediaType, NodeFactory.createURI(iana + "text/turtle")));
        assertFalse(g.find(Node.ANY, mediaType, Node.ANY).toList().stream().anyMatch(t -> t.getObject().getURI().contains("/x/")));
    }

    @Test
    void voidCountsTheTriplesOfTheUnionNotTheQuads() {
        Graph g = RDFParser.fromString(served.get("/.well-known/void.ttl").body(), Lang.TURTLE).toGraph();
        long triples = Long.parseLong(g.find(Node.ANY, NodeFactory.createURI(Vocab.VOID + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
        String count = served.get("/sparql?query=" + TestSparqlEndpoints.q("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "Accept", "text/csv").body();
        assertEquals(Long.parseLong(count.split("\r\n")[1]), triples);
        assertNotEquals(served.store.quadCount(), triples, "data/ states some triples in several graphs");
    }

    @Test
    void thePlainDatasetAddressIsNoBadRequest() {
        HttpResponse<String> r = served.get("/papers");
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/.well-known/void", header(r, "Location"));
    }

    @Test
    void n3AndXmlClientsGetTurtleAndRdfXml() {
        assertEquals(PAPER + ".ttl", header(served.get(PAPER, "Accept", "text/n3"), "Location"));
        assertEquals(PAPER + ".rdf", header(served.get(PAPER, "Accept", "application/xml"), "Location"));
    }

    @Test
    void variantsOfAnAddressRedirectToIt() {
        for (String[] pair : new String[][] {{PAPER + "/", PAPER}, {PAPER + "v2", PAPER}, {PAPER + "v2.ttl", PAPER + ".ttl"},
                {"/topics/", "/topics"}, {"/queries/topics/", "/queries/topics"}, {"/.well-known/void/", "/.well-known/void"}}) {
            HttpResponse<String> r = served.get(pair[0]);
            assertEquals(301, r.statusCode(), pair[0]);
            assertEquals(pair[1], header(r, "Location"), pair[0]);
        }
        assertEquals(404, served.get("/paper/2405.99999v2").statusCode(), "no redirect to what is not here either");
    }

    @Test
    void headersSayWhatTheAnswerDependsOn() {
        HttpResponse<String> voidDoc = served.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals("/.well-known/void.ttl", header(voidDoc, "Content-Location"));
        HttpResponse<String> missing = served.get("/paper/9999.99999.ttl", "Accept", "text/plain");
        assertEquals(404, missing.statusCode());
        assertEquals("Accept", header(missing, "Vary"));
        assertEquals("", header(missing, "Content-Location"), "a 404 is no representation of the address");
        assertTrue(header(served.get("/sitemap.xml"), "ETag").endsWith("-sitemap\""));
    }

    @Test
    void gzippedDumpsAreRdfWithAContentEncoding() throws IOException {
        HttpResponse<byte[]> zipped = bytes("/dumps/papers.ttl.gz", "Accept-Encoding", "gzip");
        assertEquals(200, zipped.statusCode());
        assertTrue(header(zipped, "Content-Type").startsWith("text/turtle"));
        assertEquals("gzip", header(zipped, "Content-Encoding"));
        assertTrue(header(zipped, "Vary").contains("Accept-Encoding"));
        Graph fromZip = RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(zipped.body()))).lang(Lang.TURTLE).toGraph();
        HttpResponse<byte[]> plain = bytes("/dumps/papers.ttl.gz");
        assertEquals("", header(plain, "Content-Encoding"));
        Graph fromPlain = RDFParser.source(new ByteArrayInputStream(plain.body())).lang(Lang.TURTLE).toGraph();
        assertTrue(fromPlain.isIsomorphicWith(fromZip));
        Graph byUrl = RDFParser.source(served.url + "dumps/papers.ttl.gz").toGraph(); // as riot URL reads it
        assertTrue(byUrl.isIsomorphicWith(fromZip));
    }

    @Test
    void badParametersAre400WithAMessage() {
        String[][] cases = {
                {"/queries/neighbours?paper=%3Chttp://a%20b%3E", "not an IRI"},
                {"/queries/search?word=" + "agent+".repeat(5000), "words"},
                {"/queries/papers-on-topic?limit=9223372036854775807", "limit"},
                {"/queries/search?limit=9223372036854775807&offset=5", "limit"},
                {"/queries/topic-pairs?offset=9223372036854775807", "offset"},
                {PAPER + "?x=" + "a".repeat(9000), "query string"}};
        for (String[] c : cases) {
            HttpResponse<String> r = served.get(c[0], "Accept", c[0].startsWith("/queries") ? "text/csv" : "text/turtle");
            assertEquals(400, r.statusCode(), c[0].substring(0, Math.min(80, c[0].length())) + ": " + r.body());
            assertTrue(r.body().contains(c[1]), r.body());
        }
    }

    @Test
    void sitemapAndVoidComeFromConfigurationNotFromHost() throws IOException {
        for (String path : List.of("/sitemap.xml", "/.well-known/void.ttl")) {
            String answer = rawGet(path, "evil.example");
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertFalse(answer.contains("evil.example"), path + " repeats the request's Host");
            assertTrue(answer.contains(served.iri("/")), path + " links under the configured base");
        }
    }

    @Test
    void validatorsMatchOnlyWhatExistsAndIsAskedRightly() {
        for (String[] condition : new String[][] {{"If-None-Match", "*"}, {"If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT"}}) {
            assertEquals(404, served.get("/paper/9999.99999.ttl", condition).statusCode(), condition[0]);
            assertEquals(404, served.get("/paper/9999.99999.html", condition).statusCode(), condition[0]);
            assertEquals(400, served.get("/queries/topics?nonsense=1", condition).statusCode(), condition[0]);
            assertEquals(304, served.get(PAPER + ".ttl", condition).statusCode(), condition[0]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/queries", "/queries/topics", "/sitemap.xml", "/.well-known/void", "/context.jsonld",
            "/dumps/papers.jsonld", PAPER, PAPER + ".ttl", "/feed.atom", "/topic/alignment/feed.atom", "/changes"})
    void traceIsNotAllowed(String path) {
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(served.uri(path)).method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, r.statusCode(), path);
        assertEquals("GET, HEAD", header(r, "Allow"), path);
    }

    private HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(served.uri(path));
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        try {
            return java.net.http.HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A GET with a Host header of our choosing, which java.net.http does not let a client set. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", served.server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = s.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
