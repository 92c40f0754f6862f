package org.papergraph.store.tdb;

import org.papergraph.load.Loader;
import org.papergraph.store.Store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;

/** Quads written index by index on threads of their own, in real TDB2 stores, against TDB2's own {@code add}. */
class TestQuadWriter {
    @TempDir
    Path dir;

    /** Every list in data/ loaded: each of the four indexes holds the same quads, those the converter gave. */
    @Test
    void everyIndexHoldsWhatTheConverterGave() throws IOException {
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(f -> inputs.add(Input.file(f, true)));
        }
        try (Store store = Store.open(dir.resolve("store"), null)) {
            Converter converter = Converter.builder().base(store.iris().base()).build();
            Set<Quad> given = new HashSet<>();
            for (Input input : inputs) // one at a time, as the loader converts them, each source saying all it says
                converter.convert(List.of(input), new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) { given.add(quad); }
                }, p -> {});
            new Loader(store, converter, p -> {}, s -> {}, false, new PrintStream(PrintStream.nullOutputStream())).load(inputs, false);
            DatasetGraph dsg = store.dataset();
            Set<Quad> sources = quads(dsg);
            // the load's own graphs: the catalog, the statistics and the history
            sources.removeIf(q -> q.getGraph().equals(store.iris().sourceCatalog()) || q.getGraph().equals(store.iris().statistics())
                    || q.getGraph().equals(store.iris().history()));
            assertTrue(given.size() > 1000, "the lists make " + given.size() + " quads");
            Set<Quad> missing = new HashSet<>(given), extra = new HashSet<>(sources);
            missing.removeAll(sources);
            extra.removeAll(given);
            assertEquals(Set.of(), missing, "given, not stored");
            assertEquals(Set.of(), extra, "stored, not given");
            dsg.executeRead(() -> {
                Set<Tuple<NodeId>> first = tuples(indexes(dsg)[0]);
                for (TupleIndex index : indexes(dsg)) assertEquals(first, tuples(index), index.getName());
            });
        }
    }

    /** An aborted write leaves no index changed; the writes after it, committed, are in every index after reopening. */
    @Test
    void abortThenCommit() {
        Path db = dir.resolve("store");
        Set<Quad> committed = new HashSet<>();
        try (Store store = Store.open(db, null)) {
            DatasetGraph dsg = store.dataset();
            for (int round = 0; round < 4; round++) {
                dsg.begin(ReadWrite.WRITE);
                Set<Quad> written = new HashSet<>();
                try (QuadWriter writer = new QuadWriter(dsg)) {
                    for (int i = 0; i < 20_000; i++) { // several batches
                        Quad q = quad(round, i);
                        writer.quad(q);
                        written.add(q);
                    }
                    writer.finish();
                }
                if (round % 2 == 0) {
                    dsg.abort();
                } else {
                    dsg.commit();
                    committed.addAll(written);
                }
                dsg.end();
                assertEquals(committed, quads(dsg), "after round " + round);
            }
        }
        try (Store store = Store.open(db, null)) {
            DatasetGraph dsg = store.dataset();
            assertEquals(committed, quads(dsg));
            dsg.executeRead(() -> {
                for (TupleIndex index : indexes(dsg)) assertEquals(committed.size(), tuples(index).size(), index.getName());
            });
        }
    }

    /** A conversion failing mid-way: closing stops the writers, the failure is the conversion's, the abort undoes all. */
    @Test
    void failedConversionIsAbortedWhole() {
        try (Store store = Store.open(dir.resolve("store"), null)) {
            DatasetGraph dsg = store.dataset();
            dsg.begin(ReadWrite.WRITE);
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
                try (QuadWriter writer = new QuadWriter(dsg)) {
                    for (int i = 0; i < 10_000; i++) writer.quad(quad(0, i));
                    throw new RuntimeException("row 10001 unreadable");
                }
            });
            assertEquals("row 10001 unreadable", thrown.getMessage());
            assertEquals(0, thrown.getSuppressed().length);
            dsg.abort();
            dsg.end();
            assertEquals(Set.of(), quads(dsg));
            dsg.executeRead(() -> {
                for (TupleIndex index : indexes(dsg)) assertEquals(0, tuples(index).size(), index.getName());
            });
        }
    }

    private static Quad quad(int round, int i) {
        Node g = NodeFactory.createURI("https://example.org/graph/" + (i % 3));
        return Quad.create(g, NodeFactory.createURI("https://example.org/paper/" + round + "/" + i),
                NodeFactory.createURI("https://example.org/p" + (i % 7)),
                i % 2 == 0 ? NodeFactory.createLiteralString("text " + round + " " + i) : NodeFactory.createURI("https://example.org/topic/" + (i % 50)));
    }

    private static TupleIndex[] indexes(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
    }

    /** An index's tuples, in the natural (graph, subject, predicate, object) order of their slots. */
    private static Set<Tuple<NodeId>> tuples(TupleIndex index) {
        Set<Tuple<NodeId>> all = new HashSet<>();
        NodeId any = NodeId.NodeIdAny;
        index.find(TupleFactory.create4(any, any, any, any)).forEachRemaining(all::add);
        return all;
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return dsg.calculateRead(() -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }
}
