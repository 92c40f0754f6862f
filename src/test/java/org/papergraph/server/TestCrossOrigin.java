package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CORS on every route, from a client's side: any origin may read (no credentials), a preflight is answered with the
 * methods that read; {@code --cors-origins} narrows it. (TestSafety holds that neither makes a write succeed;
 * TestBrowser has Chromium do a cross-origin fetch.)
 */
class TestCrossOrigin {
    @TempDir
    static Path dir;
    static Served served;

    static final String PAGE = "https://editor.example";
    static final String ASK = "/papers/sparql?query=ASK%20%7B%7D";

    @BeforeAll
    static void start() { served = Served.seed(dir.resolve("store")); }

    @AfterAll
    static void stop() { served.close(); }

    static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(""); }

    @ParameterizedTest
    @ValueSource(strings = {ASK, "/sparql?query=ASK%7B%7D", "/papers/get?default", "/paper/2405.18870.jsonld", "/paper/2405.18870.ttl",
            "/paper/2405.18870.html", "/topic/alignment.ttl", "/queries/topics", "/queries", "/dumps/papers.jsonld",
            "/dumps/papers.nq.gz", "/context.jsonld", "/.well-known/void", "/sitemap.xml", "/", "/paper/2405.18870",
            "/paper/9999.99999.ttl", "/health", "/openapi.json"})
    void everyRouteLetsAnyOriginReadWithoutCredentials(String path) {
        HttpResponse<String> r = served.get(path, "Origin", PAGE, "Accept", "text/turtle, application/sparql-results+json;q=0.9, */*;q=0.1");
        assertTrue(r.statusCode() < 500, path + " → " + r.statusCode());
        assertEquals("*", header(r, "Access-Control-Allow-Origin"), path);
        assertEquals(List.of(), r.headers().allValues("Access-Control-Allow-Credentials"), path);
        assertTrue(header(r, "Access-Control-Expose-Headers").contains("ETag"), path);
        // A cache may serve a response to a browser that was fetched without an Origin: it says the same.
        assertEquals("*", header(served.get(path), "Access-Control-Allow-Origin"), path + " without an Origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/papers/sparql", "/sparql", "/paper/2405.18870.jsonld", "/queries/topics", "/context.jsonld", "/papers/data"})
    void aPreflightIsAnsweredWithTheMethodsThatRead(String path) {
        HttpResponse<String> r = preflight(served, path, PAGE, "POST", "content-type");
        assertEquals(204, r.statusCode(), path);
        assertEquals("*", header(r, "Access-Control-Allow-Origin"), path);
        assertEquals(CrossOrigin.METHODS, header(r, "Access-Control-Allow-Methods"), path);
        assertEquals(CrossOrigin.HEADERS, header(r, "Access-Control-Allow-Headers"), path);
        assertFalse(header(r, "Access-Control-Allow-Methods").matches(".*(PUT|DELETE|PATCH).*"), path);
        assertEquals("", r.body(), path);
    }

    @Test
    void corsOriginsNarrowsItToTheOriginsGiven() {
        try (Served narrow = Served.start(dir.resolve("narrow"), List.of(Served.SEED.toString()),
                b -> b.corsOrigins(List.of("https://editor.example", "http://localhost:8080")))) {
            for (String path : List.of(ASK, "/paper/2405.18870.jsonld", "/queries/topics", "/context.jsonld", "/dumps/papers.jsonld")) {
                HttpResponse<String> allowed = narrow.get(path, "Origin", PAGE);
                assertEquals(PAGE, header(allowed, "Access-Control-Allow-Origin"), path);
                assertTrue(allowed.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")), path + ": " + allowed.headers().allValues("Vary"));
                HttpResponse<String> other = narrow.get(path, "Origin", "https://elsewhere.example");
                assertEquals(200, other.statusCode(), path + ": a client that is no browser still reads it");
                assertEquals(List.of(), other.headers().allValues("Access-Control-Allow-Origin"), path);
                HttpResponse<String> none = narrow.get(path);
                assertEquals(List.of(), none.headers().allValues("Access-Control-Allow-Origin"), path);
                assertTrue(none.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")), path + ": a cache keeps it apart");
            }
            HttpResponse<String> refused = preflight(narrow, "/papers/sparql", "https://elsewhere.example", "POST", "content-type");
            assertEquals(List.of(), refused.headers().allValues("Access-Control-Allow-Origin"));
            assertEquals(List.of(), refused.headers().allValues("Access-Control-Allow-Methods"));
            assertEquals("http://localhost:8080", header(preflight(narrow, "/papers/sparql", "http://localhost:8080", "POST", "content-type"),
                    "Access-Control-Allow-Origin"));
        }
    }

    @Test
    void anOriginMustBeOne() {
        assertEquals("https://a.example:8443", Server.Builder.originOf("https://A.example:8443"));
        for (String bad : List.of("a.example", "https://a.example/path", "https://a.example/", "https://user@a.example", "", "*.example"))
            assertThrowsIllegal(bad);
    }

    private static void assertThrowsIllegal(String origin) {
        try {
            Server.Builder.originOf(origin);
        } catch (IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError(origin + " was taken as an origin");
    }

    static HttpResponse<String> preflight(Served s, String path, String origin, String method, String headers) {
        return s.send(HttpRequest.newBuilder(s.uri(path)).method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
                "Origin", origin, "Access-Control-Request-Method", method, "Access-Control-Request-Headers", headers);
    }
}
