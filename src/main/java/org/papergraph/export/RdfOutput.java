package org.papergraph.export;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Prefixes;

/**
 * A StreamRDF that writes quads in a chosen format. Streaming formats write as quads arrive; JSON-LD and RDF/XML
 * need the whole graph, which is gathered in memory and written at {@code finish()}. Triple formats write the
 * union of the graphs.
 */
public final class RdfOutput {
    private RdfOutput() {}

    public static StreamRDF open(RdfFormat format, OutputStream out, Iris iris) {
        Map<String, String> prefixes = Prefixes.ordered(iris);
        if (format.streams()) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.jena());
            StreamRDF target = format.keepsGraphs() ? writer : triplesOnly(writer);
            return withPrefixes(target, prefixes);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        prefixes.forEach((p, uri) -> graph.getPrefixMapping().setNsPrefix(p, uri));
        return triplesOnly(new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override
            public void finish() {
                super.finish();
                // JSON-LD is papergraph's own framed shape, written as the export writes it.
                if (format == RdfFormat.JSONLD) Exporter.writeJsonLd(graph, out);
                else RDFWriter.source(graph).format(format.jena()).output(out);
            }
        });
    }

    /** Drops graph names: what triple formats write is the union of the source graphs. */
    public static StreamRDF triplesOnly(StreamRDF dest) {
        return new StreamRDFWrapper(dest) {
            @Override
            public void quad(Quad quad) { triple(quad.asTriple()); }
        };
    }

    private static StreamRDF withPrefixes(StreamRDF dest, Map<String, String> prefixes) {
        return new StreamRDFWrapper(dest) {
            @Override
            public void start() {
                super.start();
                prefixes.forEach(this::prefix);
            }
        };
    }
}
