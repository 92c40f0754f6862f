package org.papergraph.server;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.papergraph.rdf.Iris;

/**
 * A SPARQL query's GET as the web expects it. HEAD answers as GET does, without the body (Fuseki 5.6 refuses it):
 * it reaches Fuseki as a GET, and Jetty sends no body for a HEAD.
 * <p>
 * Validators and {@code Cache-Control} from the store's generation, as the documents have (Fuseki's own
 * {@code no-cache} replaced):
 * the answer to a query in a URL depends on nothing else while the generation lasts, so a client or cache holding it
 * revalidates with a 304 before the query takes a turn or runs. Only where that is so: not for a query calling
 * {@code NOW()}, {@code RAND()} or minting fresh terms, and never on an answer other than a 200 (an error, a refusal
 * by the cap or a timeout passes).
 */
final class SparqlGets implements Filter {
    /** Functions whose answer changes from one run to the next. */
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(NOW|RAND|UUID|STRUUID|BNODE)\\s*\\(");

    private final Site site;

    SparqlGets(Site site) { this.site = site; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) resp;
        if (http.getMethod().equals("HEAD")) http = new AsGet(http);
        req = http;
        boolean read = http.getMethod().equals("GET");
        String query = read ? http.getParameter("query") : null;
        if (query == null || VOLATILE.matcher(query).find()) {
            chain.doFilter(req, resp);
            return;
        }
        // One variant per URL and Accept (gzip is Jetty's GzipHandler's own variant of it).
        String variant = "sparql-" + Iris.hash(http.getQueryString() + "\n" + http.getHeader("Accept"), 16);
        if (site.generation().notModified(http, out, variant, false)) return;
        chain.doFilter(req, new OnlyWhenOk(out));
    }

    /** A HEAD, shown to Fuseki as the GET it mirrors. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest req) { super(req); }

        @Override
        public String getMethod() { return "GET"; }
    }

    /**
     * A response that keeps its validators and papergraph's {@code Cache-Control} (not Fuseki's {@code no-cache})
     * while it is a 200, and drops them, not to be stored, once it is anything else.
     */
    private static final class OnlyWhenOk extends HttpServletResponseWrapper {
        private boolean ok = true;

        OnlyWhenOk(HttpServletResponse resp) { super(resp); }

        @Override
        public void setHeader(String name, String value) {
            if (!(ok && isCaching(name))) super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!(ok && isCaching(name))) super.addHeader(name, value);
        }

        private static boolean isCaching(String name) {
            return name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Pragma") || name.equalsIgnoreCase("Expires");
        }

        @Override
        public void setStatus(int sc) {
            if (sc != SC_OK) uncacheable();
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            uncacheable();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            uncacheable();
            super.sendError(sc);
        }

        private void uncacheable() {
            ok = false;
            setHeader("ETag", null);
            setHeader("Last-Modified", null);
            setHeader("Cache-Control", "no-store");
        }
    }
}
