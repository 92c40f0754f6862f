package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.live.Live;
import org.papergraph.server.Served;

/**
 * A real server following a folder of lists as {@code papergraph up --sync} does (TDB2 on disk, port 0, real HTTP):
 * files edited, added, renamed, deleted, made invalid and replaced git-style under it, and what it serves follows:
 * pages, SPARQL, search, the statistics' canned query, the dumps, VoID, the sitemap and the ETags.
 */
class TestLiveReload {
    @TempDir
    Path work;

    LiveSite site;
    Path lists;
    Served served;
    Live live;
    StringWriter printed;

    static String list(String... rows) {
        StringBuilder s = new StringBuilder("| Date | Name | Abstract | Topics |\n| --- | --- | --- | --- |\n");
        for (String r : rows) s.append(r).append('\n');
        return s.toString();
    }

    static String row(String date, String title, String id, String abstractText, String topics) {
        return "| " + date + " | [" + title + "](https://arxiv.org/abs/" + id + ") | " + abstractText + " | " + topics + " |";
    }

    static final String A = list(row("31 May 2024", "Zebrafish Attention Original", "2405.00001", "We study quokka models.", "Topic Alpha"),
            row("30 May 2024", "Second Paper Here", "2405.00002", "Plain words.", "Topic Alpha, Topic Beta"));
    static final String B = list(row("29 May 2024", "Third Paper Here", "2405.00003", "Other words.", "Topic Beta"));

    @BeforeEach
    void serveAndFollow() throws Exception {
        site = LiveSite.start(work, Map.of("a.md", A, "b.md", B), Duration.ofSeconds(2));
        lists = site.lists;
        served = site.served;
        live = site.live;
        printed = site.printed;
    }

    @AfterEach
    void stop() { site.close(); }

    @Test
    void anEditedRowIsServedEverywhere() throws Exception {
        HttpResponse<String> before = served.get("/paper/2405.00001.html");
        assertEquals(200, before.statusCode());
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertTrue(before.body().contains("Zebrafish Attention Original"));
        assertTrue(served.get("/dumps/papers.nq.gz").body().contains("Zebrafish Attention Original"), "the first dump");

        Files.writeString(lists.resolve("a.md"), A.replace("Original", "Revised").replace("quokka", "wombat")
                .replace("| Topic Alpha |", "| Topic Gamma |"));

        await("the page shows the edit", () -> served.get("/paper/2405.00001.html").body().contains("Zebrafish Attention Revised"));
        await("its topics, from the new views", () -> served.get("/paper/2405.00001.html").body().contains("Topic Gamma"));
        await("a new ETag", () -> !etag.equals(served.get("/paper/2405.00001.html").headers().firstValue("ETag").orElseThrow()));
        assertEquals(200, served.get("/paper/2405.00001.html", "If-None-Match", etag).statusCode(),
                "the old ETag no longer matches");
        assertTrue(sparql("SELECT ?t { <" + served.iri("/paper/2405.00001") + "> <http://purl.org/dc/terms/title> ?t }")
                .contains("Zebrafish Attention Revised"), "SPARQL");
        assertTrue(served.get("/queries/search?word=wombat&format=csv").body().contains("2405.00001"), "search finds the new word");
        assertTrue(!served.get("/queries/search?word=quokka&format=csv").body().contains("2405.00001"), "and not the old");
        assertTrue(served.get("/queries/topics?format=csv").body().contains("Topic Gamma"), "the statistics' canned query");
        assertTrue(served.get("/dumps/papers.nq.gz").body().contains("Zebrafish Attention Revised"), "the dump of the new generation");
        assertTrue(printed.toString().contains("2 sources: 1 updated, 1 unchanged (1 changed)"), printed.toString());
    }

    @Test
    void addedRenamedAndDeletedFilesFollow() throws Exception {
        long triples = voidTriples();
        Files.writeString(lists.resolve("c.md"), list(row("1 Jun 2024", "Fourth Paper Added", "2405.00004", "New.", "Topic Delta")));
        await("the added file's paper", () -> served.get("/paper/2405.00004.html").statusCode() != 404);
        await("the index page's count, from the new views", () -> served.get("/").body().contains("4 papers"));
        await("VoID counts the new triples", () -> voidTriples() > triples);
        await("the sitemap lists it", () -> served.get("/sitemap.xml").body().contains("paper/2405.00004"));
        assertTrue(printed.toString().contains("3 sources: 1 new, 2 unchanged (+1 paper)"), printed.toString());

        Files.move(lists.resolve("b.md"), lists.resolve("b2.md"));
        await("the renamed file is the source", () -> sourcePaths().contains("b2.md") && !sourcePaths().contains("/b.md"));
        assertEquals(200, served.get("/paper/2405.00003.html").statusCode(), "its paper is still served");

        Files.delete(lists.resolve("c.md"));
        await("the deleted file's paper is gone", () -> served.get("/paper/2405.00004.html").statusCode() == 404);
        await("the index page's count", () -> served.get("/").body().contains("3 papers"));
        await("VoID counts as before", () -> voidTriples() == triples);
        assertTrue(printed.toString().contains("c: dropped (--sync: not among the sources given)"), printed.toString());
    }

    @Test
    void anInvalidFileLeavesThePreviousStateServed() throws Exception {
        int reloads = live.reloads();
        byte[] bad = (A + "| 1 Jun 2024 | broken \u0000 row | x | y |\n").getBytes(StandardCharsets.UTF_8);
        Files.write(lists.resolve("a.md"), bad);
        await("a reload", () -> live.reloads() > reloads);
        String out = printed.toString();
        assertTrue(out.contains("a.md:5: error: "), out);
        assertTrue(out.contains("a.md: not loaded; the store keeps what it had"), out);
        assertTrue(out.contains("2 sources: 1 unchanged, 1 failed"), out);
        HttpResponse<String> page = served.get("/paper/2405.00001.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Zebrafish Attention Original"));
        assertTrue(served.get("/queries/search?word=quokka&format=csv").body().contains("2405.00001"));

        Files.writeString(lists.resolve("a.md"), A.replace("Original", "Mended"));
        await("the mended file", () -> served.get("/paper/2405.00001.html").body().contains("Zebrafish Attention Mended"));
    }

    @Test
    void aBurstOfFiftyEventsGivesOneReload() throws Exception {
        int reloads = live.reloads();
        for (int i = 0; i < 50; i++)
            Files.writeString(lists.resolve(i % 2 == 0 ? "a.md" : "b.md"), (i % 2 == 0 ? A : B) + "\n".repeat(i + 1));
        await("a reload", () -> live.reloads() > reloads);
        // Nothing more should come: wait out the quiet period and a re-scan, then count again.
        Thread.sleep(3_000);
        assertEquals(reloads + 1, live.reloads(), printed.toString());
    }

    @Test
    void aReplaceByRenameIsSeen() throws Exception {
        Path temp = lists.resolve(".a.md.tmp");
        Files.writeString(temp, A.replace("Original", "Renamed Into Place"));
        Files.move(temp, lists.resolve("a.md"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        await("the replaced file", () -> served.get("/paper/2405.00001.html").body().contains("Renamed Into Place"));
    }

    @Test
    void readersNeverSeeAnErrorDuringReloads() throws Exception {
        List<String[]> asked = List.of(new String[] {"/paper/2405.00001.html", "text/html"}, new String[] {"/", "text/html"},
                new String[] {"/queries/search?word=paper&format=csv", "*/*"}, new String[] {"/queries/topics?format=csv", "*/*"},
                new String[] {"/papers/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8), "text/csv"},
                new String[] {"/sitemap.xml", "*/*"}, new String[] {"/.well-known/void.nt", "*/*"},
                new String[] {"/paper/2405.00002.ttl", "text/turtle"});
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int first = t;
            Thread reader = new Thread(() -> {
                for (int i = first; reading.get(); i++) {
                    String[] a = asked.get(i % asked.size());
                    int status = served.get(a[0], "Accept", a[1]).statusCode();
                    requests.incrementAndGet();
                    if (status != 200) failures.merge(a[0] + " " + status, 1, Integer::sum);
                }
            });
            reader.start();
            readers.add(reader);
        }
        try {
            for (int round = 1; round <= 5; round++) {
                String title = "Zebrafish Attention Round " + round;
                Files.writeString(lists.resolve("a.md"), A.replace("Zebrafish Attention Original", title));
                await("round " + round, () -> served.get("/paper/2405.00001.html").body().contains(title));
            }
        } finally {
            reading.set(false);
            for (Thread r : readers) r.join();
        }
        assertTrue(requests.get() > 50, "requests made: " + requests);
        assertEquals(Map.of(), failures);
    }

    private String sparql(String query) {
        return served.get("/papers/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/csv").body();
    }

    private long voidTriples() {
        Graph g = RDFParser.fromString(served.get("/.well-known/void.nt").body(), Lang.NTRIPLES).toGraph();
        Node triples = NodeFactory.createURI("http://rdfs.org/ns/void#triples");
        return ((Number) g.find(Node.ANY, triples, Node.ANY).next().getObject().getLiteralValue()).longValue();
    }

    private String sourcePaths() {
        return served.store.sources().toString();
    }

    private void await(String what, Supplier<Boolean> condition) throws InterruptedException { site.await(what, condition); }
}
