package org.papergraph.store.tdb;

import org.papergraph.store.Store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.apache.jena.dboe.base.file.BinaryDataFileRandomAccess;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node data file's remembered length, on real files and a real TDB2 store. */
class TestNodeFileLength {
    @TempDir
    Path dir;

    /** Writes, reads and truncations in a random order: the length is what the file system says after each. */
    @Test
    void lengthIsAlwaysTheFilesLength() throws IOException {
        Path path = dir.resolve("nodes-data.obj");
        Random random = new Random(42);
        NodeFileLength file = new NodeFileLength(new BinaryDataFileRandomAccess(path.toString()));
        var buffered = new BinaryDataFileWriteBuffered(file); // TDB2's own buffer in front, as in a store
        buffered.open();
        for (int step = 0; step < 5_000; step++) {
            int op = random.nextInt(10);
            long length = buffered.length();
            if (op < 7) {
                byte[] b = new byte[1 + random.nextInt(100)];
                random.nextBytes(b);
                buffered.write(b);
            } else if (op < 9 && length > 0) {
                buffered.read(random.nextLong(length), new byte[8]);
            } else {
                buffered.truncate(length == 0 ? 0 : random.nextLong(length)); // an abort
                buffered.sync();
            }
            buffered.sync(); // the buffer written, so the file says all
            assertEquals(Files.size(path), file.length(), "after step " + step);
        }
        buffered.close();
    }

    /** A store keeps it, and nodes written after an aborted write read back as written, also after reopening. */
    @Test
    void nodesReadBackAfterAnAbort() {
        Path db = dir.resolve("store");
        Node g = NodeFactory.createURI("https://example.org/g");
        Set<Quad> kept = new HashSet<>();
        try (Store store = Store.open(db, null)) {
            DatasetGraph dsg = store.dataset();
            assertTrue(NodeFileLength.install(dsg), "TDB2's node table has the shape NodeFileLength expects");
            for (int round = 0; round < 6; round++) {
                dsg.begin(ReadWrite.WRITE);
                Set<Quad> written = new HashSet<>();
                for (int i = 0; i < 200; i++) {
                    Quad q = Quad.create(g, NodeFactory.createURI("https://example.org/p/" + round + "/" + i),
                            NodeFactory.createURI("https://example.org/title"),
                            NodeFactory.createLiteralString("title " + round + " " + i + " " + "x".repeat(i)));
                    dsg.add(q);
                    written.add(q);
                }
                if (round % 2 == 0) {
                    dsg.abort();
                } else {
                    dsg.commit();
                    kept.addAll(written);
                }
                dsg.end();
                assertEquals(kept, quads(dsg), "after round " + round);
            }
        }
        try (Store store = Store.open(db, null)) {
            assertEquals(kept, quads(store.dataset()));
        }
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return dsg.calculateRead(() -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }
}
