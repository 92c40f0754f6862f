package org.papergraph.load;

import org.papergraph.store.Catalog;
import org.papergraph.store.SourceRecord;
import org.papergraph.store.Store;
import org.papergraph.store.StoreException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;

/** Loads into real TDB2 stores in temporary folders. */
class TestLoader {
    @TempDir
    Path dir;
    Path lists, db;
    final List<String> said = new ArrayList<>();

    @BeforeEach
    void copyData() throws IOException {
        lists = Files.createDirectory(dir.resolve("lists"));
        for (String f : List.of("2024-01-papers.md", "2024-03-papers.md", "2024-05-seed-papers.md"))
            Files.copy(Path.of("data", f), lists.resolve(f));
        db = dir.resolve("store");
    }

    LoadSummary load(boolean sync, Path... files) throws IOException {
        try (Store store = Store.open(db, null)) {
            Loader loader = new Loader(store, Converter.builder().base(store.iris().base()).build(), p -> {}, said::add,
                    false, new PrintStream(PrintStream.nullOutputStream()));
            List<Input> inputs = new ArrayList<>();
            for (Path f : files) inputs.add(Input.file(f, false));
            return loader.load(inputs, sync);
        }
    }

    Path[] all() throws IOException {
        try (var s = Files.list(lists)) {
            return s.sorted().toArray(Path[]::new);
        }
    }

    /** Every quad of the store, as text, to compare two states exactly. */
    Set<String> quads() {
        try (Store store = Store.open(db, null)) {
            return store.dataset().calculateRead(() -> {
                Set<String> out = new TreeSet<>();
                store.dataset().find().forEachRemaining(q -> out.add(q.toString()));
                return out;
            });
        }
    }

    /** The quads of one source's graph. */
    Set<String> quads(String slug) {
        Node graph = NodeFactory.createURI("http://localhost:3030/source/" + slug);
        try (Store store = Store.open(db, null)) {
            return store.dataset().calculateRead(() -> {
                Set<String> out = new TreeSet<>();
                store.dataset().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.toString()));
                return out;
            });
        }
    }

    long select(String query) {
        try (Store store = Store.open(db, null)) {
            return store.dataset().calculateRead(() -> {
                try (QueryExecution qe = QueryExecution.create().dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    @Test
    void loadingTwiceChangesNothing() throws IOException {
        assertEquals("3 sources: 3 new (+82 papers)", load(false, all()).toString());
        Set<String> first = quads();
        assertEquals("3 sources: 3 unchanged", load(false, all()).toString());
        assertEquals(first, quads(), "same quads, no new blank nodes");
        assertTrue(first.stream().noneMatch(q -> q.contains("_:")), "no blank nodes at all");
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheSources() throws IOException {
        load(false, all());
        assertEquals(82, select("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://schema.org/ScholarlyArticle> }"));
        assertEquals(6, select("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), "3 sources, the catalog, the statistics, the history");
    }

    @Test
    void anEditedRowReplacesOnlyItsOwnGraph() throws IOException {
        load(false, all());
        Set<String> january = quads("2024-01-papers"), march = quads("2024-03-papers");
        assertTrue(january.size() > 300 && march.size() > 600, january.size() + " " + march.size());
        Path seed = lists.resolve("2024-05-seed-papers.md");
        Files.writeString(seed, Files.readString(seed).replace("[Matryoshka Multimodal Models]", "[Matryoshka Multimodal Models, revised]"));
        assertEquals("3 sources: 1 updated, 2 unchanged (1 changed)", load(false, all()).toString());
        assertEquals(january, quads("2024-01-papers"));
        assertEquals(march, quads("2024-03-papers"));
        assertEquals(1, select("SELECT (COUNT(*) AS ?n) { <http://localhost:3030/paper/2405.17430> <http://purl.org/dc/terms/title> \"Matryoshka Multimodal Models, revised\" }"));
        assertEquals(0, select("SELECT (COUNT(*) AS ?n) { <http://localhost:3030/paper/2405.17430> <http://purl.org/dc/terms/title> \"Matryoshka Multimodal Models\" }"));
    }

    @Test
    void addedAndRemovedRowsAreCounted() throws IOException {
        load(false, all());
        Path seed = lists.resolve("2024-05-seed-papers.md");
        List<String> lines = new ArrayList<>(Files.readAllLines(seed));
        lines.remove(2); // the first paper
        lines.add("| 1 May 2024 | [A new paper](https://arxiv.org/abs/2405.99999) | New. | Evaluation |");
        lines.add("| 1 May 2024 | [Another](https://arxiv.org/abs/2405.99998) | New. | Evaluation |");
        Files.write(seed, lines);
        assertEquals("3 sources: 1 updated, 2 unchanged (+2 papers, \u22121 paper)", load(false, all()).toString());
    }

    @Test
    void syncDropsSourcesNoLongerGiven() throws IOException {
        load(false, all());
        assertTrue(quads("2024-01-papers").size() > 300);
        Files.delete(lists.resolve("2024-01-papers.md"));
        assertEquals("2 sources: 2 unchanged", load(false, all()).toString(), "without --sync a missing file stays");
        assertEquals("3 sources: 2 unchanged, 1 dropped (\u221217 papers)", load(true, all()).toString());
        assertEquals(Set.of(), quads("2024-01-papers"));
        assertEquals(65, select("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://schema.org/ScholarlyArticle> }"));
    }

    @Test
    void aPaperInTwoSourcesIsOnePaperWithEachSourcesStatements() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "| Date | Name | Topics |\n|---|---|---|\n| 1 May 2024 | [P](https://arxiv.org/abs/2405.00001) | RAG |\n");
        Path b = Files.writeString(dir.resolve("b.md"), "| Date | Name | Topics |\n|---|---|---|\n| May 2024 | [P](https://arxiv.org/pdf/2405.00001v2) | Agents |\n");
        assertEquals("2 sources: 2 new (+1 paper)", load(false, a, b).toString());
        assertEquals(1, select("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://schema.org/ScholarlyArticle> }"));
        assertEquals(2, select("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { <http://localhost:3030/paper/2405.00001> <http://purl.org/dc/terms/title> \"P\" } }"));
        assertEquals(2, select("SELECT (COUNT(?t) AS ?n) { <http://localhost:3030/paper/2405.00001> <http://purl.org/dc/terms/subject> ?t }"));
        // Dropping one source leaves the paper: the other still lists it.
        assertEquals("2 sources: 1 unchanged, 1 dropped", load(true, a).toString(), "no paper is gone: a still lists it");
        assertEquals(1, select("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://schema.org/ScholarlyArticle> }"));
    }

    @Test
    void theCatalogDescribesEachSource() throws IOException {
        load(false, all());
        try (Store store = Store.open(db, null)) {
            var records = store.dataset().calculateRead(() -> new Catalog(store).sources());
            SourceRecord seed = records.get(NodeFactory.createURI("http://localhost:3030/source/2024-05-seed-papers"));
            assertEquals(Files.size(lists.resolve("2024-05-seed-papers.md")), seed.size());
            assertEquals(64, seed.sha256().length());
            assertEquals(33, seed.rows());
            assertEquals(33, seed.papers());
            assertEquals(SourceVersion.of(lists.resolve("2024-05-seed-papers.md")).toString(), seed.modified(),
                    "the time of the file's version, not of the load");
            assertEquals("http://localhost:3030/", store.iris().base());
        }
    }

    @Test
    void aStoreKeepsItsBase() throws IOException {
        try (Store s = Store.open(db, "https://papers.example.org/")) {
            new Loader(s, Converter.builder().base(s.iris().base()).build(), p -> {}, said::add, false, System.err)
                    .load(List.of(Input.file(lists.resolve("2024-01-papers.md"), false)), false);
        }
        try (Store s = Store.open(db, null)) {
            assertEquals("https://papers.example.org/", s.iris().base());
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(db, "http://localhost:3030/"));
        assertTrue(e.getMessage().contains("holds data minted under https://papers.example.org/"), e.getMessage());
    }

    @Test
    void anUnreadableSourceLeavesTheStoreAsItWas() throws IOException {
        load(false, all());
        Set<String> before = quads();
        Path seed = lists.resolve("2024-05-seed-papers.md");
        byte[] bytes = Files.readAllBytes(seed);
        bytes[bytes.length / 2] = 0;
        Files.write(seed, bytes);
        LoadSummary s = load(false, all());
        assertEquals(1, s.failed());
        assertEquals(before, quads());
    }


}
