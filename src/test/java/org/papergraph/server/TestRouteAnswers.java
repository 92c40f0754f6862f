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

/** What each route answers where it used to answer wrong: formats, errors, redirects, counts, validators, methods. */
class TestRouteAnswers {
    @TempDir
    static Path dir;
    static Served served;

    static final String PAPER = "/paper/2405.18870";

    @BeforeAll
    static void start() { served = Served.start(dir.resolve("store"), List.of("data"), b -> b); }

    @AfterAll
    static void stop() { served.close(); }

    static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(""); }

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

    @ParameterizedTest
    @ValueSource(strings = {"/", "/queries", "/queries/topics", "/sitemap.xml", "/.well-known/void", "/context.jsonld",
            "/dumps/papers.jsonld", PAPER, PAPER + ".ttl"})
    void traceIsNotAllowed(String path) {
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(served.uri(path)).method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, r.statusCode(), path);
        assertEquals("GET, HEAD", header(r, "Allow"), path);
    }
}
