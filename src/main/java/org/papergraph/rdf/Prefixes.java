package org.papergraph.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes papergraph writes and reads its files with; {@code pg:} and the resource prefixes follow the base. */
public final class Prefixes {
    private Prefixes() {}

    public static PrefixMap of(Iris iris) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("rdf", Vocab.RDF);
        pm.add("rdfs", Vocab.RDFS);
        pm.add("xsd", Vocab.XSD);
        pm.add("owl", Vocab.OWL);
        pm.add("dcterms", Vocab.DCTERMS);
        pm.add("skos", Vocab.SKOS);
        pm.add("prov", Vocab.PROV);
        pm.add("fabio", Vocab.FABIO);
        pm.add("prism", Vocab.PRISM);
        pm.add("schema", Vocab.SCHEMA);
        pm.add("pg", iris.ontologyNamespace());
        pm.add("paper", iris.base() + "paper/");
        pm.add("topic", iris.base() + "topic/");
        pm.add("source", iris.base() + "source/");
        return pm;
    }
}
