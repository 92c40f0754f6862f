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
 * (Turtle, JSON-LD, N-Triples, RDF/XML, or a page for a browser, whose header links the query form); anything with a query
 * string, and every other method, goes on to Fuseki's read-only query operation as before.
 */
final class EndpointAddress implements Filter {
    private final Site site;
    private final ResourcePage page;

    EndpointAddress(Site site) {
        this.site = site;
        this.page = new ResourcePage(site);
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
        if (site.generation().notModified(http, out, "sd-" + format.get().extension)) return;
        Graph g = site.describer.withPrefixes(ServiceDescription.of(site));
        g.getPrefixMapping().setNsPrefix("sd", ServiceDescription.SD);
        byte[] body = format.get() == DocFormat.HTML
                ? page.render(new Doc(ServiceDescription.service(site), g), Site.path(http), false).getBytes(StandardCharsets.UTF_8)
                : format.get().write(g, site.iris);
        out.setContentType(format.get().contentType());
        out.setContentLength(body.length);
        if (http.getMethod().equals("GET")) out.getOutputStream().write(body);
    }
}
