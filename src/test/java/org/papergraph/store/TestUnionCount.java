package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.MonthlyLists;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.load.LoadSummary;
import org.papergraph.load.Loader;
import org.papergraph.export.Exporter;
import org.papergraph.export.RdfFormat;
import org.papergraph.export.Selection;
import org.papergraph.store.snapshot.Restore;
import org.papergraph.store.snapshot.Snapshot;
import org.papergraph.store.tdb.TdbInternals;

/**
 * The count of the union's triples each write keeps ({@link UnionCount}) is the one a walk of the store and SPARQL's
 * {@code COUNT(*)} over the default graph give, through a random sequence of loads by the real loader on TDB2 on disk:
 * sources added, edited and removed, papers two sources list (their triples in several graphs), the topics file
 * added, edited and removed. A one-row edit walks nothing; copies of the store (compact, snapshot and restore, export)
 * carry the count.
 */
class TestUnionCount {
    static final String HEADER = TestStatisticsUpdate.HEADER;
    static final String[] TOPICS = {"Retrieval", "RAG", "Agents", "Only Here", "Vision", "retrieval"};
    static final String[] CURATED = {"Retrieval", "RAG", "Agents", "Only Here", "Vision"};

    @TempDir
    Path dir;

    @Test
    void aRandomSequenceOfLoadsKeepsTheCountOfAWalk() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        List<Path> base = new ArrayList<>();
        for (String f : MonthlyLists.paths()) base.add(Files.copy(Path.of(f), lists.resolve(Path.of(f).getFileName())));
        Path[] own = {lists.resolve("a.md"), lists.resolve("b.md"), lists.resolve("c.md")};
        Path topics = lists.resolve("topics.md");
        Random random = new Random(16);
        try (Store store = Store.open(dir.resolve("store"), null)) {
            for (int step = 0; step < 24; step++) {
                List<Path> given = new ArrayList<>(base);
                for (Path f : own) {
                    int what = random.nextInt(4);
                    if (what == 0) Files.deleteIfExists(f);                         // removed (--sync drops its graph)
                    else if (what == 1 || !Files.exists(f)) Files.writeString(f, list(random)); // written anew
                    if (Files.exists(f)) given.add(f);                             // else kept as it was
                }
                switch (random.nextInt(3)) {
                    case 0 -> Files.deleteIfExists(topics);
                    case 1 -> {
                        List<String> t = new ArrayList<>(List.of(CURATED));
                        java.util.Collections.shuffle(t, random);  // a topic, another spelling of it, a broader one
                        Files.writeString(topics, TestStatisticsUpdate.TOPICS + "| " + t.get(0) + " | " + t.get(1) + " | " + t.get(2) + " |\n");
                    }
                    default -> { }
                }
                if (Files.exists(topics)) given.add(topics);
                load(store, given);
                assertCounted(store, "step " + step);
            }

            long walks = store.unionCount().walks();
            Path a = own[0];
            Files.writeString(a, HEADER + TestStatisticsUpdate.row("1 May 2024", "One row", "2499.00100", "Retrieval", null));
            List<Path> given = new ArrayList<>(base);
            given.add(a);
            load(store, given);
            TestStatisticsUpdate.edit(a, "One row", "One row, retitled");
            load(store, given);
            assertCounted(store, "after a one-row edit");
            assertEquals(walks, store.unionCount().walks(), "small loads are counted by their quads, not by a walk");
        }
    }

    @Test
    void copiesOfTheStoreCarryTheCount() throws IOException {
        Path db = dir.resolve("store");
        try (Store store = Store.open(db, null)) {
            List<Path> given = new ArrayList<>();
            for (String f : MonthlyLists.paths()) given.add(Path.of(f));
            load(store, given);
            assertCounted(store, "as loaded");
            ByteArrayOutputStream nt = new ByteArrayOutputStream();
            Exporter.write(store, new Selection.Everything(), RdfFormat.NTRIPLES, nt);
            assertEquals(store.tripleCount(), nt.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count(),
                    "the export of the union holds as many triples as the count, its own statement among them");
        }
        Path archive = dir.resolve("store.tar.gz");
        try (OutputStream out = Files.newOutputStream(archive)) {
            Snapshot.take(db, out, Files.createDirectories(dir.resolve("work")), "test");
        }
        Restore.run(archive, dir.resolve("restored"), false);
        try (Store restored = Store.openExisting(dir.resolve("restored"))) {
            assertCounted(restored, "restored from a snapshot");
            assertEquals(0, restored.unionCount().walks(), "the restored store walked nothing to count");
        }
        try (Store store = Store.openExisting(db)) {
            DatabaseMgr.compact(store.dataset(), true);
        }
        try (Store compacted = Store.openExisting(db)) {
            assertCounted(compacted, "compacted");
            assertEquals(0, compacted.unionCount().walks());
        }
    }

    /** A write around the store's own transactions is noticed: the count walks until a write of its own counts again. */
    @Test
    void aWriteAroundTheStoreLeavesTheCountToAWalk() throws IOException {
        try (Store store = Store.open(dir.resolve("store"), null)) {
            load(store, List.of(Path.of(MonthlyLists.paths().get(0))));
            assertTrue(store.keepsTripleCount());
            DatasetGraph dsg = store.dataset();
            Node x = NodeFactory.createURI("https://example.org/x");
            dsg.executeWrite(() -> dsg.add(x, x, x, x));
            assertFalse(store.keepsTripleCount());
            assertEquals(walk(store), store.tripleCount());
            store.executeWrite(() -> {});
            assertTrue(store.keepsTripleCount());
            assertCounted(store, "after a write of its own");
        }
    }

    /**
     * A store made before the count was kept (its statement removed, then opened anew): counted by a walk once for a
     * snapshot however often asked, and kept by the next load even when every source is unchanged.
     */
    @Test
    void aStoreWithoutACountIsWalkedOnceThenCountedByTheNextLoad() throws IOException {
        Path db = dir.resolve("store");
        List<Path> given = List.of(Path.of(MonthlyLists.paths().get(0)));
        try (Store store = Store.open(db, null)) {
            load(store, given);
            DatasetGraph dsg = store.dataset();
            dsg.executeWrite(() -> dsg.deleteAny(store.iris().sourceCatalog(), store.iris().dataset(), org.papergraph.rdf.Vocab.TRIPLES, Node.ANY));
        }
        try (Store store = Store.openExisting(db)) {
            assertFalse(store.keepsTripleCount());
            long walked = walk(store);
            assertEquals(walked, store.tripleCount());
            assertEquals(walked, store.tripleCount());
            assertEquals(1, store.unionCount().walks(), "one walk for the snapshot");
            assertEquals(0, load(store, given).changedSources());
            assertCounted(store, "after a load that changed nothing");
        }
    }

    private static void assertCounted(Store store, String when) {
        assertTrue(store.keepsTripleCount(), when + ": the store keeps its count");
        DatasetGraph dsg = store.dataset();
        long kept = store.tripleCount();
        assertEquals(walk(store), kept, when + ": the kept count is the walk's");
        long sparql = Txn.calculateRead(dsg, () -> {
            try (QueryExecution q = QueryExecution.create().dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(sparql, kept, when + ": the kept count is SPARQL's");
    }

    /** Loads the files as the store's sources (--sync): the real loader, its real converter. */
    private static LoadSummary load(Store store, List<Path> files) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path f : files) inputs.add(Input.file(f, false));
        return new Loader(store, Converter.builder().base(store.iris().base()).build(), p -> {}, s -> {}, false,
                new PrintStream(PrintStream.nullOutputStream())).load(inputs, true);
    }

    private static long walk(Store store) {
        return Txn.calculateRead(store.dataset(), () -> TdbInternals.tripleCount(store.dataset()).orElseThrow());
    }

    /** A few rows from a small pool of papers, so that sources share papers, with their own titles and topics or not. */
    private static String list(Random random) {
        StringBuilder md = new StringBuilder(HEADER);
        int rows = 1 + random.nextInt(4);
        for (int i = 0; i < rows; i++) {
            int paper = random.nextInt(8);
            String title = random.nextBoolean() ? "Paper " + paper : "Paper " + paper + " as listed " + random.nextInt(3);
            md.append(TestStatisticsUpdate.row((1 + paper) + " May 2024", title, "2499.0000" + paper,
                    topic(random) + ", " + topic(random), random.nextBoolean() ? "code" + paper : null));
        }
        return md.toString();
    }

    private static String topic(Random random) { return TOPICS[random.nextInt(TOPICS.length)]; }
}
