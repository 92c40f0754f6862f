package org.papergraph.cite;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * CSL-JSON (the Citation Style Language's data, which Zotero, Pandoc and citeproc read): an array of items. An
 * arXiv paper is an {@code article} published by arXiv with its id as number ({@code arXiv:2405.18870}), as Zotero
 * writes a preprint; names are literal, as the lists write them (papergraph does not guess which is the family name).
 * Written with Jakarta JSON, so every string is escaped by the JSON writer.
 */
final class CslJson {
    private CslJson() {}

    static String write(List<CitationFormat.Keyed> citations) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (CitationFormat.Keyed k : citations) {
            Citation c = k.citation();
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", k.key()).add("type", "article").add("title", c.title());
            if (!c.authors().isEmpty()) {
                JsonArrayBuilder names = Json.createArrayBuilder();
                for (String name : c.authors()) names.add(Json.createObjectBuilder().add("literal", name));
                o.add("author", names);
            }
            List<Integer> parts = c.dateParts();
            if (!parts.isEmpty()) {
                JsonArrayBuilder date = Json.createArrayBuilder();
                for (int part : parts) date.add(part);
                o.add("issued", Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder().add(date)));
            }
            if (c.isArxiv()) o.add("publisher", "arXiv").add("number", "arXiv:" + c.arxivId());
            if (!c.venue().isEmpty()) o.add("container-title", c.venue());
            if (!c.doi().isEmpty()) o.add("DOI", c.doi());
            o.add("URL", c.url());
            if (!c.abstractText().isEmpty()) o.add("abstract", c.abstractText());
            items.add(o);
        }
        return items.build().toString();
    }
}
