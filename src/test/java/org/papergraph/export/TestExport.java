package org.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.Main;
import org.papergraph.rdf.OfflineJsonLd;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.Store;
import org.papergraph.MonthlyLists;

/** Every export format parses back, with Jena, to exactly what the store holds. */
class TestExport {
    @TempDir
    static Path dir;
    static Path db;
    static Graph union;
    static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        OfflineJsonLd.install();
        db = dir.resolve("store");
        // The monthly lists: graph isomorphism over the blank-node author lists of data/lists would take gigabytes.
        List<String> load = new ArrayList<>(List.of("load", "--db", db.toString()));
        load.addAll(MonthlyLists.paths());
        assertEquals(0, run(load.toArray(String[]::new)));
        try (Store s = Store.openExisting(db)) {
            Txn.executeRead(s.dataset(), () -> {
                union = GraphFactory.createDefaultGraph();
                s.dataset().getUnionGraph().find().forEachRemaining(union::add);
                dataset = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                s.dataset().find().forEachRemaining(dataset::add);
            });
        }
    }

    @AfterAll
    static void clear() { union = null; }

    static int run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        if (code != 0) System.err.println(err);
        return code;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "rdf", "jsonld"})
    void triplesFormatsHoldTheUnionGraph(String ext) {
        Path out = dir.resolve("papers." + ext);
        assertEquals(0, run("export", "--db", db.toString(), "-o", out.toString()));
        Graph back = RDFParser.source(out).toGraph();
        assertEquals(union.size(), back.size(), ext);
        assertTrue(back.isIsomorphicWith(union), ext + " is the store's union graph");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig"})
    void quadsFormatsKeepTheGraphs(String ext) {
        Path out = dir.resolve("papers." + ext);
        assertEquals(0, run("export", "--db", db.toString(), "-o", out.toString()));
        DatasetGraph back = RDFParser.source(out).toDatasetGraph();
        assertTrue(IsoMatcher.isomorphic(dataset, back), ext + " is the store's dataset, graph by graph");
    }

    @Test
    void turtleIsPrettyWithPrefixes() throws Exception {
        Path out = dir.resolve("pretty.ttl");
        assertEquals(0, run("export", "--db", db.toString(), "-o", out.toString()));
        String ttl = Files.readString(out);
        assertTrue(ttl.contains("PREFIX dcterms:") && ttl.contains("paper:2405.18870"), ttl.substring(0, 400));
    }

    @Test
    void jsonLdIsFramedPapersWithTheirContext() throws Exception {
        Path out = dir.resolve("shape.jsonld");
        assertEquals(0, run("export", "--db", db.toString(), "-o", out.toString()));
        JsonObject doc = JSON.read(out.toString());
        assertTrue(doc.get("@context").isObject(), "the context is embedded");
        JsonObject paper = doc.get("@graph").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(o -> o.get("@id").getAsString().value().endsWith("/paper/2405.18870")).findFirst().orElseThrow();
        assertEquals("LLMs achieve adult human performance on higher-order theory of mind tasks", paper.get("title").getAsString().value());
        JsonObject topic = paper.get("topics").getAsArray().get(0).getAsObject();
        assertEquals("Theory of Mind", topic.get("label").getAsString().value(), "topics are nested objects");
        JsonObject listing = paper.get("listings").getAsArray().get(0).getAsObject();
        assertTrue(listing.get("source").getAsString().value().endsWith("/source/2024-05-seed-papers"), "listings are nested");
        assertTrue(doc.get("@graph").getAsArray().stream().map(JsonValue::getAsObject)
                .noneMatch(o -> o.get("@id").getAsString().value().contains("/listing/")), "a listing only inside its paper");
    }

    @Test
    void oneSourceGraphOrOneTopic() {
        Path seed = dir.resolve("seed.nq");
        String g = "http://localhost:3030/source/2024-05-seed-papers";
        assertEquals(0, run("export", "--db", db.toString(), "--graph", g, "-o", seed.toString()));
        DatasetGraph back = RDFParser.source(seed).toDatasetGraph();
        assertEquals(1, back.stream().map(q -> q.getGraph()).distinct().count());
        assertEquals(dataset.getGraph(NodeFactory.createURI(g)).size(), back.getGraph(NodeFactory.createURI(g)).size());

        Path rag = dir.resolve("rag.ttl");
        assertEquals(0, run("export", "--db", db.toString(), "--topic", "rag", "-o", rag.toString()));
        Graph topic = RDFParser.source(rag).toGraph();
        Node ragTopic = NodeFactory.createURI("http://localhost:3030/topic/rag");
        long papers = union.find(null, Vocab.SUBJECT, ragTopic).filterKeep(t -> union.contains(t.getSubject(), Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE)).toList().size();
        assertEquals(papers, topic.find(null, Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE).toList().size());
        assertFalse(topic.contains(null, Vocab.TITLE, NodeFactory.createLiteralString("LLMs achieve adult human performance on higher-order theory of mind tasks")));
        assertEquals(1, run("export", "--db", db.toString(), "--topic", "no-such-topic"));
    }
}
