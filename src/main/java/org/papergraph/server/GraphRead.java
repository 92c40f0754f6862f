package org.papergraph.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.system.Txn;
import org.apache.jena.web.HttpSC;
import org.papergraph.export.Exporter;
import org.papergraph.export.Selection;
import org.papergraph.export.RdfFormat;
import org.papergraph.store.Store;

/**
 * Graph Store Protocol reads ({@code ?default}, {@code ?graph=IRI}, and the whole dataset as quads), streamed.
 * <p>
 * Fuseki 5.6 writes a GSP read with the pretty writers, which gather the graph first: JSON-LD of a 1.66M-quad union
 * took 42 s and GBs of heap before the first byte, outside the cap and the timeout. A GSP read of the whole store
 * is still a legitimate request (the protocol's way to get the data), so rather than refuse or redirect it, it
 * goes through the same streaming writers as {@code /dumps/} and {@code export} (bounded memory, the dump's 4.6 s),
 * under the {@link QueryLimit} and cut off at the query timeout, so it costs what a query may cost.
 */
final class GraphRead extends GSP_R {
    private final Store store;
    private final QueryLimit limit;
    private final Duration timeout;

    GraphRead(Store store, QueryLimit limit, Duration timeout) {
        this.store = store;
        this.limit = limit;
        this.timeout = timeout;
    }

    @Override
    protected void execGetGSP(HttpAction action) {
        ActionLib.setCommonHeaders(action);
        RdfFormat format = format(ActionLib.contentNegotationRDF(action), RdfFormat.TURTLE);
        stream(action, selection(action), format);
    }

    @Override
    protected void execGetQuads(HttpAction action) {
        ActionLib.setCommonHeaders(action);
        stream(action, new Selection.Everything(), format(ActionLib.contentNegotationQuads(action), RdfFormat.TRIG));
    }

    /** HEAD: what GET would answer, headers and all, with no body (Fuseki's own sets no Content-Type). */
    @Override
    protected void execHeadGSP(HttpAction action) {
        ActionLib.setCommonHeaders(action);
        RdfFormat format = format(ActionLib.contentNegotationRDF(action), RdfFormat.TURTLE);
        selection(action);
        succeed(action, format);
    }

    @Override
    protected void execHeadQuads(HttpAction action) {
        ActionLib.setCommonHeaders(action);
        succeed(action, format(ActionLib.contentNegotationQuads(action), RdfFormat.TRIG));
    }

    /** What {@code ?default}, {@code ?graph=union} or {@code ?graph=IRI} selects; 404 for a graph not in the store. */
    private Selection selection(HttpAction action) {
        String graph = action.getRequestParameter("graph");
        if (graph == null || graph.equals("union") || graph.equals("default"))
            return new Selection.Everything();   // the union is the default graph (DefaultIsUnion)
        Node g = NodeFactory.createURI(graph);
        if (!Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(g)))
            ServletOps.errorNotFound("No such graph: <" + graph + ">");
        return new Selection.OneGraph(g);
    }

    private static void succeed(HttpAction action, RdfFormat format) {
        ServletOps.success(action);
        action.setResponseContentType(format.mediaType());
        action.setResponseCharacterEncoding("utf-8");
    }

    /** The registry's format {@code asked} names (JSON-LD is papergraph's framed JSON-LD, as in the dumps). */
    private static RdfFormat format(MediaType asked, RdfFormat otherwise) {
        if (asked == null) return otherwise;
        Optional<RdfFormat> known = RdfFormat.byMediaType(asked.getContentTypeStr());
        if (known.isPresent()) return known.get();
        Lang lang = RDFLanguages.contentTypeToLang(asked.getContentTypeStr());
        if (lang == null) return otherwise;
        for (RdfFormat f : RdfFormat.values()) if (RDFLanguages.sameLang(f.lang(), lang)) return f;
        ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "Graphs here are " + String.join(", ",
                Arrays.stream(RdfFormat.values()).map(RdfFormat::mediaType).toList()) + ", not " + asked);
        return otherwise;
    }

    private void stream(HttpAction action, Selection selection, RdfFormat format) {
        try (QueryLimit.Turn t = limit.enter(action)) {
            succeed(action, format);
            Exporter.write(store, selection, format, new Deadline(action.getResponseOutputStream(), System.nanoTime() + timeout.toNanos()));
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause())
                if (c instanceof Deadline.Passed) throw new QueryCancelledException();
            throw e;
        }
    }

    /** The response, refused once the timeout has passed: a read of the store costs no more than a query may. */
    private static final class Deadline extends FilterOutputStream {
        static final class Passed extends IOException {
            Passed() { super("the graph took longer than the query timeout to send"); }

            @Override
            public synchronized Throwable fillInStackTrace() { return this; }
        }

        private final long deadline;

        Deadline(OutputStream out, long deadline) {
            super(out);
            this.deadline = deadline;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (System.nanoTime() > deadline) throw new Passed();
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }
    }
}
