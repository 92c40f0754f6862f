package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.system.Txn;

/** {@code /}: the home page. The dataset's description links from it (and from every page's footer). */
final class IndexServlet extends ReadOnlyServlet {
    private final Site site;
    private final IndexPage page;

    IndexServlet(Site site) {
        this.site = site;
        this.page = new IndexPage(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Link", "</.well-known/void>; rel=\"describedby\"; type=\"text/turtle\", " + OpenApiServlet.LINK);
        if (site.generation().notModified(req, resp, "index")) return;
        byte[] body = Txn.calculateRead(site.dataset(), page::render).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    @Override
    void describe(ApiPaths api) {
        api.get("/", "The home page: topics, the latest papers, the sources, and links to the data")
                .answers(200, "The page", List.of("text/html"))
                .revalidated();
    }
}
