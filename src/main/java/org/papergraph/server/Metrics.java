package org.papergraph.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/**
 * The server's metrics, in Micrometer's Prometheus registry (the one Fuseki brings), served at {@code /metrics} with
 * {@code --metrics}: requests by route and status with their latencies (recorded as each request ends, as the
 * access log is), SPARQL queries running and refused by the cap, the store's generation and when it was loaded.
 * Routes are a fixed few, never a path, so the number of series stays bounded whatever clients ask.
 */
final class Metrics implements RequestLog {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Timer> requests = new ConcurrentHashMap<>();
    private final Site site;
    private final MultiGauge generation;

    Metrics(Site site, QueryLimit limit) {
        this.site = site;
        Gauge.builder("papergraph.queries.running", limit, QueryLimit::running).strongReference(true)
                .description("SPARQL queries, Graph Store reads and canned queries running now").register(registry);
        FunctionCounter.builder("papergraph.queries.refused", limit, QueryLimit::refused)
                .description("Queries refused by the cap (503) since the server started").register(registry);
        // Read through the site at each scrape: a reload moves the generation on.
        Gauge.builder("papergraph.store.loaded", site, s -> s.generation().lastModified().toEpochMilli() / 1000.0)
                .strongReference(true).baseUnit("seconds")
                .description("When the store's generation was loaded (its Last-Modified), in seconds since the epoch").register(registry);
        generation = MultiGauge.builder("papergraph.store.generation")
                .description("The store's generation, as its ETags name it: 1 for the one served").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** A request has been answered: its route and status counted, its time recorded. */
    @Override
    public void log(Request request, Response response) {
        String route = route(request.getHttpURI() == null ? null : request.getHttpURI().getCanonicalPath());
        int status = response.getStatus();
        requests.computeIfAbsent(route + " " + status, k -> Timer.builder("papergraph.http.requests")
                        .description("Requests answered, by route and status, and the time they took")
                        .tags("route", route, "status", Integer.toString(status)).register(registry))
                .record(NanoTime.since(request.getBeginNanoTime()), TimeUnit.NANOSECONDS);
    }

    /** The metrics in Prometheus's text format. */
    String scrape() {
        generation.register(List.of(MultiGauge.Row.of(Tags.of("generation", site.generation().tag()), 1)), true);
        return registry.scrape();
    }

    /** The route a path is answered by: one of a fixed few. */
    static String route(String path) {
        if (path == null) return "other";
        return switch (path) {
            case "/" -> "index";
            case "/papers/sparql", "/papers/query", "/sparql", "/sparql/" -> "sparql";
            case "/papers/get", "/papers/data" -> "graph-store";
            case "/papers" -> "dataset";
            case "/context.jsonld" -> "context";
            case "/sitemap.xml" -> "sitemap";
            case "/robots.txt" -> "robots";
            case "/health" -> "health";
            case "/ready" -> "ready";
            case "/metrics" -> "metrics";
            case OpenApiServlet.PATH -> "openapi";
            default -> path.startsWith("/papers/") ? "dataset"
                    : path.equals("/queries") || path.startsWith("/queries/") ? "queries"
                    : path.startsWith("/dumps/") ? "dumps"
                    : path.startsWith(Assets.PATH) ? "assets"
                    : path.startsWith("/.well-known/") ? "void"
                    : "document";
        };
    }
}
