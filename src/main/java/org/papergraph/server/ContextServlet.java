package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.papergraph.export.JsonLdContext;

/**
 * {@code /context.jsonld}: the JSON-LD context the dumps and documents are compacted against, for this base. JSON-LD
 * processors in browsers fetch it cross-origin: {@link CrossOrigin} lets them, as it does every route.
 */
final class ContextServlet extends ReadOnlyServlet {
    private final Site site;
    private final byte[] body;

    ContextServlet(Site site) {
        this.site = site;
        this.body = new JsonLdContext().document().toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (site.generation().notModified(req, resp, "context")) return;
        resp.setContentType("application/ld+json");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    @Override
    void describe(ApiPaths api) {
        api.get("/context.jsonld", "The JSON-LD context the documents and dumps are compacted against")
                .answers(200, "The context", List.of("application/ld+json"))
                .revalidated();
    }
}
