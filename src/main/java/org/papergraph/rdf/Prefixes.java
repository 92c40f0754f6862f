package org.papergraph.rdf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes papergraph writes and reads its files with; the resource prefixes follow the base, {@code pg:} is fixed. */
public final class Prefixes {
    private Prefixes() {}

    /** In the order they are written. */
    public static Map<String, String> ordered(Iris iris) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rdf", Vocab.RDF);
        m.put("rdfs", Vocab.RDFS);
        m.put("xsd", Vocab.XSD);
        m.put("owl", Vocab.OWL);
        m.put("dcterms", Vocab.DCTERMS);
        m.put("skos", Vocab.SKOS);
        m.put("prov", Vocab.PROV);
        m.put("fabio", Vocab.FABIO);
        m.put("prism", Vocab.PRISM);
        m.put("schema", Vocab.SCHEMA);
        m.put("dcat", Vocab.DCAT);
        m.put("spdx", Vocab.SPDX);
        m.put("void", Vocab.VOID);
        m.put("pg", Vocab.PG);
        m.put("paper", iris.base() + "paper/");
        m.put("topic", iris.base() + "topic/");
        m.put("source", iris.base() + "source/");
        return m;
    }

    public static PrefixMap of(Iris iris) {
        PrefixMap pm = PrefixMapFactory.create();
        ordered(iris).forEach(pm::add);
        return pm;
    }
}
