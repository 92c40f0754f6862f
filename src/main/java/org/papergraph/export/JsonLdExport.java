package org.papergraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.papergraph.rdf.Vocab;

/**
 * JSON-LD that reads like the data: one document, its context embedded (so any processor reads it offline), and in
 * its {@code @graph} each paper as an object with its topics, code and listings nested, the shape framing with the
 * published context gives; every other resource (topics, sources, rejected rows) follows as a node of its own, so
 * the document holds every triple of the selection. Written as the store's subjects stream by, a node at a time:
 * memory does not grow with the store. Compaction follows the context's own term definitions.
 */
final class JsonLdExport {
    private final Graph union;
    private final JsonLdContext context;
    private final Map<Node, List<Triple>> nested = new HashMap<>();   // a topic's or a code repository's triples, once looked up

    /** A writer that looks up listings, topics and code in {@code union} (a store's union graph, or a converted file). */
    JsonLdExport(Graph union, JsonLdContext context) {
        this.union = union;
        this.context = context;
    }

    /** Writes the subjects of {@code source}, walked in subject order. */
    void write(Graph source, OutputStream out) {
        write(action -> {
            Iterator<Triple> all = source.find();
            try {
                all.forEachRemaining(action);
            } finally {
                Iter.close(all);
            }
        }, out);
    }

    /** Writes the triples a walk gives, which must come grouped by subject. */
    void write(Consumer<Consumer<Triple>> walk, OutputStream out) {
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out)) {
            json.writeStartObject();
            json.write("@context", context.contextValue());
            json.writeStartArray("@graph");
            List<Triple> about = new ArrayList<>();
            walk.accept(t -> {
                if (!about.isEmpty() && !about.get(0).getSubject().equals(t.getSubject())) {
                    node(json, about);
                    about.clear();
                }
                about.add(t);
            });
            if (!about.isEmpty()) node(json, about);
            json.writeEnd();
            json.writeEnd();
        }
    }

    /** One subject: a paper with what hangs off it; a listing is skipped (its paper holds it); anything else flat. */
    private void node(JsonGenerator json, List<Triple> about) {
        Node s = about.get(0).getSubject();
        boolean paper = about.stream().anyMatch(t -> t.getPredicate().equals(Vocab.TYPE) && t.getObject().equals(Vocab.SCHOLARLY_ARTICLE));
        // A listing whose paper is here is nested in it (a listing's own page, without its paper, has it flat).
        boolean listing = about.stream().anyMatch(t -> t.getPredicate().equals(Vocab.TYPE) && t.getObject().equals(Vocab.LISTING))
                && about.stream().anyMatch(t -> t.getPredicate().equals(Vocab.LISTING_OF) && union.contains(t.getObject(), Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE));
        if (listing || isList(s)) return; // a list: what points at it holds it
        json.writeStartObject();
        properties(json, s, about, null);
        if (paper) {
            List<List<Triple>> listings = new ArrayList<>();
            for (Node l : subjects(Vocab.LISTING_OF, s)) listings.add(union.find(l, null, null).toList());
            if (!listings.isEmpty()) {
                json.writeStartArray(context.reverseTerm(Vocab.LISTING_OF.getURI()));
                for (List<Triple> l : listings) {
                    json.writeStartObject();
                    properties(json, l.get(0).getSubject(), l, Vocab.LISTING_OF);
                    json.writeEnd();
                }
                json.writeEnd();
            }
        }
        json.writeEnd();
    }

    /** The subject's properties, as the context names them; a paper's topics and code as nested nodes. */
    private void properties(JsonGenerator json, Node s, List<Triple> about, Node skip) {
        json.write("@id", id(s));
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        for (Triple t : about) if (!t.getPredicate().equals(skip)) byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        List<Node> types = byPredicate.remove(Vocab.TYPE);
        if (types != null) {
            json.writeStartArray("@type");
            types.forEach(c -> json.write(context.className(c.getURI())));
            json.writeEnd();
        }
        boolean paper = types != null && types.contains(Vocab.SCHOLARLY_ARTICLE);
        byPredicate.forEach((p, values) -> {
            JsonLdContext.Term term = context.property(p.getURI());
            boolean embed = paper && (p.equals(Vocab.SUBJECT) || p.equals(Vocab.HAS_CODE));
            if (p.equals(Vocab.AUTHOR) && values.size() == 1 && isList(values.get(0))) { // "@container": "@list": the names, in order
                json.writeStartArray(term.name());
                GraphList.members(new GNode(union, values.get(0))).forEach(n -> value(json, n, term, false));
                json.writeEnd();
            } else if (p.equals(Vocab.AUTHOR)) { // several lists (or not a list): each as a list object, under the property's IRI
                JsonLdContext.Term plain = new JsonLdContext.Term(context.compact(p.getURI()), null, false);
                json.writeStartArray(plain.name());
                for (Node v : values) {
                    if (!isList(v)) value(json, v, plain, false);
                    else {
                        json.writeStartObject().writeStartArray("@list");
                        GraphList.members(new GNode(union, v)).forEach(n -> value(json, n, plain, false));
                        json.writeEnd().writeEnd();
                    }
                }
                json.writeEnd();
            } else if (values.size() == 1 && !term.set()) value(json.writeKey(term.name()), values.get(0), term, embed);
            else {
                json.writeStartArray(term.name());
                values.forEach(v -> value(json, v, term, embed));
                json.writeEnd();
            }
        });
    }

    private void value(JsonGenerator json, Node o, JsonLdContext.Term term, boolean embed) {
        if (embed && o.isURI()) {
            List<Triple> about = nested.computeIfAbsent(o, n -> union.find(n, null, null).toList());
            json.writeStartObject();
            properties(json, o, about, null);
            json.writeEnd();
        } else if (o.isURI() || o.isBlank()) {
            if ("@id".equals(term.coercion())) json.write(id(o));
            else json.writeStartObject().write("@id", id(o)).writeEnd();
        } else if (o.getLiteralLanguage() != null && !o.getLiteralLanguage().isEmpty()) {
            json.writeStartObject().write("@value", o.getLiteralLexicalForm()).write("@language", o.getLiteralLanguage()).writeEnd();
        } else if (o.getLiteralDatatypeURI().equals(term.coercion()) || o.getLiteralDatatypeURI().equals(Vocab.XSD + "string")) {
            json.write(o.getLiteralLexicalForm());
        } else {
            json.writeStartObject().write("@value", o.getLiteralLexicalForm()).write("@type", context.compact(o.getLiteralDatatypeURI())).writeEnd();
        }
    }

    /** A blank node that heads (or continues) an RDF list: written inside what points at it. */
    private boolean isList(Node n) { return n.isBlank() && union.contains(n, Vocab.FIRST, Node.ANY); }

    private List<Node> subjects(Node p, Node o) { return union.find(null, p, o).mapWith(Triple::getSubject).toList(); }

    private static String id(Node n) { return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI(); }
}
