package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /health}: the process is alive and answering (a liveness probe), as JSON; never cached. */
final class HealthServlet extends ReadOnlyServlet {
    private static final byte[] UP = "{\"status\":\"up\"}\n".getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        write(resp, 200, UP);
    }

    /** A status answer: JSON, never cached (a probe asks for now). */
    static void write(HttpServletResponse resp, int status, byte[] json) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(json.length);
        resp.getOutputStream().write(json);
    }

    @Override
    void describe(ApiPaths api) {
        api.get("/health", "Liveness: the process is up and answering")
                .answers(200, "`{\"status\":\"up\"}`", java.util.List.of("application/json"));
    }
}
