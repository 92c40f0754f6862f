package org.papergraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The ontology and shapes shipped in the jar (from {@code ontology/}). They are written with IRIs relative to the
 * base, so they are read against it: the same files describe data minted under any base.
 */
public final class ProjectFiles {
    private ProjectFiles() {}

    public static Graph ontology(Iris iris) { return read("papergraph.ttl", iris); }

    public static Graph shapes(Iris iris) { return read("shapes.ttl", iris); }

    private static Graph read(String name, Iris iris) {
        String resource = "/papergraph/ontology/" + name;
        try (InputStream in = ProjectFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the build: " + resource);
            return RDFParser.source(in).lang(Lang.TURTLE).base(iris.base()).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
