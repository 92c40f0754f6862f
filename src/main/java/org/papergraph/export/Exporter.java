package org.papergraph.export;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.papergraph.store.Store;

/**
 * Dumps a selection of the store in any format, in one read transaction. Turtle, N-Triples, N-Quads and TriG stream
 * from the indexes; RDF/XML is written from the store's own graph view (looked up as it goes, not copied); JSON-LD
 * is written paper by paper, framed against the published context ({@link JsonLdExport}). The server's per-resource
 * JSON-LD documents are written by the same code ({@link #writeJsonLd}).
 */
public final class Exporter {
    private Exporter() {}

    public static void write(Store store, Selection selection, RdfFormat format, OutputStream out) {
        Txn.executeRead(store.dataset(), () -> {
            if (format == RdfFormat.JSONLD) {
                Graph union = store.dataset().getUnionGraph();
                JsonLdExport json = new JsonLdExport(union, CONTEXT);
                if (selection instanceof Selection.Everything) json.write(action -> selection.triples(store, action), out);
                else json.write(graphOf(store, selection), out);
            } else if (format.streams()) {
                StreamRDF w = RdfOutput.open(format, out, store.iris());
                w.start();
                if (format.keepsGraphs()) selection.quads(store, w::quad);
                else selection.triples(store, w::triple);
                w.finish();
            } else {
                RDFWriter.source(graphOf(store, selection)).format(format.jena()).output(out);
            }
        });
    }

    /** A graph (a converted file, say) as papergraph's JSON-LD: framed papers, the context embedded. */
    public static void writeJsonLd(Graph graph, OutputStream out) {
        new JsonLdExport(graph, CONTEXT).write(graph, out);
    }

    /** The published context, the same for every site: read once (the server writes a resource's JSON-LD per request). */
    private static final JsonLdContext CONTEXT = new JsonLdContext();

    /** The graph to write in a format that needs random access: the store's view where there is one. */
    private static Graph graphOf(Store store, Selection selection) {
        if (selection instanceof Selection.Everything) return store.dataset().getUnionGraph();   // RDF/XML looks up by subject
        if (selection instanceof Selection.OneGraph g) return store.dataset().getGraph(g.graph());
        // A topic's papers: small enough to gather, and gathered they walk in subject order.
        Graph small = GraphFactory.createDefaultGraph();
        selection.triples(store, small::add);
        return small;
    }
}
