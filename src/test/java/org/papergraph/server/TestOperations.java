package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.Main;
import org.papergraph.store.Store;

/**
 * What an operator's tools ask of a running server: {@code /health} and {@code /ready} as JSON, Prometheus metrics at
 * {@code /metrics} only when asked for, and an access-log line per request (NCSA or JSON lines) with the request id
 * the response also carries.
 */
class TestOperations {
    @TempDir
    static Path dir;
    /** With metrics, the NCSA log, and room for one query at a time. */
    static Served measured;
    /** As served by default, with the JSON log. */
    static Served plain;
    static final List<String> ncsa = Collections.synchronizedList(new ArrayList<>());
    static final List<String> json = Collections.synchronizedList(new ArrayList<>());

    static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @BeforeAll
    static void start() {
        measured = Served.start(dir.resolve("measured"), List.of(Served.SEED.toString()),
                b -> b.metrics(true).accessLog(AccessLog.Format.NCSA, ncsa::add).maxQueries(1).timeout(Duration.ofSeconds(2)));
        plain = Served.start(dir.resolve("plain"), List.of(Served.SEED.toString()), b -> b.accessLog(AccessLog.Format.JSON, json::add));
    }

    @AfterAll
    static void stop() {
        measured.close();
        plain.close();
    }

    static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(""); }

    static JsonObject jsonOf(String text) { return Json.createReader(new StringReader(text)).readObject(); }

    @Test
    void healthSaysTheServerIsUp() {
        HttpResponse<String> r = plain.get("/health");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("application/json"));
        assertEquals("no-store", header(r, "Cache-Control"));
        assertEquals("up", jsonOf(r.body()).getString("status"));
    }

    /** The index is kept from building, then built: /ready follows it. */
    @Test
    void readyOnlyOnceTheIndexesAreBuilt() {
        Path db = dir.resolve("ready");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"load", Served.SEED.toString(), "--db", db.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true)), err.toString());
        try (Store store = Store.openExisting(db); Server server = Server.builder(store).port(0).build()) {
            store.views().stopBuildingWhen(() -> true);
            server.start();
            String url = server.url().replace("localhost", "127.0.0.1");
            HttpResponse<String> starting = get(url + "ready");
            assertEquals(503, starting.statusCode(), starting.body());
            JsonObject s = jsonOf(starting.body());
            assertEquals("starting", s.getString("status"));
            assertEquals("building", s.getString("indexes"));
            assertEquals("5", header(starting, "Retry-After"));
            assertEquals(200, get(url + "health").statusCode(), "alive all the same");

            store.views().stopBuildingWhen(() -> false);
            store.views().warmUp();
            HttpResponse<String> ready = get(url + "ready");
            assertEquals(200, ready.statusCode(), ready.body());
            JsonObject r = jsonOf(ready.body());
            assertEquals("ready", r.getString("status"));
            assertEquals("built", r.getString("indexes"));
            String etag = header(get(url + "paper/2405.18870.ttl"), "ETag");
            assertTrue(etag.startsWith("\"" + r.getString("generation") + "-"), "the generation the documents' ETags name: " + etag);
        }
    }

    @Test
    void metricsAreServedOnlyWhenAskedFor() {
        assertEquals(404, plain.get("/metrics").statusCode());
        measured.get("/paper/2405.18870.ttl");
        measured.get("/paper/9999.99999.ttl");
        measured.get("/papers/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
        eventually(() -> count(scrape(), "papergraph_http_requests_seconds_count", "route=\"sparql\",status=\"200\"") >= 1);
        HttpResponse<String> r = measured.get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/plain; version=0.0.4"), header(r, "Content-Type"));
        assertEquals("no-store", header(r, "Cache-Control"));
        Map<String, Double> m = parse(r.body());
        assertTrue(count(m, "papergraph_http_requests_seconds_count", "route=\"document\",status=\"200\"") >= 1, r.body());
        assertTrue(count(m, "papergraph_http_requests_seconds_count", "route=\"document\",status=\"404\"") >= 1, r.body());
        assertTrue(count(m, "papergraph_http_requests_seconds_sum", "route=\"document\",status=\"200\"") > 0, "latencies");
        assertTrue(m.containsKey("papergraph_http_requests_seconds_max{route=\"sparql\",status=\"200\"}"), "latencies");
        assertTrue(m.containsKey("papergraph_queries_running"), r.body());
        assertTrue(m.containsKey("papergraph_queries_refused_total"), r.body());
        String tag = header(measured.get("/context.jsonld"), "ETag").replaceAll("^\"|-context\"$", "");
        assertEquals(1.0, m.get("papergraph_store_generation{generation=\"" + tag + "\"}"), r.body());
        assertTrue(m.get("papergraph_store_loaded_seconds") > 1.7e9, "the generation's Last-Modified, in seconds");
        for (String line : r.body().lines().toList())
            assertTrue(line.startsWith("#") || SAMPLE.matcher(line).matches(), "not a Prometheus sample: " + line);
    }

    @Test
    void queriesRunningAndRefusedAreCountedAndARefusalIsNeverCached() throws Exception {
        double refusedBefore = count(scrape(), "papergraph_queries_refused_total", null);
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(
                () -> measured.get("/papers/sparql?query=" + TestSparqlEndpoints.q(CROSS_PRODUCT)));
        eventually(() -> count(scrape(), "papergraph_queries_running", null) == 1);
        HttpResponse<String> refused = measured.get("/papers/sparql?query=" + TestSparqlEndpoints.q("ASK {}"));
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("", header(refused, "ETag"), "a refusal has no validators");
        assertFalse(header(refused, "Cache-Control").contains("public"), header(refused, "Cache-Control"));
        assertEquals(503, runaway.get().statusCode(), "the runaway timed out");
        assertTrue(count(scrape(), "papergraph_queries_refused_total", null) >= refusedBefore + 1);
    }

    /** A Prometheus sample line: a name, its labels, a value. */
    static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (\\S+)");

    static Map<String, Double> scrape() { return parse(measured.get("/metrics").body()); }

    static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.lines().toList()) {
            Matcher m = SAMPLE.matcher(line);
            if (!line.startsWith("#") && m.matches()) samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
        }
        return samples;
    }

    /** The sample {@code name} with labels that contain {@code labels} (or none), 0 if there is none. */
    static double count(Map<String, Double> samples, String name, String labels) {
        return samples.entrySet().stream().filter(e -> labels == null ? e.getKey().equals(name)
                        : e.getKey().startsWith(name + "{") && e.getKey().contains(labels))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    @Test
    void eachRequestHasOneNcsaLineWithItsId() {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String path : List.of("/paper/2405.18870.ttl?n=1", "/nowhere?n=2", "/papers/sparql?query=SELEC&n=3", "/queries/topics?n=4"))
            answers.add(measured.get(path, "User-Agent", "papergraph-test \"quoted\""));
        HttpResponse<String> given = measured.get("/topics.html?n=5", "X-Request-Id", "proxy-id.42");
        assertEquals("proxy-id.42", header(given, "X-Request-Id"), "a proxy's id is kept");
        HttpResponse<String> invalid = measured.get("/topics.html?n=6", "X-Request-Id", "<script>");
        assertNotEquals("<script>", header(invalid, "X-Request-Id"), "what is no id is replaced");
        answers.add(given);
        answers.add(invalid);
        for (HttpResponse<String> r : answers) {
            String id = header(r, "X-Request-Id");
            assertFalse(id.isEmpty(), r.uri() + " → " + r.statusCode() + " has no request id");
            String path = r.uri().getRawPath() + "?" + r.uri().getRawQuery();
            eventually(() -> lines(ncsa, path).size() == 1);
            String line = lines(ncsa, path).get(0);
            Matcher m = NCSA.matcher(line);
            assertTrue(m.matches(), line);
            assertEquals("GET " + path + " HTTP/1.1", m.group(2), line);
            assertEquals(Integer.toString(r.statusCode()), m.group(3), line);
            assertEquals(id, m.group(5), line);
        }
        assertEquals(answers.size(), answers.stream().map(r -> header(r, "X-Request-Id")).distinct().count(), "ids are distinct");
    }

    /** NCSA's extended format, then milliseconds and the request id. */
    static final Pattern NCSA = Pattern.compile("(\\S+) - - \\[[^\\]]+\\] \"([^\"]*)\" (\\d{3}) \\d+ \"[^\"]*\" \".*\" (\\d+) (\\S+)");

    @Test
    void eachRequestHasOneJsonLine() {
        HttpResponse<String> r = plain.get("/paper/2405.18870.jsonld?j=1", "User-Agent", "agent \"with\" quotes\\", "Referer", "https://example.org/x");
        HttpResponse<String> missing = plain.get("/paper/9999.99999.html?j=2");
        for (HttpResponse<String> answer : List.of(r, missing)) {
            String path = answer.uri().getRawPath() + "?" + answer.uri().getRawQuery();
            eventually(() -> lines(json, "\"" + path + "\"").size() == 1);
            JsonObject o = jsonOf(lines(json, "\"" + path + "\"").get(0));
            assertEquals("GET", o.getString("method"));
            assertEquals(path, o.getString("uri"));
            assertEquals(answer.statusCode(), o.getInt("status"));
            assertEquals(header(answer, "X-Request-Id"), o.getString("id"));
            assertEquals("HTTP/1.1", o.getString("protocol"));
            assertEquals("127.0.0.1", o.getString("client"));
            assertTrue(o.getJsonNumber("ms").longValue() >= 0);
            assertTrue(o.getJsonNumber("bytes").longValue() > 0);
            assertFalse(o.getString("time").isEmpty());
        }
        JsonObject first = jsonOf(lines(json, "\"/paper/2405.18870.jsonld?j=1\"").get(0));
        assertEquals("agent \"with\" quotes\\", first.getString("agent"), "escaped as JSON, read back as sent");
        assertEquals("https://example.org/x", first.getString("referer"));
    }

    private static List<String> lines(List<String> log, String containing) {
        synchronized (log) {
            return log.stream().filter(l -> l.contains(containing)).toList();
        }
    }

    /** The log and the metrics are written once the answer is sent: waits for them (up to 10 s), then fails. */
    private static void eventually(BooleanSupplier condition) {
        for (int i = 0; i < 200; i++) {
            if (condition.getAsBoolean()) return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertTrue(condition.getAsBoolean(), "not within 10 s");
    }

    private static HttpResponse<String> get(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
