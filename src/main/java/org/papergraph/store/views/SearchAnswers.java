package org.papergraph.store.views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.text.TextIndex;
import org.papergraph.store.views.PaperViews.Scored;

/** The questions {@link PaperViews} answers from the search index, in its orders: null where the store has no index. */
final class SearchAnswers {
    private SearchAnswers() {}

    /** The papers of some topics (a topic and those it gathers), newest first, a page of them; null without an index. */
    static List<Node> papersOf(TextIndex text, java.util.Collection<Node> topics, int offset, int limit) {
        try {
            List<String> iris = topics.stream().map(Node::getURI).toList();
            List<Node> found = iris(text.newestOn(iris, (int) Math.min(Integer.MAX_VALUE, (long) offset + limit)));
            return found.subList(Math.min(offset, found.size()), found.size());
        } catch (IllegalStateException noIndex) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The papers sharing most topics with a paper, each topic as kept with its merged spellings; null without an index. */
    static List<Scored> neighbours(DatasetGraph dsg, TextIndex text, TopicTree tree, Node paper, int limit) {
        try {
            Set<Node> kept = new LinkedHashSet<>();
            for (Node t : topics(dsg, paper)) kept.add(tree.canonical(t));
            List<List<String>> spellings = new ArrayList<>();
            for (Node t : kept) spellings.add(tree.spellingsAndSelf(t).stream().map(Node::getURI).toList());
            List<Scored> out = new ArrayList<>();
            for (TextIndex.Neighbour n : text.neighbours(paper.getURI(), spellings, limit))
                out.add(new Scored(NodeFactory.createURI(n.iri()), n.shared()));
            return out;
        } catch (IllegalStateException noIndex) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The papers whose words match, newest first. */
    static List<Node> search(TextIndex text, String words, int n) {
        try {
            return iris(text.newest(words, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paper's topics as the union of the graphs has them. */
    static Search.Found find(TextIndex text, Search.Ask ask) {
        try {
            return text.find(ask);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Search.Marker marker(TextIndex text, String words, java.util.function.UnaryOperator<String> escape, String open, String close) {
        try {
            return text.marker(words, escape, open, close);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paper's topics as the union of the graphs has them. */
    private static Set<Node> topics(DatasetGraph dsg, Node paper) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> topics = new LinkedHashSet<>();
            Iterator<Quad> it = dsg.find(Node.ANY, paper, Vocab.SUBJECT, Node.ANY);
            try {
                it.forEachRemaining(q -> {
                    if (q.getObject().isURI()) topics.add(q.getObject());
                });
            } finally {
                Iter.close(it);
            }
            return topics;
        });
    }

    private static List<Node> iris(List<String> iris) {
        List<Node> out = new ArrayList<>(iris.size());
        for (String iri : iris) out.add(NodeFactory.createURI(iri));
        return out;
    }
}
