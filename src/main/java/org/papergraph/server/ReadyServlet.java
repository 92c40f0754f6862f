package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /ready}: whether to send this server traffic (a readiness probe), as JSON: 200 once the store is open and
 * the pages' in-memory index is built (pages are fast), else 503 while it is built or the server closes.
 */
final class ReadyServlet extends ReadOnlyServlet {
    private final Site site;

    ReadyServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean ready = !site.closed() && site.views().warm();
        Generation generation = site.generation();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("status", ready ? "ready" : site.closed() ? "closing" : "starting")
                .add("indexes", ready ? "built" : "building")
                .add("generation", generation.tag())
                .add("loaded", generation.lastModified().toString());
        if (!ready) resp.setHeader("Retry-After", "5");
        HealthServlet.write(resp, ready ? 200 : 503, (json.build() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    void describe(ApiPaths api) {
        api.get("/ready", "Readiness: the store is open and the pages' index is built")
                .answers(200, "Ready: status, indexes, the load's generation and time", java.util.List.of("application/json"))
                .answers(503, "Not yet (starting: the index is being built), or closing; Retry-After", java.util.List.of("application/json"));
    }
}
