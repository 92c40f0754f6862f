package org.papergraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The published JSON-LD context ({@code ontology/context.jsonld}), the same for every site ({@code pg:} is papergraph's
 * fixed namespace), and what the writer needs from it: which term names each property and
 * class, and how a term's values are written (as IRIs, as typed strings, always as arrays, in reverse).
 */
public final class JsonLdContext {
    /** How a property is written: its term, and the context's coercion and container for it. */
    record Term(String name, String coercion, boolean set) {}

    private final JsonObject context;
    private final Map<String, Term> properties = new HashMap<>();
    private final Map<String, String> reverse = new HashMap<>();
    private final Map<String, String> classes = new HashMap<>();
    private final Map<String, String> prefixes = new HashMap<>();

    public JsonLdContext() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream("/papergraph/ontology/context.jsonld")) {
            if (in == null) throw new IllegalStateException("missing from the build: ontology/context.jsonld");
            context = Json.createReader(in).readObject().getJsonObject("@context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.forEach((k, v) -> {
            if (v instanceof JsonString s && s.getString().endsWith("/") || v instanceof JsonString t && t.getString().endsWith("#"))
                prefixes.put(k, ((JsonString) v).getString());
        });
        context.forEach((k, v) -> {
            if (k.startsWith("@") || prefixes.containsKey(k)) return;
            if (v instanceof JsonString s) {
                String iri = expand(s.getString());
                if (k.substring(0, 1).equals(k.substring(0, 1).toUpperCase())) classes.put(iri, k);
                else properties.put(iri, new Term(k, null, false));
            } else if (v instanceof JsonObject o) {
                if (o.containsKey("@reverse")) reverse.put(expand(o.getString("@reverse")), k);
                else {
                    String type = o.containsKey("@type") ? o.getString("@type") : null;
                    properties.put(expand(o.getString("@id")), new Term(k, type == null || type.equals("@id") ? type : expand(type),
                            o.containsKey("@container") && o.getString("@container").equals("@set")));
                }
            }
        });
    }

    /** The context as published: {@code {"@context": {...}}}. */
    public JsonObject document() { return Json.createObjectBuilder().add("@context", context).build(); }

    JsonValue contextValue() { return context; }

    Term property(String iri) { return properties.getOrDefault(iri, new Term(compact(iri), null, false)); }

    String reverseTerm(String iri) { return reverse.get(iri); }

    String className(String iri) { return classes.getOrDefault(iri, compact(iri)); }

    /** {@code dcterms:title} for an IRI under a declared prefix, else the IRI. */
    String compact(String iri) {
        for (var e : prefixes.entrySet())
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) return e.getKey() + ":" + iri.substring(e.getValue().length());
        return iri;
    }

    private String expand(String curie) {
        int colon = curie.indexOf(':');
        if (colon > 0 && context.get(curie.substring(0, colon)) instanceof JsonString p) return p.getString() + curie.substring(colon + 1);
        return curie;
    }
}
