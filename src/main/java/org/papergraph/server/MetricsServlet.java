package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /metrics} (only with {@code --metrics}): the {@link Metrics} for Prometheus to scrape, never cached. */
final class MetricsServlet extends ReadOnlyServlet {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final Metrics metrics;

    MetricsServlet(Metrics metrics) { this.metrics = metrics; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        resp.setContentType(CONTENT_TYPE);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    @Override
    void describe(ApiPaths api) {
        api.get("/metrics", "Prometheus metrics (only when the server runs with metrics on)")
                .answers(200, "The metrics, in Prometheus' text format", java.util.List.of("text/plain"));
    }
}
