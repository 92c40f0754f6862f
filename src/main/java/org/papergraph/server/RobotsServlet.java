package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /robots.txt}: crawlers are welcome to the pages (the sitemap lists them), and kept off what is for programs:
 * the SPARQL and Graph Store endpoints, and the canned queries' parameters and the searches (endless combinations
 * of one answer).
 * The sitemap's URL is under the public base, as the sitemap's own are.
 */
final class RobotsServlet extends ReadOnlyServlet {
    private final Site site;
    private final byte[] body;

    RobotsServlet(Site site) {
        this.site = site;
        this.body = text(site.publicBase).getBytes(StandardCharsets.UTF_8);
    }

    static String text(String publicBase) {
        return "User-agent: *\n"
                + "Disallow: " + Server.DATASET + "/\n"
                + "Disallow: /sparql\n"
                + "Disallow: /queries/*?\n"
                + "Disallow: /search\n"
                + "\n"
                + "Sitemap: " + publicBase + "sitemap.xml\n";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (site.generation().notModified(req, resp, "robots")) return;
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    @Override
    void describe(ApiPaths api) {
        api.get("/robots.txt", "What crawlers may read, and where the sitemap is")
                .answers(200, "The rules", java.util.List.of("text/plain"))
                .revalidated();
    }
}
