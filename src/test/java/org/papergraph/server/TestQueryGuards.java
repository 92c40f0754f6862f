package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Small requests that used to stop the server (issue 13): a back door past the query cap, a query the engine does
 * not stop, unbounded query bodies, unbounded Graph Store reads, and client faults answered as 500s. Regular
 * expressions are TestQueryFunctions'.
 */
class TestQueryGuards {
    @TempDir
    static Path dir;
    static Served served;

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final int MAX_QUERY = 64 * 1024;
    /** A test function that ignores cancellation: an engine that does not stop at the timeout. */
    static final String SLEEP = "urn:papergraph-test:sleep";
    static final String CROSS_PRODUCT = TestSafety.CROSS_PRODUCT;
    static final ExecutorService pool = Executors.newFixedThreadPool(32);

    @BeforeAll
    static void start() {
        FunctionRegistry.get().put(SLEEP, uri -> new FunctionBase1() {
            @Override
            public NodeValue exec(NodeValue millis) {
                long end = System.nanoTime() + millis.getInteger().longValue() * 1_000_000;
                while (System.nanoTime() < end) Thread.onSpinWait();
                return NodeValue.TRUE;
            }
        });
        served = Served.start(dir.resolve("store"), List.of(Served.SEED.toString()),
                b -> b.timeout(TIMEOUT).maxQueries(1).maxQueryBytes(MAX_QUERY));
    }

    @AfterAll
    static void stop() {
        served.close();
        pool.shutdownNow();
    }

    static String q(String s) { return TestSparqlEndpoints.q(s); }

    <T> CompletableFuture<T> async(Supplier<T> s) { return CompletableFuture.supplyAsync(s, pool); }

    // ---- A: every path to the engine passes the cap

    /** Every address that runs SPARQL or reads the store, each way it can be asked. */
    static List<Supplier<HttpResponse<String>>> everyWayIn(String query) {
        List<Supplier<HttpResponse<String>>> all = new ArrayList<>();
        for (String path : new String[] {"/papers/sparql", "/papers/query", "/sparql", "/papers"}) {
            for (String p : new String[] {path, path + "/"}) {
                all.add(() -> served.get(p + "?query=" + q(query), "Accept", "text/csv"));
                all.add(() -> served.post(p, "application/x-www-form-urlencoded", "query=" + q(query), "Accept", "text/csv"));
                all.add(() -> served.post(p, "application/sparql-query", query, "Accept", "text/csv"));
            }
        }
        for (String path : new String[] {"/papers/get", "/papers/data"}) {
            for (String p : new String[] {path, path + "/"}) {
                all.add(() -> served.get(p + "?default", "Accept", "application/n-triples"));
                all.add(() -> served.get(p, "Accept", "application/n-quads"));
            }
        }
        all.add(() -> served.get("/queries/topics", "Accept", "text/csv"));
        all.add(() -> served.get("/queries/topics/", "Accept", "text/csv"));
        return all;
    }

    @Test
    void everyWayToTheEnginePassesTheCap() throws Exception {
        List<Supplier<HttpResponse<String>>> ways = everyWayIn("ASK {}");
        List<Supplier<HttpResponse<String>>> open = new ArrayList<>();
        for (Supplier<HttpResponse<String>> way : ways) {
            HttpResponse<String> r = way.get();
            if (r.statusCode() == 200) open.add(way);
            else assertTrue(r.statusCode() >= 300 && r.statusCode() < 500, r.request().method() + " " + r.uri() + " gave " + r.statusCode()); // redirected or refused: no engine
            String path = r.uri().getPath();
            if (!path.endsWith("/") && !path.equals("/papers"))
                assertEquals(200, r.statusCode(), r.request().method() + " " + r.uri() + " answers when free: " + r.body());
        }
        CompletableFuture<HttpResponse<String>> holder = async(() -> served.get("/papers/sparql?query=" + q(CROSS_PRODUCT)));
        Thread.sleep(300);
        List<CompletableFuture<HttpResponse<String>>> tries = new ArrayList<>();
        for (Supplier<HttpResponse<String>> way : open) tries.add(async(way));
        for (CompletableFuture<HttpResponse<String>> t : tries) {
            HttpResponse<String> r = t.get();
            assertEquals(503, r.statusCode(), r.request().method() + " " + r.uri() + " ran beside the query holding the only slot");
            assertTrue(r.headers().firstValue("Retry-After").isPresent());
        }
        assertEquals(503, holder.get().statusCode());
    }

    @Test
    void aQueryThatIgnoresTheTimeoutGivesItsSlotBackAtTheTimeout() throws Exception {
        String stuck = "SELECT (<" + SLEEP + ">(6000) AS ?x) {}";
        long began = System.nanoTime();
        CompletableFuture<HttpResponse<String>> holder = async(() -> served.get("/papers/sparql?query=" + q(stuck)));
        Thread.sleep(TIMEOUT.toMillis() + 500);
        long start = System.nanoTime();
        HttpResponse<String> next = served.get("/papers/sparql?query=" + q("ASK {}"));
        assertEquals(200, next.statusCode(), "the slot is free again at the timeout, whatever the engine does");
        assertTrue((System.nanoTime() - start) / 1_000_000 < 900, "answered without waiting for the stuck query");
        holder.get();
        assertTrue((System.nanoTime() - began) / 1_000_000 >= 5500, "the stuck query did run past its timeout");
    }

    // ---- C: bounded query text

    @Test
    void oversizedQueriesAreRefusedAtOnceWithoutASlot() throws Exception {
        String big = "ASK {}" + "#".repeat(MAX_QUERY);
        CompletableFuture<HttpResponse<String>> holder = async(() -> served.get("/papers/sparql?query=" + q(CROSS_PRODUCT)));
        Thread.sleep(300);
        // The only slot is taken: a request that waited for it would get 503 after the wait, not 413.
        assertEquals(413, served.post("/papers/sparql", "application/sparql-query", big).statusCode());
        assertEquals(413, served.post("/papers/sparql", "application/sparql-query", "#".repeat(16 << 20)).statusCode(), "16 MB, unread");
        assertEquals(413, served.post("/sparql", "application/x-www-form-urlencoded", "query=" + q(big)).statusCode());
        String log = stderrDuring(() -> assertEquals(414, served.get("/papers/query?query=" + q(big)).statusCode()));
        assertTrue(log.length() < 1000, "the refused URL is not echoed into the log: " + log.length() + " chars");
        HttpResponse<String> chunked = served.send(HttpRequest.newBuilder(served.uri("/papers/sparql"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .header("Content-Type", "application/sparql-query"));
        assertEquals(413, chunked.statusCode(), "a body of unknown length is cut at the limit");
        holder.get();
        String fits = "ASK {}" + "#".repeat(MAX_QUERY - 100);
        assertEquals(200, served.post("/papers/sparql", "application/sparql-query", fits).statusCode());
        assertEquals(200, served.post("/papers/sparql", "application/x-www-form-urlencoded", "query=" + q(fits)).statusCode());
    }

    // ---- D: Graph Store reads stream, under the cap

    @ParameterizedTest
    @CsvSource({"application/ld+json, JSONLD", "text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/rdf+xml, RDFXML"})
    void theWholeStoreByGraphStoreProtocolIsTheUnion(String mediaType, String lang) {
        HttpResponse<String> r = served.get("/papers/get?default", "Accept", mediaType);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), r.headers().toString());
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).lang(org.apache.jena.riot.RDFLanguages.nameToLang(lang)).toGraph();
        long union = Txn.calculateRead(served.store.dataset(), () -> (long) served.store.dataset().getUnionGraph().size());
        assertEquals(union, g.size());
    }

    @Test
    void oneGraphAndTheQuadsToo() {
        String graph = Txn.calculateRead(served.store.dataset(), () -> served.store.dataset().listGraphNodes().next().getURI());
        HttpResponse<String> one = served.get("/papers/data?graph=" + q(graph), "Accept", "application/n-triples");
        assertEquals(200, one.statusCode(), one.body());
        long size = Txn.calculateRead(served.store.dataset(), () -> (long) served.store.dataset().getGraph(org.apache.jena.graph.NodeFactory.createURI(graph)).size());
        assertEquals(size, RDFParser.fromString(one.body(), Lang.NTRIPLES).toGraph().size());
        assertEquals(404, served.get("/papers/data?graph=" + q("http://example.org/none"), "Accept", "text/turtle").statusCode());
        HttpResponse<String> quads = served.get("/papers/get", "Accept", "application/n-quads");
        assertEquals(200, quads.statusCode());
        assertEquals(served.store.quadCount(), quads.body().lines().count());
    }

    // ---- client faults are 400s, in one line, with no stack trace in the log

    @Test
    void deeplyNestedQueriesAreBadRequests() {
        String nested = "SELECT * {".repeat(2000) + "}".repeat(2000);
        String unions = "SELECT * {" + "{}UNION".repeat(9000) + "{}}";
        for (String query : new String[] {nested, unions}) {
            String log = stderrDuring(() -> {
                HttpResponse<String> r = served.post("/papers/sparql", "application/sparql-query", query);
                assertEquals(400, r.statusCode(), r.body().lines().limit(3).toList().toString());
                assertTrue(r.body().lines().count() <= 2, r.body().lines().limit(5).toList().toString());
            });
            assertFalse(log.contains("StackOverflowError") || log.contains("\tat "), log.lines().limit(5).toList().toString());
        }
    }

    @Test
    void aSearchTheIndexRefusesIsABadRequest() {
        String words = String.join(" ", java.util.Collections.nCopies(80, "model"));
        String query = "SELECT * { ?p <" + org.papergraph.rdf.Vocab.SEARCH.getURI() + "> (\"" + words + "\" 10 0) }";
        String log = stderrDuring(() -> {
            HttpResponse<String> r = served.get("/papers/sparql?query=" + q(query));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("a search of 80 words; a phrase here is at most 64"), r.body());
        });
        assertFalse(log.contains("\tat "), log.lines().limit(5).toList().toString());
    }

    @Test
    void aConstructAskedForAsResultsSaysWhichFormatsItHas() {
        String query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1";
        String log = stderrDuring(() -> {
            HttpResponse<String> r = served.get("/papers/sparql?format=" + q("application/sparql-results+json") + "&query=" + q(query));
            assertTrue(r.statusCode() == 406 || r.statusCode() == 400, r.statusCode() + " " + r.body());
            assertTrue(r.body().contains("Turtle") && r.body().contains("JSON-LD"), r.body());
        });
        assertFalse(log.contains("\tat "), log);
    }

    /** What the server writes to stderr (its log) while {@code action} runs. */
    static String stderrDuring(Runnable action) {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(saved);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
