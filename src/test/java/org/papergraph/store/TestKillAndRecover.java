package org.papergraph.store;

import org.papergraph.load.Loader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.generate.PaperTableGenerator;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;

/**
 * kill -9 a loading JVM at random moments, again and again: each time the store opens and holds, for every source,
 * either nothing or exactly that source's graph as a clean load makes it; the next load completes the rest.
 */
class TestKillAndRecover {
    static final int KILLS = 10;

    @TempDir
    Path dir;

    @Test
    void aKilledLoadLeavesTheLastCommittedStateAndTheNextLoadCompletesIt() throws Exception {
        Path lists = Files.createDirectory(dir.resolve("lists"));
        for (int i = 0; i < 4; i++) {
            try (var out = Files.newBufferedWriter(lists.resolve("list-" + i + ".md"))) {
                new PaperTableGenerator(100 + i).write(2_500, out);
            }
        }
        Map<Node, Set<String>> reference = graphs(load(dir.resolve("reference"), lists));
        assertEquals(4, reference.size());

        // Kills land anywhere in a whole load's time, from its JVM's start to its end, measured here first.
        long started = System.nanoTime();
        assertEquals(0, loadProcess(lists, dir.resolve("timed")).waitFor());
        int span = (int) ((System.nanoTime() - started) / 1_000_000);

        Path db = dir.resolve("store");
        Random random = new Random(20261126);
        int partial = 0;
        List<Integer> whole = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            Process p = loadProcess(lists, db);
            Thread.sleep(300 + random.nextInt(span));
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));

            Map<Node, Set<String>> now = graphs(db);
            for (var e : now.entrySet())
                assertEquals(reference.get(e.getKey()), e.getValue(), "kill " + k + ": " + e.getKey() + " is whole");
            if (now.size() < reference.size()) partial++;
            whole.add(now.size());
            if (now.size() == reference.size()) deleteStore(db); // so that the next kill lands in a load again
        }
        System.out.printf("kill -9 during loads: %d kills within a load's %d ms, %d before the last source was committed;"
                + " sources whole after each kill: %s%n", KILLS, span, partial, whole);
        assertTrue(partial > 0, "some kill landed mid-load");

        load(db, lists);
        assertEquals(reference, graphs(db), "the next load completes it");
        assertEquals(statistics(dir.resolve("reference")), statistics(db), "and counts it");
        assertEquals(searches(dir.resolve("reference")), searches(db), "and indexes it");
    }

    private static void deleteStore(Path db) throws IOException {
        try (var files = Files.walk(db)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** {@code papergraph load} in a JVM of its own, to be killed. */
    private static Process loadProcess(Path lists, Path db) throws IOException {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.papergraph.cli.Main", "load", lists.toString(),
                "--db", db.toString())).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Every paper the search index finds for a few words, in order; the index checked to be the catalog's. */
    private static List<List<String>> searches(Path db) throws Exception {
        try (Store store = Store.open(db, null)) {
            assertTrue(store.textCurrent(), "search index of the catalog as it is");
            List<List<String>> out = new ArrayList<>();
            for (String word : List.of("model", "learn", "agent", "language model"))
                out.add(store.text().newest(word, Integer.MAX_VALUE));
            assertTrue(out.get(0).size() > 100, "words found: " + out.get(0).size());
            return out;
        }
    }

    /** The statistics graph, but for the time of the catalog it was counted from; checked to be that catalog's. */
    private static Set<String> statistics(Path db) {
        try (Store store = Store.open(db, null)) {
            return store.dataset().calculateRead(() -> {
                assertTrue(new Statistics(store).isCurrent(), "statistics of the catalog as it is");
                Set<String> quads = new TreeSet<>();
                store.dataset().find(store.iris().statistics(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!q.getPredicate().equals(org.papergraph.rdf.Vocab.MODIFIED)) quads.add(q.toString());
                });
                assertTrue(quads.size() > 100, "topics, months and pairs counted");
                return quads;
            });
        }
    }

    private static Path load(Path db, Path lists) throws Exception {
        try (Store store = Store.open(db, null); var files = Files.list(lists)) {
            List<Input> inputs = new ArrayList<>();
            files.sorted().forEach(f -> inputs.add(Input.file(f, false)));
            new Loader(store, Converter.builder().build(), p -> {}, s -> {}, false, new PrintStream(PrintStream.nullOutputStream()))
                    .load(inputs, false);
        }
        return db;
    }

    /** The sources the catalog says are loaded, each with its graph's quads; and no graph without a catalog entry. */
    private static Map<Node, Set<String>> graphs(Path db) {
        if (!Files.exists(db)) return Map.of();
        try (Store store = Store.open(db, null)) {
            return store.dataset().calculateRead(() -> {
                Map<Node, Set<String>> out = new HashMap<>();
                Set<Node> catalogued = new Catalog(store).sources().keySet();
                store.dataset().listGraphNodes().forEachRemaining(g -> {
                    if (g.equals(store.iris().sourceCatalog()) || g.equals(store.iris().statistics()) || g.equals(store.iris().history())) return;
                    assertTrue(catalogued.contains(g), g + " has quads but no catalog entry");
                });
                for (Node g : catalogued) {
                    Set<String> quads = new TreeSet<>();
                    store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> quads.add(q.toString()));
                    out.put(g, quads);
                }
                return out;
            });
        }
    }
}
