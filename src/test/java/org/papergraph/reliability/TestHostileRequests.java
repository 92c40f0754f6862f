package org.papergraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/**
 * Hostile HTTP at the transport and routing level, sent byte for byte: every route with every method, traversal
 * and double encoding, oversized paths, headers and query strings. The server must answer each with a 4xx (never
 * a 5xx, never a file from outside the store), stay up, and keep its store unchanged.
 */
class TestHostileRequests {
    @TempDir
    static Path dir;
    static Target target;

    static final List<String> ROUTES = List.of("/", "/papers", "/papers/sparql", "/papers/query", "/papers/get",
            "/papers/data", "/papers/update", "/papers/upload", "/sparql", "/sparql/", "/paper/2405.18870",
            "/paper/2405.18870.html", "/paper/2405.18870.ttl", "/topics", "/topics.html", "/sources", "/ontology",
            "/.well-known/void", "/sitemap.xml", "/context.jsonld", "/dumps/papers.nq.gz", "/queries",
            "/queries/topics", "/feed.atom", "/topic/alignment/feed.atom", "/source/2024-05-seed-papers/feed.atom", "/changes",
            "/$/ping", "/$/datasets", "/nowhere", "/index.html");
    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE",
            "CONNECT", "PROPFIND", "MKCOL", "COPY", "LOCK", "FOO");
    /** Text that would show a file from outside the store had been served. */
    static final List<String> LEAKS = List.of("root:x:0:0", "<modelVersion>", "# title:", "papergraph-dumps-");

    @BeforeAll
    static void start() { target = Target.start(dir, b -> b.timeout(Duration.ofSeconds(2))); }

    @AfterEach
    void unharmed() { target.assertUnharmed(); }

    @AfterAll
    static void stop() { target.close(); }

    @Test
    void everyRouteWithEveryMethodIsAnsweredAndOnlyReadsSucceed() {
        List<String> wrong = new ArrayList<>();
        for (String route : ROUTES) {
            for (String method : METHODS) {
                if (method.equals("TRACE")) continue; // its own check below
                boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
                RawHttp.Reply r = RawHttp.request(target.port(), method, route, read ? null : TURTLE, "Content-Type: text/turtle");
                // A write is refused (4xx), or a method the server does not know is 501, as RFC 9110 says.
                boolean ok = read ? r.status() >= 200 && r.status() < 500 : r.status() >= 400 && r.status() < 500 || r.status() == 501;
                if (!ok) wrong.add(method + " " + route + " → " + r.status());
            }
        }
        assertEquals(List.of(), wrong, "reads answered below 500, everything else refused");
    }

    @Test
    void traceIsRefusedEverywhere() {
        List<String> wrong = new ArrayList<>();
        for (String route : ROUTES) {
            RawHttp.Reply r = RawHttp.request(target.port(), "TRACE", route, null, "Cookie: secret=1");
            if (r.status() != 405 && r.status() != 404 && r.status() != 400) wrong.add("TRACE " + route + " → " + r.status());
            if (r.body().contains("secret=1")) wrong.add("TRACE " + route + " echoes the request's headers");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void errorPagesAreThePapergraphsOwnAndTellNoInternals() {
        List<String> wrong = new ArrayList<>();
        for (String route : ROUTES) {
            if (route.startsWith("/papers") || route.startsWith("/sparql")) continue; // Fuseki's own, in plain text
            for (String method : List.of("GET", "POST", "DELETE", "FOO")) {
                RawHttp.Reply r = RawHttp.request(target.port(), method, route, method.equals("GET") ? null : TURTLE, "Accept: text/html");
                String text = r.text().toLowerCase(java.util.Locale.ROOT);
                if (r.status() >= 400 && (!text.contains("class=\"home\"") || text.contains("jetty") || text.contains("exception")))
                    wrong.add(method + " " + route + " → " + r.status() + " is not papergraph's page, or names its internals");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void traversalAndDoubleEncodingReachNoFile() {
        List<String> wrong = new ArrayList<>();
        for (String path : TRAVERSALS) {
            RawHttp.Reply r = RawHttp.request(target.port(), "GET", path, null, "Accept: */*");
            if (r.status() < 400 || r.status() >= 500) wrong.add(path + " → " + r.status());
            for (String leak : LEAKS) if (r.text().contains(leak)) wrong.add(path + " shows " + leak);
        }
        assertEquals(List.of(), wrong, "every traversal is a 4xx and shows no file");
    }

    static final String TURTLE = "<http://example.org/a> <http://example.org/b> \"c\" .";
    static final List<String> TRAVERSALS = List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/%252e%252e/%252e%252e/etc/passwd", "/dumps/../../../../etc/passwd", "/dumps/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/dumps/..%2f..%2f..%2f..%2fetc%2fpasswd", "/dumps/..%252f..%252f..%252fetc%252fpasswd",
            "/dumps/..%5c..%5c..%5cetc%5cpasswd", "/dumps/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/dumps/....//....//etc/passwd",
            "/dumps//etc/passwd", "/dumps/file:%2f%2f%2fetc%2fpasswd", "/dumps/papers.nq.gz%00.html", "/dumps/.",
            "/dumps/%2e", "/paper/..%2f..%2f..%2fpom.xml", "/paper/2405.18870%00.html", "/paper/2405.18870;.html",
            "/queries/..%2f..%2fpom.xml", "/queries/..%2ftopics.rq", "/queries/topics.rq", "/queries/%2e%2e%2fREADME.md",
            "/.well-known/..%2f..%2fpom.xml", "/context.jsonld/..%2f..%2fpom.xml", "/WEB-INF/web.xml",
            "/META-INF/MANIFEST.MF", "/%2e/%2e/pom.xml", "/pom.xml", "/queries/../pom.xml", "//etc/passwd",
            "/paper/%2e%2e/%2e%2e/pom.xml", "/topic/%252e%252e%252f%252e%252e%252fpom.xml", "/source/..%00/pom.xml");

    /**
     * Past 1 KiB a path cannot be minted (400); past Fuseki's 512 KiB request head (kept so that long SPARQL GETs
     * work) a path or query string is 414 and a header 431.
     */
    @Test
    void oversizedPathsHeadersAndQueryStringsAreRefused() {
        List<String> wrong = new ArrayList<>();
        expect(wrong, 400, "path of 2 KiB", RawHttp.request(target.port(), "GET", "/paper/" + "a".repeat(2_048), null));
        for (int size : new int[] {600_000, 2_000_000}) {
            expect(wrong, 414, "path of " + size, RawHttp.request(target.port(), "GET", "/paper/" + "a".repeat(size), null));
            expect(wrong, 414, "query string of " + size, RawHttp.request(target.port(), "GET",
                    "/papers/sparql?query=ASK%7B%7D%23" + "a".repeat(size), null));
            expect(wrong, 431, "header of " + size, RawHttp.request(target.port(), "GET", Target.ORDINARY, null, "X-Big: " + "a".repeat(size)));
        }
        String[] many = new String[60_000];
        for (int i = 0; i < many.length; i++) many[i] = "X-H" + i + ": " + i;
        expect(wrong, 431, "60,000 headers", RawHttp.request(target.port(), "GET", Target.ORDINARY, null, many));
        assertEquals(List.of(), wrong);
    }

    @Test
    void anOversizedQueryBodyIsRefused() {
        String body = "query=ASK%7B%7D%23" + "a".repeat(20 << 20);
        for (String path : List.of("/papers/sparql", "/sparql", "/sparql/")) {
            RawHttp.Reply r = RawHttp.request(target.port(), "POST", path, body, "Content-Type: application/x-www-form-urlencoded");
            assertEquals(413, r.status(), path + ": " + r.text());
        }
    }

    private static void expect(List<String> wrong, int status, String what, RawHttp.Reply r) {
        if (r.status() != status) wrong.add(what + " → " + r.status() + " " + r.text().lines().findFirst().orElse(""));
    }
}
