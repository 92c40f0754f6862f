package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.live.Live;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.Served;
import org.papergraph.store.Store;

/**
 * {@code papergraph snapshot} and {@code restore} on real stores (TDB2 on disk): snapshots taken while a real server
 * serves the store and loads an edited list into it restore to one committed state, whose search index answers and
 * whose sources a load then skips; a store not served round-trips exactly; a bad archive gets one line.
 */
class TestSnapshot {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path work;

    /** A list of {@code n} papers whose titles end with {@code word}. */
    static String list(int n, String word) {
        String[] rows = new String[n];
        for (int i = 0; i < n; i++)
            rows[i] = TestLiveReload.row((1 + i % 28) + " May 2024", "Zebrafish Study " + i + " " + word, String.format("2405.%05d", i + 1),
                    "We study quokka model " + i + ".", "Topic " + (i % 7));
        return TestLiveReload.list(rows);
    }

    @Test
    void snapshotsWhileServedAndLoadingRestoreOneCommittedState() throws Exception {
        Path lists = Files.createDirectories(work.resolve("lists"));
        Files.writeString(lists.resolve("a.md"), list(600, "Original"));
        Files.writeString(lists.resolve("b.md"), TestLiveReload.B);
        Path db = work.resolve("store");
        List<Path> snapshots = new ArrayList<>();
        Map<Node, Set<Quad>> before, after;
        Node statistics;
        StringWriter printed = new StringWriter();
        try (Served served = Served.start(db, List.of(lists.toString()), b -> b); Live live = follow(served, lists, printed)) {
            statistics = served.store.iris().statistics();
            before = graphs(served.store);
            int reloads = live.reloads();
            Files.writeString(lists.resolve("a.md"), list(600, "Revised"));
            long end = System.nanoTime() + DEADLINE.toNanos();
            while (live.reloads() == reloads) { // the edit is being noticed, loaded, counted and indexed meanwhile
                assertTrue(System.nanoTime() < end, "the edit's reload did not end; printed:\n" + printed);
                snapshots.add(snapshot(db, snapshots.size()));
            }
            snapshots.add(snapshot(db, snapshots.size()));
            after = graphs(served.store);
            assertEquals(200, served.get("/paper/2405.00001.html").statusCode(), "still served");
        }
        assertNotEquals(before, after);
        int sawBefore = 0, sawAfter = 0;
        for (Path snapshot : snapshots) {
            Path restored = work.resolve("restored-" + snapshot.getFileName());
            Cli r = Cli.run("restore", snapshot.toString(), "--db", restored.toString());
            assertEquals(0, r.exitCode(), r.err());
            boolean edited;
            try (Store s = Store.openExisting(restored)) {
                Map<Node, Set<Quad>> got = graphs(s);
                edited = committed(got, before, after, statistics, snapshot);
                countHolds(s, snapshot);
                assertFalse(s.text().newest("quokka", 5).isEmpty(), "the search index answers");
            }
            if (edited) sawAfter++;
            else sawBefore++;
            if (snapshot != snapshots.get(0) && snapshot != snapshots.get(snapshots.size() - 1)) continue; // loads are slow
            Cli load = Cli.run("load", "--db", restored.toString(), lists.toString());
            assertEquals(0, load.exitCode(), load.err());
            assertTrue(load.err().contains(edited ? "2 sources: 2 unchanged" : "2 sources: 1 updated, 1 unchanged"),
                    snapshot + ": the load skips every unchanged source: " + load.err());
        }
        assertTrue(sawAfter > 0, "the last snapshot holds the edit");
        assertTrue(sawBefore + sawAfter == snapshots.size() && snapshots.size() >= 2, "snapshots: " + snapshots.size());
    }

    @Test
    void aStoreNotServedRoundTripsExactlyIntoAFolderItReplaces() throws Exception {
        Path lists = Files.createDirectories(work.resolve("lists"));
        Files.writeString(lists.resolve("a.md"), TestLiveReload.A);
        Files.writeString(lists.resolve("b.md"), TestLiveReload.B);
        Path db = work.resolve("store"), restored = work.resolve("restored"), archive = work.resolve("store.tar.gz");
        assertEquals(0, Cli.run("load", "--db", db.toString(), lists.toString()).exitCode());
        Cli taken = Cli.run("snapshot", "--db", db.toString(), "-o", archive.toString());
        assertEquals(0, taken.exitCode(), taken.err());
        assertTrue(taken.err().contains("snapshot of " + db + ": 2 sources"), taken.err());

        Files.createDirectories(restored.resolve("old"));
        Cli refused = Cli.run("restore", archive.toString(), "--db", restored.toString());
        assertEquals(1, refused.exitCode());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("is not empty") && refused.err().contains("--force"), refused.err());
        assertTrue(Files.isDirectory(restored.resolve("old")), "left as it was");

        Cli forced = Cli.run("restore", archive.toString(), "--db", restored.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertFalse(Files.exists(restored.resolve("old")));
        Map<Node, Set<Quad>> original, copy;
        try (Store s = Store.openExisting(db)) {
            original = graphs(s);
        }
        try (Store s = Store.openExisting(restored)) {
            copy = graphs(s);
            assertTrue(s.statisticsCurrent() && s.textCurrent());
            assertEquals(List.of("http://localhost:3030/paper/2405.00001"), s.text().newest("quokka", 5));
        }
        assertEquals(original, copy);
        Cli load = Cli.run("load", "--db", restored.toString(), lists.toString());
        assertTrue(load.err().contains("2 sources: 2 unchanged"), load.err());

        try (Store inUse = Store.openExisting(db)) {
            Cli busy = Cli.run("restore", archive.toString(), "--db", db.toString(), "--force");
            assertEquals(1, busy.exitCode());
            assertTrue(busy.err().contains("is in use by process " + ProcessHandle.current().pid()), busy.err());
            assertEquals(original, graphs(inUse), "the store in use is left alone");
        }
    }

    @Test
    void aBadArchiveGetsOneLineAndLeavesTheFolderAlone() throws Exception {
        Path lists = Files.createDirectories(work.resolve("lists"));
        Files.writeString(lists.resolve("a.md"), TestLiveReload.A);
        Path db = work.resolve("store"), archive = work.resolve("store.tar.gz"), target = work.resolve("restored");
        assertEquals(0, Cli.run("load", "--db", db.toString(), lists.toString()).exitCode());
        assertEquals(0, Cli.run("snapshot", "--db", db.toString(), "-o", archive.toString()).exitCode());
        byte[] whole = Files.readAllBytes(archive);

        Path text = Files.writeString(work.resolve("notes.tar.gz"), "not an archive\n");
        Path cut = Files.write(work.resolve("cut.tar.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path plain = work.resolve("plain.tar.gz"); // a tar.gz of something else: no manifest
        try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                new java.util.zip.GZIPOutputStream(Files.newOutputStream(plain)))) {
            var e = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("README");
            e.setSize(2);
            out.putArchiveEntry(e);
            out.write("hi".getBytes());
            out.closeArchiveEntry();
        }
        for (Path bad : List.of(text, cut, plain)) {
            Cli r = Cli.run("restore", bad.toString(), "--db", target.toString());
            assertEquals(1, r.exitCode(), bad + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("papergraph: error: " + bad + " is not a papergraph snapshot, or is damaged: "), r.err());
            assertFalse(Files.exists(target), "nothing restored");
            try (var left = Files.list(work)) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".restore-")), "no staging folder left");
            }
        }
        Cli none = Cli.run("snapshot", "--db", work.resolve("nothing").toString(), "-o", work.resolve("x.tar.gz").toString());
        assertEquals(1, none.exitCode());
        assertEquals(1, none.err().strip().lines().count(), none.err());
        assertFalse(Files.exists(work.resolve("x.tar.gz")));
    }

    private Path snapshot(Path db, int n) {
        Path archive = work.resolve("snapshot-" + n + ".tar.gz");
        Cli r = Cli.run("snapshot", "--db", db.toString(), "-o", archive.toString());
        assertEquals(0, r.exitCode(), r.err());
        return archive;
    }

    private static Live follow(Served served, Path lists, StringWriter printed) {
        SourceOptions sources = new SourceOptions();
        sources.files = List.of(lists.toString());
        FollowOptions follow = new FollowOptions();
        follow.rescan = Duration.ofSeconds(2);
        return follow.follow(served.server, served.store, sources, true, new PrintWriter(printed, true));
    }

    /**
     * Whether the restored graphs are the state after the edit (else before it): the sources' graphs, the catalog and
     * the history, written in one transaction, all from the same side; the statistics, counted in one after it, from
     * either.
     */
    private static boolean committed(Map<Node, Set<Quad>> got, Map<Node, Set<Quad>> before, Map<Node, Set<Quad>> after,
                                     Node statistics, Path snapshot) {
        Map<Node, Set<Quad>> g = without(got, statistics);
        boolean isAfter = g.equals(without(after, statistics));
        assertTrue(isAfter || g.equals(without(before, statistics)), snapshot + ": neither before nor after the edit");
        Set<Quad> counted = got.getOrDefault(statistics, Set.of());
        // Between the edit's transaction and the count's, the statistics are the count before, marked stale (no stamp).
        Set<Quad> stale = new HashSet<>(before.get(statistics));
        stale.removeIf(q -> q.getSubject().equals(statistics) && q.getPredicate().equals(Vocab.MODIFIED));
        assertTrue(counted.equals(before.get(statistics)) || counted.equals(after.get(statistics)) || isAfter && counted.equals(stale),
                snapshot + ": the statistics as one count left them");
        if (!isAfter) assertEquals(before.get(statistics), counted, snapshot + ": no count of the edit before the edit");
        return isAfter;
    }

    /** The restored store keeps the count of its union's triples, the one SPARQL's COUNT(*) gives. */
    private static void countHolds(Store store, Path snapshot) {
        assertTrue(store.keepsTripleCount(), snapshot + ": the count is kept");
        DatasetGraph dsg = store.dataset();
        long counted = dsg.calculateRead(() -> {
            try (var q = org.apache.jena.query.QueryExecution.create().dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                    .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(counted, store.tripleCount(), snapshot + ": the count kept is the union's");
    }

    private static Map<Node, Set<Quad>> without(Map<Node, Set<Quad>> graphs, Node graph) {
        Map<Node, Set<Quad>> out = new HashMap<>(graphs);
        out.remove(graph);
        return out;
    }

    /**
     * The store's quads by graph, but for the count of the union's triples, which every write transaction keeps (the
     * edit's and then the statistics'): {@link #countHolds} checks it.
     */
    private static Map<Node, Set<Quad>> graphs(Store store) {
        DatasetGraph dsg = store.dataset();
        return dsg.calculateRead(() -> {
            Map<Node, Set<Quad>> out = new HashMap<>();
            dsg.find().forEachRemaining(q -> {
                if (!q.getPredicate().equals(Vocab.TRIPLES)) out.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q);
            });
            return out;
        });
    }
}
