package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;

/**
 * The code tallies group a month's days into one tally, which holds only while SPARQL sorts the days of a month
 * together: days by value, and every day above every month or year given alone, whatever its time (Jena's
 * {@code NodeValue.compareAlways}, which ORDER BY and MAX use). A Jena that sorted otherwise fails here first.
 */
class TestTallies {
    static Node day(String d) { return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate); }
    static Node month(String m) { return NodeFactory.createLiteralDT(m, XSDDatatype.XSDgYearMonth); }
    static Node year(String y) { return NodeFactory.createLiteralDT(y, XSDDatatype.XSDgYear); }

    @Test
    void aMonthsDaysSortTogetherAndTheTalliesSortAsTheirDays() {
        List<Node> dates = List.of(day("2024-05-31"), day("2024-05-01"), day("2024-04-30"), day("1999-01-01"),
                month("2031-02"), month("2024-05"), year("2024"), month("2023-12"), year("1990"));
        List<Node> sorted = new ArrayList<>(dates);
        java.util.Collections.shuffle(sorted, new java.util.Random(3));
        sorted.sort((x, y) -> NodeValue.compareAlways(NodeValue.makeNode(y), NodeValue.makeNode(x)));
        assertEquals(dates, sorted, "newest first as ORDER BY DESC sorts them: days, then months and years given alone");
        List<Node> keys = new ArrayList<>(dates.stream().map(Tallies::key).distinct().toList());
        keys.add(null);
        List<Node> tallies = new ArrayList<>(keys);
        java.util.Collections.shuffle(tallies, new java.util.Random(5));
        tallies.sort(Tallies.KEYS_NEWEST_FIRST);
        assertEquals(keys, tallies, "the tallies in their days' order, the undated last");
        assertEquals(NodeFactory.createLiteralString("2024-05"), Tallies.key(day("2024-05-17")));
        assertEquals(month("2024-05"), Tallies.key(month("2024-05")), "a month given alone is a tally of its own");
        assertTrue(Tallies.NEWEST_FIRST.compare(day("2024-05-17"), null) < 0, "no date last");
    }
}
