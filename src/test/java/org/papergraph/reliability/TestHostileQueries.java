package org.papergraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.Canary;

/**
 * Hostile SPARQL and the Graph Store Protocol on every endpoint, by GET, form POST and direct POST: updates and
 * LOAD, graph writes, SERVICE and FROM towards a loopback canary that must never hear of it. The store stays as it
 * was and the server answers on.
 */
class TestHostileQueries {
    @TempDir
    static Path dir;
    static Target target;
    static Canary canary;

    static final List<String> QUERY_ENDPOINTS = List.of("/papers/sparql", "/papers/query", "/sparql", "/sparql/");
    static final List<String> ALL_ENDPOINTS = List.of("/papers/sparql", "/papers/query", "/sparql", "/sparql/", "/papers",
            "/papers/update", "/papers/get", "/papers/data");

    @BeforeAll
    static void start() {
        target = Target.start(dir, b -> b.timeout(Duration.ofSeconds(2)));
        canary = new Canary();
    }

    @AfterEach
    void unharmed() {
        target.assertUnharmed();
        assertEquals(0, canary.requests(), "the canary was called");
    }

    @AfterAll
    static void stop() {
        canary.close();
        target.close();
    }

    static String q(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** The status of one request of each kind SPARQL allows: GET with the text in the URL, a form POST, a direct POST. */
    static List<String> everyWay(String path, String param, String text) {
        String direct = param.equals("query") ? "application/sparql-query" : "application/sparql-update";
        return List.of("GET " + target.served.get(path + "?" + param + "=" + q(text), "Accept", "text/csv").statusCode(),
                "form " + RawHttp.request(target.port(), "POST", path, param + "=" + q(text), "Content-Type: application/x-www-form-urlencoded").status(),
                "direct " + RawHttp.request(target.port(), "POST", path, text, "Content-Type: " + direct).status());
    }

    static int status(String way) { return Integer.parseInt(way.substring(way.indexOf(' ') + 1)); }

    @Test
    void updatesAndLoadsAreRefusedEverywhere() {
        String source = target.served.iri("/source/2024-05-seed-papers.md");
        List<String> updates = List.of("INSERT DATA { <http://example.org/a> <http://example.org/b> \"c\" }",
                "DELETE WHERE { ?s ?p ?o }", "DROP ALL", "CLEAR GRAPH <" + source + ">", "LOAD <file:///etc/passwd>",
                "LOAD <file:pom.xml> INTO GRAPH <http://example.org/g>", "LOAD <" + canary.url("/data.ttl") + ">",
                "CREATE GRAPH <http://example.org/g> ; ADD DEFAULT TO <http://example.org/g>");
        List<String> wrong = new ArrayList<>();
        for (String path : ALL_ENDPOINTS)
            for (String update : updates)
                for (String param : List.of("update", "query"))
                    for (String way : everyWay(path, param, update))
                        if (status(way) < 400 || status(way) >= 500) wrong.add(path + " " + param + "=" + update + " → " + way);
        assertEquals(List.of(), wrong, "every update is refused with a 4xx");
    }

    @Test
    void graphStoreWritesAreRefused() {
        String source = q(target.served.iri("/source/2024-05-seed-papers.md"));
        List<String> wrong = new ArrayList<>();
        for (String path : ALL_ENDPOINTS)
            for (String which : List.of("?default", "?graph=" + source, "?graph=http://example.org/new", ""))
                for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
                    int status = RawHttp.request(target.port(), method, path + which,
                            "<http://example.org/a> <http://example.org/b> \"c\" .", "Content-Type: text/turtle").status();
                    if (status < 400 || status >= 500) wrong.add(method + " " + path + which + " → " + status);
                }
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                + "<http://example.org/a> <http://example.org/b> \"c\" .\r\n--b--\r\n";
        for (String path : List.of("/papers", "/papers/upload", "/papers/data", "/papers/get")) {
            int status = RawHttp.request(target.port(), "POST", path, multipart, "Content-Type: multipart/form-data; boundary=b").status();
            if (status < 400 || status >= 500) wrong.add("upload to " + path + " → " + status);
        }
        assertEquals(List.of(), wrong, "every write is refused with a 4xx");
    }

    @Test
    void nothingCallsOutToTheCanary() {
        String at = canary.url("/sparql");
        List<String> queries = List.of("SELECT * { SERVICE <" + at + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + at + "> { ?s ?p ?o } }",
                "SELECT * { VALUES ?e { <" + at + "> } SERVICE ?e { ?s ?p ?o } }",
                "SELECT * { BIND(<" + at + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "SELECT * { { SELECT ?s { SERVICE <" + at + "> { ?s ?p ?o } } LIMIT 1 } }",
                "SELECT * { ?s ?p ?o OPTIONAL { SERVICE <" + at + "> { ?s ?q ?r } } } LIMIT 1",
                "ASK { FILTER EXISTS { SERVICE <" + at + "> { ?s ?p ?o } } }",
                "SELECT * FROM <" + canary.url("/data.ttl") + "> { ?s ?p ?o } LIMIT 1",
                "SELECT * FROM NAMED <" + canary.url("/data.ttl") + "> { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
                "DESCRIBE <" + canary.url("/thing") + ">",
                "SELECT (<http://jena.apache.org/ARQ/function#call>(<" + at + ">) AS ?x) {}");
        List<String> wrong = new ArrayList<>();
        for (String path : QUERY_ENDPOINTS) {
            for (String query : queries)
                for (String way : everyWay(path, "query", query))
                    if (status(way) >= 500 || status(way) < 0) wrong.add(path + " " + query + " → " + way);
            String dataset = "&default-graph-uri=" + q(canary.url("/g")) + "&named-graph-uri=" + q(canary.url("/n"));
            int status = target.served.get(path + "?query=" + q("SELECT * { ?s ?p ?o } LIMIT 1") + dataset).statusCode();
            if (status >= 500) wrong.add(path + " with protocol graphs → " + status);
        }
        assertEquals(0, canary.requests(), "the canary heard " + canary.requests() + " request(s)");
        assertEquals(List.of(), wrong, "refused or answered, never a server error");
    }

    /** SPARQL in a canned query's parameters stays a term: the injected pattern matches nothing. */
    @Test
    void cannedQueryParametersAreTermsNotText() {
        List<String> payloads = List.of("RAG\" } UNION { ?paper ?p ?title } #", "x' } UNION { ?paper ?p ?title } #",
                "\\\" . ?paper ?p ?title #", "RAG\")) } UNION { ?paper ?p ?title } #", "<script>alert(1)</script>", "zq\u0000zq");
        List<String> wrong = new ArrayList<>();
        for (String payload : payloads) {
            for (String call : List.of("/queries/papers-on-topic?topic=", "/queries/search?word=")) {
                var r = target.served.get(call + q(payload) + "&format=csv");
                long rows = r.body().lines().count() - 1;
                if (r.statusCode() != 200 || rows > 0) wrong.add(call + payload + " → " + r.statusCode() + ", " + rows + " rows");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void badCannedQueryParametersAre400() {
        List<String> wrong = new ArrayList<>();
        for (String call : List.of("papers-on-topic?limit=-1", "papers-on-topic?limit=abc", "papers-on-topic?limit=1e3",
                "papers-on-topic?limit=99999999999999999999", "papers-on-topic?offset=-5", "topic-pairs?limit=" + q("1 } UNION {"),
                "papers-on-topic?nosuch=1", "neighbours?paper=" + q("<>"), "neighbours?paper=" + q("a b"),
                "neighbours?paper=" + q("javascript:alert(1)"),
                "neighbours?paper=" + q("paper/x> } UNION { ?s ?p ?o } #"), "search?word=" + q("x".repeat(100_000)),
                "search?word=" + q("a ".repeat(5_000)))) {
            int status = target.served.get("/queries/" + call + "&format=csv").statusCode();
            if (status != 400 && status != 200) wrong.add(call.substring(0, Math.min(80, call.length())) + " → " + status);
        }
        assertEquals(List.of(), wrong, "a parameter the query cannot take is a 400, never a 500");
    }
}
