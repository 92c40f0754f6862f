package org.papergraph.server;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Prefixes;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.SourceRecord;
import org.papergraph.store.Store;
import org.papergraph.store.views.PaperViews;

/**
 * What every page of the server shares: the store, its base, its load generation, and the one mapping between the
 * IRIs minted under the base and the paths they answer at on this server. The server may run elsewhere than the
 * base (data minted for {@code https://papers.example.org/} served on localhost): a path is read against the base,
 * and an IRI under the base is linked by its path, so links stay on the server.
 */
final class Site {
    /** Longest path taken: minted paths are far shorter. */
    static final int MAX_PATH = 1024;
    /** Longest query string carried into a redirect: the server's own take a page number. */
    static final int MAX_QUERY = 2048;
    /** The characters minted paths use (see {@link Iris}): anything else is not one of ours. */
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    final Store store;
    final Iris iris;
    /** The prefixes documents are written with, made once rather than per request. */
    final Map<String, String> prefixes;
    final Describer describer;
    /** Where the server is published, for the absolute URLs of sitemaps and VoID: configured, never the request's Host. */
    final String publicBase;
    /** What the store held at its last load: moved on whole, in one write, after a load in this process. */
    private volatile Loaded loaded;
    private volatile boolean closed;
    private Thread warmUp;

    Site(Store store, String publicBase) {
        this.store = store;
        this.publicBase = publicBase;
        this.iris = store.iris();
        this.prefixes = Prefixes.ordered(iris);
        List<SourceRecord> sources = store.sources();
        this.loaded = new Loaded(sources, Generation.of(sources));
        this.describer = new Describer(this);
        store.views().stopBuildingWhen(this::closed);
    }

    DatasetGraph dataset() { return store.dataset(); }

    /** The store's sources and their generation. */
    private record Loaded(List<SourceRecord> sources, Generation generation) {}

    /** The sources as the catalog had them at the last load. */
    List<SourceRecord> sources() { return loaded.sources(); }

    /** The store's load generation, for every document's ETag and Last-Modified. */
    Generation generation() { return loaded.generation(); }

    /** What the pages ask of the derived data: the store's {@link PaperViews}, whose arrays {@link #warmUp} builds. */
    PaperViews views() { return store.views(); }

    /**
     * Triples in the union graph, as the snapshot the caller reads holds them: the count the store keeps with its data
     * (a lookup), so a reload costs nothing here.
     */
    long triples() { return store.tripleCount(); }

    /**
     * The store was loaded in this process while serving: when its sources changed, the views are built anew and
     * then the site moves to the new generation, so a page carrying the new ETag is made from the new data.
     */
    synchronized void reload() {
        List<SourceRecord> sources = store.sources();
        if (sources.equals(loaded.sources())) return;
        store.renewViews(this::closed);
        loaded = new Loaded(sources, Generation.of(sources));
    }

    /** Builds the index in the background, so the server answers at once and the first page is fast. */
    void warmUp() {
        warmUp = new Thread(() -> {
            try {
                views().warmUp();
                triples(); // a walk only for a store that keeps no count
            } catch (CancellationException stopping) {
                // the server closed first
            }
        }, "papergraph-index");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    boolean closed() { return closed; }

    /** Stops the index being built, so its read transaction ends before the store is closed. */
    void close() {
        closed = true;
        if (warmUp != null) {
            try {
                warmUp.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The IRI a request path names, when the path could be one papergraph minted. */
    Optional<Node> iriOf(String path) {
        if (path.length() > MAX_PATH || !PATH.matcher(path).matches() || path.contains("/../") || path.endsWith("/..")
                || path.contains("/./"))
            return Optional.empty();
        return Optional.of(NodeFactory.createURI(iris.base() + path.substring(1)));
    }

    /**
     * Where a resource's page is: its path on this server for IRIs under the base, papergraph's own terms on this
     * server's copy of the ontology ({@code /ontology#Listing}), else the IRI itself (null for a blank node).
     */
    String href(Node iri) {
        if (!iri.isURI()) return null;
        String s = iri.getURI();
        if (s.startsWith(iris.base())) return "/" + s.substring(iris.base().length());
        if (s.startsWith(Vocab.PG_ONTOLOGY) && (s.length() == Vocab.PG_ONTOLOGY.length() || s.startsWith(Vocab.PG)))
            return "/ontology" + s.substring(Vocab.PG_ONTOLOGY.length());
        return s;
    }

    boolean isLocal(Node iri) { return iri.isURI() && iri.getURI().startsWith(iris.base()); }

    /** The request's path inside the server, still percent-encoded, as it was sent. */
    static String path(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String context = req.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /**
     * Redirects to {@code path}, carrying the request's query string; one too long to repeat into Location (which
     * Jetty's response headers could not hold) is a 400 instead.
     */
    static void redirect(HttpServletRequest req, HttpServletResponse resp, int status, String path) throws IOException {
        String query = req.getQueryString();
        if (query != null && query.length() > MAX_QUERY) {
            resp.sendError(400, "A query string of " + query.length() + " characters; addresses here take at most " + MAX_QUERY);
            return;
        }
        resp.setStatus(status);
        resp.setHeader("Location", query == null ? path : path + "?" + query);
    }
}
