package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.Canary;

/** Safe by default, each default proven against the running server. */
class TestSafety {
    @TempDir
    static Path dir;
    static Served served;

    static final Duration TIMEOUT = Duration.ofSeconds(4);
    /** Every triple against every triple against every triple: never finishes on its own. */
    static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @BeforeAll
    static void start() {
        served = Served.start(dir.resolve("store"), java.util.List.of(Served.SEED.toString()),
                b -> b.timeout(TIMEOUT).maxQueries(1).maxThreads(24));
    }

    @AfterAll
    static void stop() { served.close(); }

    static String q(String s) { return TestSparqlEndpoints.q(s); }

    @Test
    void updatesAndGraphWritesAreRefusedAndChangeNothing() {
        long before = served.store.quadCount();
        String update = "INSERT DATA { <http://example.org/a> <http://example.org/b> \"c\" }";
        for (String path : new String[] {"/papers/sparql", "/papers/query", "/papers/update", "/papers", "/sparql"}) {
            int status = served.post(path, "application/sparql-update", update).statusCode();
            assertTrue(status >= 400 && status < 500, path + " update gave " + status);
            int form = served.post(path, "application/x-www-form-urlencoded", "update=" + q(update)).statusCode();
            assertTrue(form >= 400 && form < 500, path + " form update gave " + form);
        }
        String turtle = "<http://example.org/a> <http://example.org/b> \"c\" .";
        for (String path : new String[] {"/papers/data?default", "/papers/get?default", "/papers/data?graph=http://example.org/g", "/papers/upload"}) {
            for (String method : new String[] {"PUT", "POST"}) {
                HttpResponse<String> r = served.send(HttpRequest.newBuilder(served.uri(path)).method(method, HttpRequest.BodyPublishers.ofString(turtle))
                        .header("Content-Type", "text/turtle"));
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " gave " + r.statusCode());
            }
            HttpResponse<String> delete = served.send(HttpRequest.newBuilder(served.uri(path)).DELETE());
            assertTrue(delete.statusCode() >= 400 && delete.statusCode() < 500, "DELETE " + path + " gave " + delete.statusCode());
        }
        assertEquals(before, served.store.quadCount(), "the store is unchanged");
    }

    /** CORS grants reading only: neither a preflight nor an Origin makes a write succeed (TestCrossOrigin has the rest). */
    @Test
    void neitherAPreflightNorAnOriginMakesAWriteSucceed() {
        long before = served.store.quadCount();
        String update = "INSERT DATA { <http://example.org/a> <http://example.org/b> \"c\" }";
        String turtle = "<http://example.org/a> <http://example.org/b> \"c\" .";
        for (String path : java.util.List.of("/papers/sparql", "/papers/update", "/papers", "/sparql")) {
            TestCrossOrigin.preflight(served, path, TestCrossOrigin.PAGE, "POST", "content-type");
            int status = served.post(path, "application/sparql-update", update, "Origin", TestCrossOrigin.PAGE).statusCode();
            assertTrue(status >= 400 && status < 500, path + " update gave " + status);
            int form = served.post(path, "application/x-www-form-urlencoded", "update=" + q(update), "Origin", TestCrossOrigin.PAGE).statusCode();
            assertTrue(form >= 400 && form < 500, path + " form update gave " + form);
        }
        for (String path : java.util.List.of("/papers/data?default", "/papers/get?default", "/papers/upload", "/paper/2405.18870.ttl")) {
            for (String method : java.util.List.of("PUT", "POST", "DELETE", "PATCH")) {
                HttpResponse<String> pre = TestCrossOrigin.preflight(served, path, TestCrossOrigin.PAGE, method, "content-type");
                assertFalse(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains(method.equals("POST") ? "PUT" : method), method + " " + path);
                HttpResponse<String> r = served.send(HttpRequest.newBuilder(served.uri(path))
                        .method(method, HttpRequest.BodyPublishers.ofString(turtle)), "Content-Type", "text/turtle", "Origin", TestCrossOrigin.PAGE);
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " gave " + r.statusCode());
            }
        }
        // An OPTIONS that is no preflight goes to its route, as before: it reads nothing and writes nothing.
        HttpResponse<String> options = served.send(HttpRequest.newBuilder(served.uri("/papers/data?default"))
                .method("OPTIONS", HttpRequest.BodyPublishers.ofString(turtle)), "Content-Type", "text/turtle", "Origin", TestCrossOrigin.PAGE);
        assertTrue(options.statusCode() < 500, "OPTIONS gave " + options.statusCode());
        assertEquals(before, served.store.quadCount(), "the store is unchanged");
    }

    @Test
    void serviceCallsNeverLeaveTheServer() {
        try (Canary canary = new Canary()) {
            String query = "SELECT * { SERVICE <" + canary.url("/sparql") + "> { ?s ?p ?o } }";
            HttpResponse<String> r = served.get("/papers/sparql?query=" + q(query), "Accept", "application/sparql-results+json");
            assertNotEquals(200, r.statusCode(), r.body());
            assertEquals(0, canary.requests(), "the canary saw a request");
        }
    }

    @Test
    void noScriptFunctions() {
        String query = "PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT (js:print(\"x\") AS ?x) {}";
        HttpResponse<String> r = served.get("/papers/sparql?query=" + q(query), "Accept", "text/csv");
        assertNotEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Scripting not enabled"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/$/datasets", "/$/server", "/$/ping", "/$/stats", "/$/metrics", "/$/compact/papers",
            "/$/backup/papers", "/$/tasks", "/$/reload"})
    void noAdminEndpoints(String path) {
        assertEquals(404, served.get(path).statusCode(), path);
        assertEquals(404, served.post(path, "application/x-www-form-urlencoded", "").statusCode(), "POST " + path);
    }

    @Test
    void runawayQueriesTimeOutAndTheServerGoesOn() {
        long start = System.nanoTime();
        HttpResponse<String> r = served.get("/papers/sparql?query=" + q(CROSS_PRODUCT), "Accept", "application/sparql-results+json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis < TIMEOUT.toMillis() + 3000, "took " + millis + " ms");
        assertEquals(200, served.get("/papers/sparql?query=" + q("ASK {}")).statusCode(), "still answers");
    }

    @Test
    void queriesOverTheCapWaitThenGet503() throws Exception {
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(
                () -> served.get("/papers/sparql?query=" + q(CROSS_PRODUCT)));
        Thread.sleep(500);
        HttpResponse<String> second = served.get("/papers/sparql?query=" + q("ASK {}"));
        assertEquals(503, second.statusCode(), "one query at most, and the first is still running");
        assertTrue(second.headers().firstValue("Retry-After").isPresent());
        assertEquals(503, runaway.get().statusCode());
        assertEquals(200, served.get("/papers/sparql?query=" + q("ASK {}")).statusCode());
        assertEquals(200, served.get("/paper/2405.18870.ttl").statusCode(), "pages are not queries: never capped");
    }

    @Test
    void threadsAreBoundedAndBuffersSmall() {
        QueuedThreadPool pool = (QueuedThreadPool) served.server.jetty().getThreadPool();
        assertEquals(24, pool.getMaxThreads());
        for (Connector c : served.server.jetty().getConnectors()) {
            int size = c.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().getOutputBufferSize();
            assertEquals(Server.OUTPUT_BUFFER_BYTES, size, "Fuseki's 5 MiB default buffer is replaced (apache/jena#4084)");
        }
        assertFalse(Boolean.getBoolean("jena:scripting"), "script functions stay off");
    }
}
