package org.papergraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A person who opens the SPARQL endpoint in a browser, with no query, is sent to the query form on the home page. */
final class QueryForm implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String accept = http.getHeader("Accept");
        if (http.getMethod().equals("GET") && http.getQueryString() == null && accept != null && accept.contains("text/html")) {
            HttpServletResponse out = (HttpServletResponse) resp;
            out.setStatus(303);
            out.setHeader("Location", "/#sparql");
            return;
        }
        chain.doFilter(req, resp);
    }
}
