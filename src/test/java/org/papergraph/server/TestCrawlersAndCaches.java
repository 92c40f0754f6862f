package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What crawlers and caches expect: robots.txt, gzip when asked for, HEAD wherever GET is, SPARQL GETs revalidated. */
class TestCrawlersAndCaches {
    @TempDir
    static Path dir;
    static Served served;

    static final String PAPER = "/paper/2405.18870";
    /** {@code SELECT * { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 50}, in a URL. */
    static final String SELECT = "/papers/sparql?query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20ORDER%20BY%20%3Fs%20%3Fp%20%3Fo%20LIMIT%2050";

    @BeforeAll
    static void start() { served = Served.seed(dir.resolve("store")); }

    @AfterAll
    static void stop() { served.close(); }

    static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(""); }

    @Test
    void robotsTxtKeepsCrawlersOffTheEndpointsAndNamesTheSitemap() {
        HttpResponse<String> r = served.get("/robots.txt");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/plain"), header(r, "Content-Type"));
        List<String> lines = r.body().lines().toList();
        assertEquals("User-agent: *", lines.get(0));
        assertTrue(lines.containsAll(List.of("Disallow: /papers/", "Disallow: /sparql", "Disallow: /queries/*?")), r.body());
        assertTrue(lines.contains("Sitemap: " + served.store.iris().base() + "sitemap.xml"), r.body());
        assertFalse(lines.stream().anyMatch(l -> l.equals("Disallow: /") || l.startsWith("Disallow: /paper/") || l.startsWith("Disallow: /topic")),
                "pages stay open to crawlers: " + r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", PAPER + ".html", PAPER + ".ttl", PAPER + ".jsonld", "/topic/alignment.html", "/topics.html",
            "/queries/topics?format=json", SELECT, "/sitemap.xml", "/.well-known/void.ttl", "/dumps/papers.jsonld",
            "/context.jsonld", "/robots.txt"})
    void gzipWhenAskedForDecompressesToThePlainBytes(String path) throws IOException {
        HttpResponse<byte[]> plain = bytes(path, "Accept", "application/sparql-results+json, */*;q=0.5");
        assertEquals(200, plain.statusCode(), path);
        assertEquals("", header(plain, "Content-Encoding"), path + ": no gzip unasked");
        HttpResponse<byte[]> zipped = bytes(path, "Accept", "application/sparql-results+json, */*;q=0.5", "Accept-Encoding", "gzip");
        assertEquals(200, zipped.statusCode(), path);
        assertEquals("gzip", header(zipped, "Content-Encoding"), path);
        assertTrue(String.join(",", zipped.headers().allValues("Vary")).contains("Accept-Encoding"), path);
        assertEquals(header(plain, "Content-Type"), header(zipped, "Content-Type"), path);
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertArrayEquals(plain.body(), unzipped, path);
        assertTrue(zipped.body().length < plain.body().length, path + ": " + zipped.body().length + " ≥ " + plain.body().length);
    }

    @Test
    void aGzippedDumpIsNotGzippedTwice() throws IOException {
        HttpResponse<byte[]> r = bytes("/dumps/papers.ttl.gz", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(r, "Content-Encoding"));
        byte[] turtle = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
        assertTrue(RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).toGraph().size() > 0, "one gzip, then Turtle");
    }

    /** Headers that differ between any two answers, or between a body sent and one not. */
    static final Set<String> PER_ANSWER = Set.of("date", "x-request-id", "fuseki-request-id", "content-length", "transfer-encoding");

    @ParameterizedTest
    @ValueSource(strings = {"/", PAPER, PAPER + ".html", PAPER + ".ttl", PAPER + ".jsonld", PAPER + ".nt", PAPER + ".rdf",
            "/topic/alignment.html", "/topic/alignment.ttl", "/topics.html", "/sources.html", "/source/2024-05-seed-papers.html",
            "/listing/2024-05-seed-papers/2405.18870.html", "/ontology.html", "/statistics.html", "/queries", "/queries/topics",
            "/queries/topics?format=csv", "/.well-known/void", "/.well-known/void.ttl", "/sitemap.xml", "/robots.txt",
            "/context.jsonld", "/dumps/papers.ttl.gz", "/dumps/papers.jsonld", "/papers", "/health", "/ready",
            "/paper/9999.99999.html", SELECT, "/sparql?query=ASK%7B%7D", "/papers/get?default", "/papers/data?graph=union"})
    void headAnswersAsGetDoesWithoutABody(String path) {
        HttpResponse<String> get = served.get(path);
        HttpResponse<String> head = served.head(path);
        assertEquals(get.statusCode(), head.statusCode(), path);
        assertEquals("", head.body(), path);
        assertEquals(comparable(get), comparable(head), path);
        String length = header(head, "Content-Length");
        if (!length.isEmpty() && !header(get, "Content-Length").isEmpty()) assertEquals(header(get, "Content-Length"), length, path);
    }

    private static Map<String, List<String>> comparable(HttpResponse<?> r) {
        Map<String, List<String>> headers = new TreeMap<>();
        r.headers().map().forEach((k, v) -> { if (!PER_ANSWER.contains(k.toLowerCase(java.util.Locale.ROOT))) headers.put(k.toLowerCase(java.util.Locale.ROOT), v); });
        return headers;
    }

    @Test
    void aSparqlGetIsRevalidatedByTheStoresGeneration() {
        HttpResponse<String> first = served.get(SELECT, "Accept", "application/sparql-results+json");
        assertEquals(200, first.statusCode(), first.body());
        String etag = header(first, "ETag");
        // Weak: the rows come in the store's order, which another replica's loads may have made another.
        assertTrue(etag.startsWith("W/\"") && etag.contains("sparql"), etag);
        assertTrue(header(first, "Cache-Control").contains("max-age"), header(first, "Cache-Control"));
        assertFalse(header(first, "Last-Modified").isEmpty());
        HttpResponse<String> again = served.get(SELECT, "Accept", "application/sparql-results+json", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> csv = served.get(SELECT, "Accept", "text/csv");
        assertNotEquals(etag, header(csv, "ETag"), "another format, another variant");
        assertEquals(200, served.get(SELECT, "Accept", "text/csv", "If-None-Match", etag).statusCode());
        HttpResponse<String> other = served.get("/papers/sparql?query=" + TestSparqlEndpoints.q("ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+json");
        assertNotEquals(etag, header(other, "ETag"), "another query, another variant");
    }

    @Test
    void aGzippedSparqlAnswerIsRevalidatedToo() {
        HttpResponse<byte[]> zipped = bytes(SELECT, "Accept", "application/sparql-results+json", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(zipped, "Content-Encoding"));
        String etag = header(zipped, "ETag");
        assertFalse(etag.isEmpty());
        assertEquals(304, bytes(SELECT, "Accept", "application/sparql-results+json", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT (NOW() AS ?t) {}", "SELECT (RAND() AS ?r) {}", "SELECT (STRUUID() AS ?u) {}", "SELECT (bnode() AS ?b) {}",
            "SELECT * {"})
    void onlyWhatCannotChangeIsMadeCacheable(String query) {
        HttpResponse<String> r = served.get("/papers/sparql?query=" + TestSparqlEndpoints.q(query), "Accept", "application/sparql-results+json");
        assertEquals("", header(r, "ETag"), query + " → " + r.statusCode());
        assertFalse(header(r, "Cache-Control").contains("public"), query + ": " + header(r, "Cache-Control"));
    }

    @Test
    void aQueryInABodyIsNotCached() {
        HttpResponse<String> r = served.post("/papers/sparql", "application/sparql-query", "ASK {}", "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("", header(r, "ETag"));
    }

    private static HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(served.uri(path));
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
