package org.papergraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.papergraph.Setup;
import org.papergraph.store.Store;

/**
 * papergraph's HTTP server: an embedded Fuseki answering SPARQL over the store, read-only, and beside it the
 * linked-data documents of every IRI minted under the store's base, one servlet per URL role (as Pubby did).
 * <p>
 * Safe by default: only query and Graph Store read operations exist (no update, upload or admin endpoints);
 * SERVICE is off; queries time out, and at most a few run at once, since Jena 5.6 may fail to cancel some queries
 * at their timeout; Jetty's thread pool is bounded.
 */
public final class Server implements AutoCloseable {
    public static final String DATASET = "/papers";
    /** Fuseki 5.6 gives every response a 5 MiB output buffer the pool does not keep (apache/jena#4084). */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    /** How long a query over the cap waits for a turn before its 503. */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(2);

    static {
        Setup.init();
    }

    private final FusekiServer fuseki;
    private final Site site;
    private final Path dumps;
    private final QueryLimit limit;

    private Server(FusekiServer fuseki, Site site, Path dumps, QueryLimit limit) {
        this.fuseki = fuseki;
        this.site = site;
        this.dumps = dumps;
        this.limit = limit;
    }

    public static Builder builder(Store store) { return new Builder(store); }

    public Server start() {
        fuseki.start();
        site.warmUp();
        return this;
    }

    public int port() { return fuseki.getHttpPort(); }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String host = ((ServerConnector) fuseki.getJettyServer().getConnectors()[0]).getHost();
        String shown = host == null || host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    /** The Jetty server underneath, for checks of its configuration. */
    org.eclipse.jetty.server.Server jetty() { return fuseki.getJettyServer(); }

    public void join() { fuseki.join(); }

    /**
     * Tells the server its store was loaded in this process (a live reload): the pages, dumps, sitemap and VoID
     * move on to the new generation once the views of the new data are built; until then they answer as before.
     */
    public void reloaded() { site.reload(); }

    /** Stops the server and removes the dumps it wrote (the store is the caller's to close). */
    @Override
    public void close() {
        fuseki.stop();
        limit.close();
        site.close();
        try (var files = Files.list(dumps)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: the folder is in the system's temp space
        }
        dumps.toFile().delete();
    }

    /** Where this server writes its dumps: a temporary folder of its own. */
    private static Path dumpsFolder() {
        try {
            return Files.createTempDirectory("papergraph-dumps-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Builder {
        private final Store store;
        private int port = 3030;
        private String host = "127.0.0.1";
        private Duration timeout = Duration.ofSeconds(10);
        private int maxThreads = 64;
        private int maxQueries = 4;
        private int maxQueryBytes = 64 * 1024;
        private String publicBase;
        private List<String> corsOrigins = List.of(CrossOrigin.ANY);
        private boolean metrics;
        private AccessLog.Format logFormat;
        private Consumer<String> logTo;

        private Builder(Store store) { this.store = store; }

        /** The port; 0 picks a free one. */
        public Builder port(int port) { this.port = port; return this; }

        /** The address to listen on: 127.0.0.1 (default) for this machine only, 0.0.0.0 for every interface. */
        public Builder host(String host) { this.host = host; return this; }

        /** How long a SPARQL query may run before it is cancelled (503). */
        public Builder timeout(Duration timeout) { this.timeout = timeout; return this; }

        /** The most threads Jetty may use for requests. */
        public Builder maxThreads(int maxThreads) { this.maxThreads = maxThreads; return this; }

        /** The most SPARQL queries run at once; more wait up to two seconds for a turn, then get 503. */
        public Builder maxQueries(int maxQueries) { this.maxQueries = maxQueries; return this; }

        /** The longest query text accepted, in bytes; longer ones are refused (413, or 414 in a URL) before any work. */
        public Builder maxQueryBytes(int maxQueryBytes) { this.maxQueryBytes = maxQueryBytes; return this; }

        /**
         * The absolute URL the server is published at (default: the store's base), for the sitemap's and VoID's
         * links; never the request's Host, since those answers are cached publicly.
         */
        public Builder publicBase(String url) {
            this.publicBase = publicBaseOf(url);
            return this;
        }

        /** The origins whose scripts may read the answers ({@code scheme://host[:port]} each), or {@code *} (default) for any. */
        public Builder corsOrigins(List<String> origins) {
            this.corsOrigins = origins.stream().map(Builder::originOf).toList();
            return this;
        }

        /** An origin as {@link #corsOrigins} takes it: {@code *}, or a scheme and host with no path; refused otherwise. */
        public static String originOf(String origin) { return CrossOrigin.originOf(origin); }

        /** Serve Prometheus metrics at {@code /metrics} (off by default). */
        public Builder metrics(boolean metrics) { this.metrics = metrics; return this; }

        /**
         * Log a line per request in {@code format}, each handed to {@code lines}, or written to standard error by a
         * thread of its own when {@code lines} is null (off by default, and when {@code format} is null).
         */
        public Builder accessLog(AccessLog.Format format, Consumer<String> lines) {
            this.logFormat = format;
            this.logTo = lines;
            return this;
        }

        /** A public base as {@link #publicBase} takes it, ending in a slash; refused unless an absolute http(s) URL. */
        public static String publicBaseOf(String url) {
            URI u;
            try {
                u = new URI(url.endsWith("/") ? url : url + "/");
            } catch (URISyntaxException e) {
                u = URI.create("invalid:");
            }
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null)
                throw new IllegalArgumentException(url + " is not an absolute http(s) URL");
            return u.toString();
        }

        public Server build() {
            DatasetGraph dsg = store.dataset();
            // No query may call out to other endpoints: off globally (Setup) and in the dataset's own context.
            dsg.getContext().set(ARQ.httpServiceAllowed, false);
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            LinearRegex.install(dsg.getContext());

            DataService papers = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql").addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get").addEndpoint(Operation.GSP_R, "data")
                    .build();
            // "/sparql": the same endpoint at a short address (a dataset whose own URL answers queries).
            DataService alias = DataService.newBuilder(dsg).addEndpoint(Operation.Query).build();

            Site site = new Site(store, publicBase == null ? store.iris().base() : publicBase);
            Assets assets = new Assets();
            // The editor for browsers at /sparql, when the build brought its assets (not with -Dweb.skip).
            EditorPage editor = assets.available() ? new EditorPage(site, assets) : null;
            QueriesServlet queries = new QueriesServlet(site, timeout);
            FeedServlet feeds = new FeedServlet(site);
            Path dumps = dumpsFolder();
            // A queued query waits no longer than half what it may run, so a short timeout keeps short queues.
            Duration wait = timeout.dividedBy(2).compareTo(QUEUE_WAIT) < 0 ? timeout.dividedBy(2) : QUEUE_WAIT;
            QueryLimit limit = new QueryLimit(maxQueries, wait, timeout);
            QuerySize size = new QuerySize(maxQueryBytes);
            FusekiServer.Builder builder = FusekiServer.create()
                    .fusekiModules(FusekiModules.create())
                    .port(port)
                    .numServerThreads(Math.min(8, maxThreads), maxThreads)
                    // The cap is taken by the operations, so every address Fuseki dispatches to one is capped.
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new SparqlQuery(limit))
                    .registerOperation(Operation.GSP_R, new GraphRead(store, limit, timeout))
                    .add(DATASET, papers)
                    .add("/sparql", alias)
                    .addFilter("/*", size)
                    .addFilter(DATASET, new DatasetAddress())
                    .addFilter(DATASET + "/sparql", new EndpointAddress(site, null))
                    .addFilter(DATASET + "/query", new EndpointAddress(site, null))
                    .addFilter("/sparql", new EndpointAddress(site, editor))
                    .addFilter("/queries/*", limit)
                    .addFilter(DATASET + "/get", new DefaultIsUnion())
                    .addFilter(DATASET + "/data", new DefaultIsUnion())
                    .addFilter("/topic/*", new FeedAddresses(feeds))
                    .addFilter("/source/*", new FeedAddresses(feeds))
                    .addServlet("", new IndexServlet(site))
                    .addServlet("/.well-known/*", new VoidServlet(site))
                    .addServlet("/sitemap.xml", new SitemapServlet(site))
                    .addServlet("/" + FeedServlet.FILE, feeds)
                    .addServlet(ChangesServlet.PATH, new ChangesServlet(site))
                    .addServlet("/context.jsonld", new ContextServlet(site))
                    .addServlet(OpenApiServlet.PATH, new OpenApiServlet(site))
                    .addServlet(Assets.PATH + "*", assets)
                    .addServlet("/dumps/*", new DumpsServlet(site, dumps))
                    .addServlet("/queries", queries)
                    .addServlet("/queries/*", queries)
                    .addServlet(SuggestServlet.PATH, new SuggestServlet(site))
                    .addServlet(SuggestScriptServlet.PATH, new SuggestScriptServlet(site))
                    .addServlet(org.papergraph.server.html.Html.OPENSEARCH, new OpenSearchServlet(site))
                    .addServlet("/*", new LinkedDataServlet(site));
            SearchServlet search = new SearchServlet(site);
            for (String path : SearchServlet.paths()) builder.addServlet(path, search);
            WebConventions web = new WebConventions(corsOrigins, metrics, logFormat, logTo == null ? null : logTo::accept);
            Metrics measured = web.addTo(builder, site, limit);
            FusekiServer fuseki = builder.build();
            // Every sendError answers papergraph's way, in the servlets' context and outside it alike.
            ErrorAnswer errors = new ErrorAnswer();
            fuseki.getJettyServer().setErrorHandler(errors);
            ServletContextHandler context = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
            context.setErrorHandler(errors);
            context.setMaxFormContentSize(size.maxEncoded());
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(host);
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http == null) continue;
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            }
            web.wrap(fuseki.getJettyServer(), measured);
            return new Server(fuseki, site, dumps, limit);
        }
    }
}
