package org.papergraph.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.AsyncRequestLogWriter;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * What every web client expects of a server, around papergraph's routes: CORS ({@link CrossOrigin}), gzip when the
 * client takes it (Jetty's GzipHandler), a request id on every answer ({@link RequestIds}) and its line in the access
 * log ({@link AccessLog}), {@code /robots.txt}, {@code /health} and {@code /ready}, Prometheus metrics at
 * {@code /metrics} when asked ({@link Metrics}), SPARQL GETs revalidated by the store's generation, and HEAD there too
 * ({@link SparqlGets}). None of it writes: a write is refused by its route as before.
 *
 * @param origins the origins allowed to read cross-origin: {@code *} (or none given) for any
 * @param metrics whether to serve {@code /metrics}
 * @param logFormat the access log's format, or null for none
 * @param log where the access log's lines go, or null for standard error (written by a thread of its own)
 */
record WebConventions(List<String> origins, boolean metrics, AccessLog.Format logFormat, RequestLog.Writer log) {

    /** Adds the routes and filters to Fuseki's builder; returns the metrics, when asked for, for {@link #wrap}. */
    Metrics addTo(FusekiServer.Builder fuseki, Site site, QueryLimit limit) {
        SparqlGets gets = new SparqlGets(site);
        fuseki.addFilter(Server.DATASET + "/sparql", gets)
                .addFilter(Server.DATASET + "/query", gets)
                .addFilter("/sparql", gets)
                .addServlet("/robots.txt", new RobotsServlet(site))
                .addServlet("/health", new HealthServlet())
                .addServlet("/ready", new ReadyServlet(site));
        if (!metrics) return null;
        Metrics m = new Metrics(site, limit);
        fuseki.addServlet("/metrics", new MetricsServlet(m));
        return m;
    }

    /**
     * Wraps the servlets' handler: request ids outermost (so that every answer has one), then CORS (a preflight
     * goes no further), then gzip; and logs every request, and counts it when {@code metrics} is given.
     */
    void wrap(org.eclipse.jetty.server.Server jetty, Metrics metrics) {
        GzipHandler gzip = new GzipHandler();
        gzip.addIncludedMethods("HEAD");   // so that HEAD's headers are GET's
        gzip.setHandler(jetty.getHandler());
        CrossOrigin cors = new CrossOrigin(origins);
        cors.setHandler(gzip);
        RequestIds ids = new RequestIds();
        ids.setHandler(cors);
        jetty.setHandler(ids);

        List<RequestLog> logs = new ArrayList<>();
        if (logFormat != null) logs.add(AccessLog.of(logFormat, log != null ? log : new AsyncRequestLogWriter()));
        if (metrics != null) logs.add(metrics);
        if (logs.isEmpty()) return;
        // The logs are beans of the server, so that their writers start and stop with it.
        logs.forEach(jetty::addBean);
        jetty.setRequestLog(logs.size() == 1 ? logs.get(0) : new RequestLog.Collection(logs.toArray(RequestLog[]::new)));
    }
}
