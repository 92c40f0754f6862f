package org.papergraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.papergraph.rdf.Vocab;

/** A resource's document as the pages read it: the resource, and values looked up in the described graph. */
record Doc(Node resource, Graph graph) {

    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p, null).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        graph.find(null, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    /** The first value's text (a literal's lexical form, an IRI's string), or "" when there is none. */
    String text(Node s, Node p) {
        var it = graph.find(s, p, null);
        if (!it.hasNext()) return "";
        Node o = it.next().getObject();
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : "";
    }

    String text(Node p) { return text(resource, p); }

    /** The resource's authors, in order (the first list of them the document has), or none. */
    List<String> authors() {
        var it = graph.find(resource, Vocab.AUTHOR, null);
        if (!it.hasNext()) return List.of();
        Node list = it.next().getObject();
        List<String> names = new ArrayList<>();
        if (list.isBlank()) for (Node n : GraphList.members(new GNode(graph, list))) if (n.isLiteral()) names.add(n.getLiteralLexicalForm());
        return names;
    }

    boolean is(Node type) { return graph.contains(resource, Vocab.TYPE, type); }

    /** A name for any node the document mentions: its title or label, else the last part of its IRI. */
    String label(Node n) {
        for (Node p : new Node[] {Vocab.TITLE, Vocab.PREF_LABEL}) {
            String t = text(n, p);
            if (!t.isEmpty()) return t;
        }
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        String s = n.getURI();
        String local = s.replaceAll("^.*[/#]", "");
        return local.isEmpty() ? s : local;
    }

    List<Triple> about(Node s) {
        List<Triple> out = new ArrayList<>();
        graph.find(s, null, null).forEachRemaining(out::add);
        out.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        return out;
    }
}
