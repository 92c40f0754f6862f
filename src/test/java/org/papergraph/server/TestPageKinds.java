package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.rdf.Vocab;

/**
 * The table of page kinds that both the describer and the servlet iterate: one kind per type, tried in order, the
 * generic resource page last and matching anything. What each kind's document and page hold is TestLinkedData's and
 * TestPages'.
 */
class TestPageKinds {
    private static final Node R = NodeFactory.createURI("http://example.org/r");

    private static Graph typed(Node... types) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Node t : types) g.add(Triple.create(R, Vocab.TYPE, t));
        g.add(Triple.create(NodeFactory.createURI("http://example.org/other"), Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE));
        return g;
    }

    @Test
    void theFallbackIsLastAndTheOnlyKindWithoutAType() {
        List<PageKind> kinds = List.of(PageKind.values());
        assertEquals(PageKind.RESOURCE, kinds.get(kinds.size() - 1));
        Set<Node> types = new HashSet<>();
        for (PageKind k : kinds.subList(0, kinds.size() - 1)) {
            assertNotNull(k.type, k + " has no type");
            assertTrue(types.add(k.type), k + ": a type a kind before it has");
        }
        assertEquals(null, PageKind.RESOURCE.type);
    }

    @Test
    void eachKindIsFoundByTheTypeOfTheResourceItself() {
        for (PageKind k : PageKind.values())
            if (k.type != null) assertEquals(k, PageKind.of(typed(k.type), R));
        assertEquals(PageKind.RESOURCE, PageKind.of(typed(), R), "another resource's type does not count");
        assertEquals(PageKind.RESOURCE, PageKind.of(typed(Vocab.LISTING), R));
    }

    @Test
    void theFirstKindInTheTableWins() {
        assertEquals(PageKind.PAPER, PageKind.of(typed(Vocab.CONCEPT, Vocab.SCHOLARLY_ARTICLE), R));
        assertEquals(PageKind.TOPIC, PageKind.of(typed(Vocab.SOURCE_FILE, Vocab.CONCEPT), R));
    }
}
