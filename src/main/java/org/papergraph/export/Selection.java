package org.papergraph.export;

import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.Store;
import org.papergraph.store.SubjectOrder;

/**
 * What an export covers: the whole store, one source's graph, or one topic's papers (with their listings and
 * code). Each is walked in index order, a quad at a time, so nothing is gathered in memory.
 */
public sealed interface Selection {
    /** Every quad of the selection (graph names kept); call inside a read transaction. */
    void quads(Store store, Consumer<Quad> action);

    /** Every triple of the union of the selection's graphs, each once; call inside a read transaction. */
    void triples(Store store, Consumer<Triple> action);

    record Everything() implements Selection {
        public void quads(Store store, Consumer<Quad> action) { each(store.dataset().find(), action); }

        public void triples(Store store, Consumer<Triple> action) { SubjectOrder.forEachTriple(store, action); }
    }

    record OneGraph(Node graph) implements Selection {
        public void quads(Store store, Consumer<Quad> action) {
            each(store.dataset().find(graph, Node.ANY, Node.ANY, Node.ANY), action);
        }

        public void triples(Store store, Consumer<Triple> action) { each(store.dataset().getGraph(graph).find(), action); }
    }

    /** A topic, its papers, their listings and code: the subjects reached from the topic, each with all it says. */
    record OneTopic(Node topic) implements Selection {
        public void quads(Store store, Consumer<Quad> action) {
            DatasetGraph dsg = store.dataset();
            forEachSubject(store, s -> each(dsg.find(Node.ANY, s, Node.ANY, Node.ANY), action));
        }

        public void triples(Store store, Consumer<Triple> action) {
            forEachSubject(store, s -> each(store.dataset().getUnionGraph().find(s, Node.ANY, Node.ANY), action));
        }

        private void forEachSubject(Store store, Consumer<Node> action) {
            DatasetGraph dsg = store.dataset();
            action.accept(topic);
            var papers = dsg.getUnionGraph().find(Node.ANY, Vocab.SUBJECT, topic);
            try {
                while (papers.hasNext()) {
                    Node paper = papers.next().getSubject();
                    if (!dsg.getUnionGraph().contains(paper, Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE)) continue;
                    action.accept(paper);
                    var listings = dsg.getUnionGraph().find(Node.ANY, Vocab.LISTING_OF, paper).mapWith(Triple::getSubject).toList();
                    listings.forEach(action);
                    dsg.getUnionGraph().find(paper, Vocab.HAS_CODE, Node.ANY).mapWith(Triple::getObject).toList().forEach(action);
                }
            } finally {
                Iter.close(papers);
            }
        }
    }

    private static <T> void each(java.util.Iterator<T> it, Consumer<T> action) {
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }
}
