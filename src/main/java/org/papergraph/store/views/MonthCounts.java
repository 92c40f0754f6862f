package org.papergraph.store.views;

import java.util.Iterator;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Vocab;

/** Papers per month as the statistics graph counted them at load: one of the implementations behind {@link PaperViews}. */
final class MonthCounts {
    private MonthCounts() {}

    /** Papers per month of their dates ({@code 2024-05}), a paper once a month, in time order. */
    static SortedMap<String, Long> read(DatasetGraph dsg, Node statistics) {
        return Txn.calculateRead(dsg, () -> {
            SortedMap<String, Long> out = new TreeMap<>();
            Iterator<Quad> months = dsg.find(statistics, Node.ANY, Vocab.TYPE, Vocab.MONTH);
            try {
                while (months.hasNext()) {
                    Node m = months.next().getSubject();
                    Node month = object(dsg, statistics, m, Vocab.YEAR_MONTH), count = object(dsg, statistics, m, Vocab.PAPER_COUNT);
                    if (month != null && count != null && count.getLiteralValue() instanceof Number n)
                        out.put(month.getLiteralLexicalForm(), n.longValue());
                }
            } finally {
                Iter.close(months);
            }
            return out;
        });
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }
}
