package org.papergraph.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The Graph Store Protocol's default graph is the union of the sources' graphs, as it is for SPARQL: a GET of
 * {@code ?default} reads Fuseki's {@code ?graph=union} (TDB2's own default graph is empty: every triple is in a
 * source's graph).
 */
final class DefaultIsUnion implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        boolean asksDefault = http.getParameter("default") != null || "default".equals(http.getParameter("graph"));
        chain.doFilter(asksDefault ? new Union(http) : req, resp);
    }

    private static final class Union extends HttpServletRequestWrapper {
        Union(HttpServletRequest req) { super(req); }

        @Override
        public String getParameter(String name) {
            return name.equals("graph") ? "union" : name.equals("default") ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            String v = getParameter(name);
            return v == null ? null : new String[] {v};
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of("graph", new String[] {"union"});
        }

        @Override
        public Enumeration<String> getParameterNames() { return Collections.enumeration(List.of("graph")); }

        @Override
        public String getQueryString() { return "graph=union"; }
    }
}
