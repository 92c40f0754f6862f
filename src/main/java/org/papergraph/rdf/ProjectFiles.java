package org.papergraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The ontology and shapes shipped in the jar (from {@code ontology/}). Their terms are in papergraph's fixed namespace
 * ({@link Vocab#PG}), so the same files describe data minted under any base.
 */
public final class ProjectFiles {
    private ProjectFiles() {}

    public static Graph ontology() { return read("papergraph.ttl"); }

    public static Graph shapes() { return read("shapes.ttl"); }

    private static Graph read(String name) {
        String resource = "/papergraph/ontology/" + name;
        try (InputStream in = ProjectFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the build: " + resource);
            return RDFParser.source(in).lang(Lang.TURTLE).base(Vocab.PG_ONTOLOGY).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
