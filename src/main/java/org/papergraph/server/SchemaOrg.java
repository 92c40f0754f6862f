package org.papergraph.server;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.graph.Node;
import org.papergraph.rdf.Vocab;

/** The schema.org JSON-LD the pages embed for search engines: a paper, a topic, the dataset. */
final class SchemaOrg {
    private SchemaOrg() {}

    static String paper(Site site, Doc doc, List<Node> topics) {
        JsonObject o = thing("ScholarlyArticle", doc.resource().getURI(), doc.text(Vocab.TITLE));
        putIf(o, "datePublished", doc.text(Vocab.DATE));
        putIf(o, "abstract", doc.text(Vocab.ABSTRACT));
        JsonArray authors = new JsonArray();
        for (String name : doc.authors()) {
            JsonObject person = new JsonObject();
            person.put("@type", "Person");
            person.put("name", name);
            authors.add(person);
        }
        if (!authors.isEmpty()) o.put("author", authors);
        putIf(o, "url", doc.text(Vocab.URL));
        if (!doc.text(Vocab.DOI).isEmpty()) o.put("identifier", "https://doi.org/" + doc.text(Vocab.DOI));
        JsonArray about = new JsonArray();
        for (Node t : topics) about.add(thing("DefinedTerm", t.getURI(), site.index().label(t)));
        if (!about.isEmpty()) o.put("about", about);
        JsonArray code = new JsonArray();
        for (Node c : doc.objects(doc.resource(), Vocab.HAS_CODE)) code.add(new JsonString(doc.text(c, Vocab.CODE_REPOSITORY)));
        if (!code.isEmpty()) o.put("codeRepository", code);
        return o.toString();
    }

    static String topic(Site site, Node topic) {
        JsonObject o = thing("DefinedTerm", topic.getURI(), site.index().label(topic));
        o.put("inDefinedTermSet", site.iris.topicScheme().getURI());
        return o.toString();
    }

    static String dataset(Site site, String description) {
        JsonObject o = thing("Dataset", site.iris.dataset().getURI(), "papergraph: curated research-paper lists as linked data");
        o.put("description", description);
        o.put("dateModified", site.generation.lastModified().toString());
        JsonArray keywords = new JsonArray();
        site.index().topicsByCount().stream().limit(10).forEach(t -> keywords.add(new JsonString(site.index().label(t))));
        o.put("keywords", keywords);
        return o.toString();
    }

    private static JsonObject thing(String type, String id, String name) {
        JsonObject o = new JsonObject();
        o.put("@context", "https://schema.org");
        o.put("@type", type);
        o.put("@id", id);
        o.put("name", name);
        return o;
    }

    private static void putIf(JsonObject o, String key, String value) {
        if (!value.isEmpty()) o.put(key, value);
    }
}
