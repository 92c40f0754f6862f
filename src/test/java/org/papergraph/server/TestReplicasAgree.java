package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.live.Live;
import org.papergraph.load.Loader;
import org.papergraph.load.TestSourceVersion;
import org.papergraph.store.Store;

/**
 * Two replicas of one site (TDB2 stores in temporary folders, real servers on port 0, real HTTP) loaded from copies of
 * the same lists, in opposite orders and in different seconds, answer every document with the same bytes, ETag and
 * Last-Modified: the pages, Turtle, VoID, the sitemap, the changes and the feed, SPARQL over the catalog and the
 * history, search; a dump and a canned query whose bytes follow the store's order the same weak ETag. After the same edit reaches both (a reload as {@code papergraph up} runs it) they agree again, on a new
 * ETag. Each replica is given its lists as {@code lists/NAME}, as when each runs {@code papergraph up lists/} in its
 * own checkout; the file times are the same on both (a shared checkout, or copies that keep times), or the copies are
 * git clones of one repository.
 */
class TestReplicasAgree {
    static final List<String> LISTS = List.of("2024-05-seed-papers.md", "2024-01-papers.md", "topics.md");
    static final Instant WRITTEN = Instant.parse("2024-06-01T10:00:00Z"), EDITED = Instant.parse("2024-06-02T09:30:00Z");
    static final String BASE = "http://localhost:3030/";

    @TempDir
    Path work;

    /** The documents compared: a page of each kind and its data, the site's descriptions, and its history. */
    static final List<String> DOCUMENTS = List.of("/", "/paper/2401.15884.html", "/paper/2401.15884.ttl",
            "/topic/alignment.html", "/topic/alignment.ttl", "/source/2024-05-seed-papers.html", "/topics.html",
            VoidServlet.PATH, "/sitemap.xml", ChangesServlet.PATH, "/feed.atom", "/topic/alignment/feed.atom",
            sparql("SELECT ?s ?p ?o { GRAPH <" + BASE + "sources> { ?s ?p ?o } } ORDER BY ?s ?p ?o"),
            sparql("SELECT ?s ?p ?o { GRAPH <" + BASE + "history> { ?s ?p ?o } } ORDER BY ?s ?p ?o"),
            "/search?q=retrieval", "/search.json?q=language+models", "/search/suggest?q=ret");

    /**
     * Answers whose bytes follow each store's order (a dump; a query's GROUP_CONCAT): the same in meaning, so the
     * same weak ETag; the dump the same graphs.
     */
    static final List<String> EQUIVALENT = List.of("/dumps/papers.nq.gz", "/queries/latest?format=csv");

    @Test
    void copiesWithTheSameTimesServeTheSameBytes() throws Exception {
        Path a = copies("a"), b = copies("b");
        for (Path folder : List.of(a, b)) for (int i = 0; i < LISTS.size(); i++)
            Files.setLastModifiedTime(folder.resolve(LISTS.get(i)), FileTime.from(WRITTEN.plusSeconds(3600L * i)));
        agreeBeforeAndAfterAnEdit(a, b, folder -> {
            Files.writeString(folder.resolve("2024-01-papers.md"), edited(folder.resolve("2024-01-papers.md")));
            Files.setLastModifiedTime(folder.resolve("2024-01-papers.md"), FileTime.from(EDITED));
        });
    }

    @Test
    void clonesOfOneRepositoryServeTheSameBytes() throws Exception {
        assumeTrue(TestSourceVersion.hasGit(), "no git here");
        Path origin = copies("origin");
        TestSourceVersion.git(origin, WRITTEN, "init", "-q");
        TestSourceVersion.git(origin, WRITTEN, "add", ".");
        TestSourceVersion.git(origin, WRITTEN, "commit", "-q", "-m", "the lists");
        Path a = clone(origin, "a");
        Thread.sleep(1100); // the second clone's files are written in another second
        Path b = clone(origin, "b");
        agreeBeforeAndAfterAnEdit(a, b, folder -> {
            Files.writeString(folder.resolve("2024-01-papers.md"), edited(folder.resolve("2024-01-papers.md")));
            TestSourceVersion.git(folder, EDITED, "commit", "-q", "-a", "-m", "an edit");
        });
    }

    private void agreeBeforeAndAfterAnEdit(Path a, Path b, Edit edit) throws Exception {
        try (Served one = serve(a, LISTS); Served other = serveLater(b, reversed(LISTS))) {
            List<String> etags = agree(one, other);

            try (Live liveOne = follow(one, a, LISTS); Live liveOther = follow(other, b, reversed(LISTS))) {
                edit.apply(a);
                reload(liveOne);
                Thread.sleep(1100); // the other replica follows the edit in another second
                edit.apply(b);
                reload(liveOther);
            }
            assertTrue(one.get("/paper/2401.15884.html").body().contains("Revised in both"), "the edit is served");
            List<String> after = agree(one, other);
            assertNotEquals(etags.get(0), after.get(0), "the ETag moved on with the edit");
        }
    }

    /** Each document answered alike by both replicas; the ETags of the first. */
    private static List<String> agree(Served one, Served other) {
        List<String> etags = new ArrayList<>();
        for (String path : DOCUMENTS) {
            HttpResponse<String> x = one.get(path, "Accept", "text/html"), y = other.get(path, "Accept", "text/html");
            if (path.startsWith("/sparql")) {
                x = one.get(path, "Accept", "text/csv");
                y = other.get(path, "Accept", "text/csv");
            }
            assertEquals(200, x.statusCode(), path);
            assertEquals(x.statusCode(), y.statusCode(), path);
            sameBytes(path, x.body(), y.body());
            for (String header : List.of("ETag", "Last-Modified", "Content-Type"))
                assertEquals(x.headers().firstValue(header), y.headers().firstValue(header), path + ": the same " + header);
            etags.add(x.headers().firstValue("ETag").orElse(""));
        }
        assertTrue(one.get("/").headers().firstValue("Last-Modified").isPresent(), "the home page has a Last-Modified");
        for (String path : EQUIVALENT) {
            HttpResponse<String> x = one.get(path), y = other.get(path);
            assertEquals(200, x.statusCode(), path);
            assertEquals(x.statusCode(), y.statusCode(), path);
            assertTrue(x.headers().firstValue("ETag").orElseThrow().startsWith("W/"), path + ": a weak ETag");
            for (String header : List.of("ETag", "Last-Modified", "Content-Type"))
                assertEquals(x.headers().firstValue(header), y.headers().firstValue(header), path + ": the same " + header);
        }
        assertTrue(IsoMatcher.isomorphic(quads(one.get("/dumps/papers.nq.gz").body()), quads(other.get("/dumps/papers.nq.gz").body())),
                "the dumps hold the same graphs");
        return etags;
    }

    private static DatasetGraph quads(String nquads) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dsg);
        return dsg;
    }

    /** The same text, or a failure that shows where they part (the documents are long). */
    static void sameBytes(String path, String x, String y) {
        if (x.equals(y)) return;
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) i++;
        int from = Math.max(0, i - 150);
        fail(path + ": the replicas part at character " + i + ":\n" + x.substring(from, Math.min(x.length(), i + 150))
                + "\n---\n" + y.substring(from, Math.min(y.length(), i + 150)));
    }

    private Path copies(String name) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name).resolve("lists"));
        for (String list : LISTS) Files.copy(Path.of("data", list), folder.resolve(list));
        return folder;
    }

    private Path clone(Path origin, String name) throws Exception {
        Path folder = work.resolve(name).resolve("lists");
        Files.createDirectories(folder.getParent());
        TestSourceVersion.git(work, Instant.now(), "clone", "-q", origin.toString(), folder.toString());
        return folder;
    }

    /** The same edit in each copy: a paper's title in one list. */
    private static String edited(Path list) throws IOException {
        String text = Files.readString(list), title = "[Corrective Retrieval Augmented Generation]";
        assertTrue(text.contains(title));
        return text.replace(title, "[Corrective Retrieval Augmented Generation, Revised in both]");
    }

    /** A replica: its own store, loaded from {@code folder} in the order given, served. */
    private Served serve(Path folder, List<String> order) throws IOException {
        Store store = Store.open(folder.getParent().resolve("store"), null);
        load(store, folder, order);
        return Served.serve(store, s -> s);
    }

    private Served serveLater(Path folder, List<String> order) throws Exception {
        Thread.sleep(1100);
        return serve(folder, order);
    }

    private static void load(Store store, Path folder, List<String> order) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (String name : order) {
            Input file = Input.file(folder.resolve(name), false);
            inputs.add(new Input("lists/" + name, file.fileName(), file.opener(), false, file.file()));
        }
        new Loader(store, Converter.builder().base(store.iris().base()).build(), p -> {}, s -> {}, false,
                new PrintStream(PrintStream.nullOutputStream())).load(inputs, true);
    }

    /** Follows the lists as {@code papergraph up} does, with its reload: the load, then the server moves on. */
    private static Live follow(Served served, Path folder, List<String> order) {
        return Live.follow(List.of(folder), served.server, () -> load(served.store, folder, order), Duration.ZERO, s -> {});
    }

    private static void reload(Live live) throws InterruptedException {
        int before = live.reloads();
        live.reloadNow();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (live.reloads() == before && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(live.reloads() > before, "reloaded");
    }

    private static List<String> reversed(List<String> order) {
        List<String> r = new ArrayList<>(order);
        Collections.reverse(r);
        return r;
    }

    private static String sparql(String query) { return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8); }

    @FunctionalInterface
    private interface Edit {
        void apply(Path folder) throws Exception;
    }
}
