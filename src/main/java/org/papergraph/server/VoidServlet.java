package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;

/** {@code /.well-known/void}: the dataset's VoID and DCAT description, by content negotiation or by extension. */
final class VoidServlet extends ReadOnlyServlet {
    static final String PATH = "/.well-known/void";
    private final Site site;
    private final ResourcePage page;

    VoidServlet(Site site) {
        this.site = site;
        this.page = new ResourcePage(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Site.path(req);
        Optional<DocFormat> format = path.equals(PATH) ? DocFormat.negotiate(req.getHeader("Accept"))
                : path.startsWith(PATH + ".") ? DocFormat.ofPath(path) : Optional.empty();
        if (format.isEmpty()) {
            resp.sendError(path.equals(PATH) ? 406 : 404);
            return;
        }
        resp.setHeader("Vary", "Accept");
        if (site.generation.notModified(req, resp, "void-" + format.get().extension)) return;
        Graph g = site.describer.withPrefixes(DatasetDescription.of(site, Site.root(req)));
        byte[] body;
        if (format.get() == DocFormat.HTML) {
            body = page.render(new Doc(site.iris.dataset(), g), PATH).getBytes(StandardCharsets.UTF_8);
        } else {
            body = format.get().write(g);
        }
        resp.setContentType(format.get().contentType());
        resp.getOutputStream().write(body);
    }
}
