package org.papergraph.server;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.apache.jena.graph.Node;
import org.papergraph.rdf.Vocab;

/** The schema.org JSON-LD the pages embed for search engines: a paper, a topic, the dataset. */
final class SchemaOrg {
    private SchemaOrg() {}

    static String paper(Site site, Doc doc, List<Node> topics) {
        JsonObjectBuilder o = thing("ScholarlyArticle", doc.resource().getURI(), doc.text(Vocab.TITLE));
        putIf(o, "datePublished", doc.text(Vocab.DATE));
        putIf(o, "abstract", doc.text(Vocab.ABSTRACT));
        JsonArrayBuilder authors = Json.createArrayBuilder();
        for (String name : doc.authors()) authors.add(Json.createObjectBuilder().add("@type", "Person").add("name", name));
        putIf(o, "author", authors.build());
        putIf(o, "url", doc.text(Vocab.URL));
        if (!doc.text(Vocab.DOI).isEmpty()) o.add("identifier", "https://doi.org/" + doc.text(Vocab.DOI));
        JsonArrayBuilder about = Json.createArrayBuilder();
        for (Node t : topics) about.add(thing("DefinedTerm", t.getURI(), site.views().label(t)));
        putIf(o, "about", about.build());
        JsonArrayBuilder code = Json.createArrayBuilder();
        for (Node c : doc.objects(doc.resource(), Vocab.HAS_CODE)) code.add(doc.text(c, Vocab.CODE_REPOSITORY));
        putIf(o, "codeRepository", code.build());
        return o.build().toString();
    }

    /** A topic, with its other spellings ({@code skos:altLabel}) as its alternate names. */
    static String topic(Site site, Node topic, List<String> spellings) {
        JsonObjectBuilder o = thing("DefinedTerm", topic.getURI(), site.views().label(topic));
        JsonArrayBuilder names = Json.createArrayBuilder();
        spellings.forEach(names::add);
        putIf(o, "alternateName", names.build());
        o.add("inDefinedTermSet", site.iris.topicScheme().getURI());
        return o.build().toString();
    }

    static String dataset(Site site, String description) {
        JsonObjectBuilder o = thing("Dataset", site.iris.dataset().getURI(), "papergraph: curated research-paper lists as linked data");
        o.add("description", description);
        o.add("dateModified", site.generation().lastModified().toString());
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        site.views().topicsByCount().stream().limit(10).forEach(t -> keywords.add(site.views().label(t)));
        o.add("keywords", keywords);
        return o.build().toString();
    }

    private static JsonObjectBuilder thing(String type, String id, String name) {
        return Json.createObjectBuilder().add("@context", "https://schema.org").add("@type", type).add("@id", id).add("name", name);
    }

    private static void putIf(JsonObjectBuilder o, String key, String value) {
        if (!value.isEmpty()) o.add(key, value);
    }

    private static void putIf(JsonObjectBuilder o, String key, JsonArray values) {
        if (!values.isEmpty()) o.add(key, values);
    }
}
