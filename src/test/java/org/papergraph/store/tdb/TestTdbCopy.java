package org.papergraph.store.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of a TDB2 database taken while a writer commits one transaction after another, as fast as it can: every
 * copy opens and holds exactly the first k transactions, each whole.
 */
class TestTdbCopy {
    private static final int PER_TRANSACTION = 200;
    private static final Node G = NodeFactory.createURI("urn:g"), TXN = NodeFactory.createURI("urn:txn");

    @TempDir
    Path work;

    @Test
    void copiesTakenWhileCommitsGoOnHoldWholeTransactions() throws Exception {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(work.resolve("db")));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger committed = new AtomicInteger();
        Thread writer = new Thread(() -> {
            for (int t = 0; !stop.get(); t++) {
                int txn = t;
                dsg.executeWrite(() -> {
                    for (int i = 0; i < PER_TRANSACTION; i++) // new nodes and quads: the node file and every index grow
                        dsg.add(Quad.create(G, NodeFactory.createURI("urn:s" + txn + "-" + i), TXN,
                                NodeFactory.createLiteralString("transaction " + txn + " quad " + i + " of some length")));
                });
                committed.incrementAndGet();
            }
        });
        writer.start();
        try {
            int last = -1;
            for (int n = 0; n < 10; n++) {
                Path copy = Files.createDirectories(work.resolve("copy-" + n));
                TdbCopy.copy(work.resolve("db"), copy);
                int k = wholeTransactions(copy);
                assertTrue(k >= last, "copies go forward: " + k + " after " + last);
                last = k;
            }
            assertTrue(committed.get() > last, "the writer went on meanwhile");
        } finally {
            stop.set(true);
            writer.join();
            TdbInternals.expel(dsg);
        }
    }

    /** Opens the copy and answers how many transactions it holds, asserting they are the first ones, each whole. */
    private static int wholeTransactions(Path copy) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(copy));
        try {
            Map<Integer, Integer> quads = new HashMap<>();
            dsg.executeRead(() -> dsg.find(G, Node.ANY, TXN, Node.ANY).forEachRemaining(q -> {
                String s = q.getSubject().getURI();
                int txn = Integer.parseInt(s.substring(s.indexOf(':') + 2, s.indexOf('-')));
                quads.merge(txn, 1, Integer::sum);
            }));
            for (int t = 0; t < quads.size(); t++)
                assertEquals(PER_TRANSACTION, quads.getOrDefault(t, 0), copy + ": transaction " + t + " whole");
            return quads.size();
        } finally {
            TdbInternals.expel(dsg);
        }
    }
}
