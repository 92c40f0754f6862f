package org.papergraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /papers}, the dataset's own address, has no endpoint of its own (Fuseki would answer a 400): a plain GET
 * is sent to the dataset's description, where stock Fuseki would describe the dataset.
 */
final class DatasetAddress implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        boolean read = http.getMethod().equals("GET") || http.getMethod().equals("HEAD");
        if (read && http.getQueryString() == null) {
            HttpServletResponse out = (HttpServletResponse) resp;
            out.setStatus(303);
            out.setHeader("Location", VoidServlet.PATH);
            return;
        }
        chain.doFilter(req, resp);
    }

    /** The dataset's own address, for {@code /openapi.json}. */
    static void describe(ApiPaths api, String path) {
        api.get(path, "The dataset's address: 303 to its description")
                .answers(303, "To " + VoidServlet.PATH + " (Location)");
    }
}
