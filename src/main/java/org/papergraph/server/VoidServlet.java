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
        resp.addHeader("Vary", "Accept");   // added: CORS may vary it by Origin too
        if (path.equals(PATH + "/")) {
            Site.redirect(req, resp, 301, PATH);
            return;
        }
        boolean negotiated = path.equals(PATH);
        Optional<DocFormat> format = negotiated ? DocFormat.negotiate(req.getHeader("Accept"))
                : path.startsWith(PATH + ".") ? DocFormat.ofPath(path).filter(f -> path.equals(PATH + "." + f.extension)) : Optional.empty();
        if (format.isEmpty()) {
            if (negotiated) resp.sendError(406, "The dataset's description is " + DocFormat.mediaTypes());
            else resp.sendError(404, "The dataset's description is at " + PATH + " (or " + PATH + ".ttl and the like)");
            return;
        }
        if (negotiated) resp.setHeader("Content-Location", PATH + "." + format.get().extension);
        if (site.generation().notModified(req, resp, "void-" + format.get().extension)) return;
        Graph g = site.describer.withPrefixes(DatasetDescription.of(site));
        byte[] body;
        if (format.get() == DocFormat.HTML) {
            body = page.render(new Doc(site.iris.dataset(), g), PATH).getBytes(StandardCharsets.UTF_8);
        } else {
            body = format.get().write(g, site.iris);
        }
        resp.setContentType(format.get().contentType());
        resp.getOutputStream().write(body);
    }

    @Override
    void describe(ApiPaths api) {
        api.get(PATH, "The dataset's description (VoID and DCAT): size, endpoint, dumps, vocabularies")
                .answers(200, "The description, in the format accepted", SparqlApi.documentTypes())
                .answers(301, "To the address without a trailing slash")
                .revalidated()
                .answers(406, "None of the media types accepted is offered");
        api.get(PATH + ".{ext}", "The dataset's description in the format its extension names")
                .pathParam("ext", ApiPaths.oneOf(DocFormat.ALL.stream().map(f -> f.extension).toList()), "The format's extension")
                .answers(200, "The description", SparqlApi.documentTypes())
                .revalidated()
                .answers(404, "No such format");
    }
}
