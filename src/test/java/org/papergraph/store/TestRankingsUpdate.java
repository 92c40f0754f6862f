package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.rdf.Vocab.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.MonthlyLists;

/** The rankings moved by the papers touched alone, or counted again when they cannot be: always what a recount makes. */
class TestRankingsUpdate {
    @TempDir
    Path dir;

    @Test
    void rankingsFollowTheTouchedPapersAsARecountWould() throws IOException {
        List<Path> lists = new ArrayList<>();
        for (String f : MonthlyLists.paths()) lists.add(Path.of(f));
        try (Store store = Store.open(dir.resolve("store"), null)) {
            TestStatisticsUpdate.load(store, lists);
            Node source = NodeFactory.createURI(store.iris().base() + "source/test"), history = store.iris().history();
            Node p = store.iris().arxivPaper("2999.00001"), q = store.iris().arxivPaper("2999.00002");

            assertTrue(update(store, Set.of(p), dsg -> {
                paper(dsg, source, p, "2030-01-01");
                dsg.add(history, p, FIRST_LISTED, time("2030-01-01T00:00:00Z"));
                dsg.add(source, p, HAS_CODE, NodeFactory.createURI("https://github.com/example/p"));
            }), "a new paper, newest by date and by listing, with code, is ranked from itself alone");

            assertTrue(update(store, Set.of(q), dsg -> {
                paper(dsg, source, q, "2030-01-01");
                dsg.add(history, q, FIRST_LISTED, time("2030-01-01T00:00:00Z"));
            }), "a paper tied with the newest");

            assertTrue(update(store, Set.of(p), dsg -> dsg.add(source, p, DATE, NodeFactory.createLiteralDT("2031-02", XSDDatatype.XSDgYearMonth))),
                    "a second date, newer: the paper moves to its tally");

            assertFalse(update(store, Set.of(p, q), dsg -> {
                dsg.deleteAny(source, Node.ANY, Node.ANY, Node.ANY);
                dsg.deleteAny(history, p, FIRST_LISTED, Node.ANY);
                dsg.deleteAny(history, q, FIRST_LISTED, Node.ANY);
            }), "the newest gone: papers untouched come back, so all is counted again");

            assertTrue(update(store, Set.of(p), dsg -> {
                paper(dsg, source, p, "1999-01-01");
                dsg.add(history, p, FIRST_LISTED, time("1999-01-01T00:00:00Z"));
            }), "an old paper changes neither ranking");

            assertTrue(update(store, Set.of(p, q), dsg -> {
                dsg.deleteAny(source, p, DATE, Node.ANY);
                dsg.add(source, p, HAS_CODE, NodeFactory.createURI("https://github.com/example/p"));
                paper(dsg, source, q, "1999-01-01");
                dsg.deleteAny(source, q, DATE, Node.ANY);
                dsg.add(source, q, HAS_CODE, NodeFactory.createURI("https://github.com/example/q"));
            }), "two papers with code and no date");

            assertTrue(update(store, Set.of(q), dsg -> dsg.deleteAny(source, q, HAS_CODE, Node.ANY)), "code gone");
        }
    }

    /** One edit and the update, checked against a recount in the same transaction; whether the update was incremental. */
    private static boolean update(Store store, Set<Node> touched, Consumer<DatasetGraph> edit) {
        DatasetGraph dsg = store.dataset();
        Node graph = store.iris().statistics();
        dsg.begin(TxnType.WRITE);
        try {
            edit.accept(dsg);
            boolean incremental = new RankingsUpdate(dsg, store.iris()).apply(touched);
            Set<String> updated = rankings(dsg, graph);
            new Rankings(store.iris()).recount(dsg);
            assertEquals(rankings(dsg, graph), updated, "the rankings as a recount makes them");
            assertTrue(updated.stream().anyMatch(s -> s.contains(CODE_TALLY.getURI())), "papers with code tallied");
            assertTrue(updated.size() > 200, "rankings kept: " + updated.size());
            dsg.commit();
            return incremental;
        } finally {
            dsg.end();
        }
    }

    private static Set<String> rankings(DatasetGraph dsg, Node graph) {
        Set<String> out = new HashSet<>();
        for (Node p : List.of(NEWEST_PAPER, NEWEST_LISTED, IN_CODE_TALLY))
            dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(x -> out.add(x.getSubject() + " " + p + " " + x.getObject()));
        dsg.find(graph, Node.ANY, TYPE, CODE_TALLY).forEachRemaining(t -> dsg.find(graph, t.getSubject(), Node.ANY, Node.ANY)
                .forEachRemaining(x -> out.add(x.getSubject() + " " + x.getPredicate() + " " + x.getObject())));
        return out;
    }

    private static void paper(DatasetGraph dsg, Node source, Node p, String date) {
        dsg.deleteAny(source, p, Node.ANY, Node.ANY);
        dsg.add(source, p, TYPE, SCHOLARLY_ARTICLE);
        dsg.add(source, p, DATE, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
    }

    private static Node time(String t) { return NodeFactory.createLiteralDT(t, XSDDatatype.XSDdateTime); }
}
