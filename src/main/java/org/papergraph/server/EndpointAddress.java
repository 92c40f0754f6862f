package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;

/**
 * The SPARQL endpoint's address with no query: a GET or HEAD answers its {@link ServiceDescription} by Accept
 * (Turtle, JSON-LD, N-Triples, RDF/XML, or a page for a browser, whose header links the SPARQL editor), or, at an address
 * given an {@link EditorPage}, a browser gets the editor instead; anything with a query string, and every other method,
 * goes on to Fuseki's read-only query operation as before.
 */
final class EndpointAddress implements Filter {
    private final Site site;
    private final ResourcePage page;
    private final EditorPage editor;

    /** {@code editor}: what a browser gets here, or null for the description's page. */
    EndpointAddress(Site site, EditorPage editor) {
        this.site = site;
        this.page = new ResourcePage(site);
        this.editor = editor;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        boolean read = http.getMethod().equals("GET") || http.getMethod().equals("HEAD");
        if (!read || http.getQueryString() != null) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) resp;
        out.addHeader("Vary", "Accept");
        Optional<DocFormat> format = DocFormat.negotiate(http.getHeader("Accept"));
        if (format.isEmpty()) {
            out.sendError(406, "The endpoint's description is " + DocFormat.mediaTypes() + "; a query is ?query=");
            return;
        }
        if (format.get() == DocFormat.HTML && editor != null) {
            if (site.generation().notModified(http, out, "editor")) return;
            out.setHeader("Content-Security-Policy", EditorPage.POLICY);
            send(http, out, format.get(), editor.html().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (site.generation().notModified(http, out, "sd-" + format.get().extension)) return;
        Graph g = site.describer.withPrefixes(ServiceDescription.of(site));
        g.getPrefixMapping().setNsPrefix("sd", ServiceDescription.SD);
        byte[] body = format.get() == DocFormat.HTML
                ? page.render(new Doc(ServiceDescription.service(site), g), Site.path(http), false).getBytes(StandardCharsets.UTF_8)
                : format.get().write(g, site.iris);
        send(http, out, format.get(), body);
    }

    private static void send(HttpServletRequest http, HttpServletResponse out, DocFormat format, byte[] body) throws IOException {
        out.setContentType(format.contentType());
        out.setContentLength(body.length);
        if (http.getMethod().equals("GET")) out.getOutputStream().write(body);
    }
}
