package org.papergraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.papergraph.query.CannedQuery;
import org.papergraph.query.QueryCatalog;
import org.papergraph.query.ResultFormat;

/**
 * {@code /queries}: the canned queries, listed (HTML or JSON); {@code /queries/{name}?param=value} runs one, its
 * parameters bound as RDF terms, its answer by content negotiation (or {@code ?format=}): an HTML table linking
 * every IRI to its page, or a SPARQL results format. Queries here are capped like the endpoint's, and time out
 * by the same setting (the store's context carries it).
 */
final class QueriesServlet extends ReadOnlyServlet {
    private static final AcceptList OFFERS = AcceptList.create("text/html", "application/sparql-results+json",
            "application/json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values", "text/turtle");

    private final Site site;
    private final Duration timeout;
    private final QueryTable table;

    QueriesServlet(Site site, Duration timeout) {
        this.site = site;
        this.timeout = timeout;
        this.table = new QueryTable(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Site.path(req);
        String name = path.equals("/queries") || path.equals("/queries/") ? null : path.substring("/queries/".length());
        Optional<ResultFormat> format = format(req);
        boolean html = format.isEmpty();
        if (name == null) {
            list(resp, html);
            return;
        }
        Optional<CannedQuery> query = QueryCatalog.shipped().get(name);
        if (query.isEmpty()) {
            resp.sendError(404, "No canned query '" + name + "'; see /queries");
            return;
        }
        Map<String, String> params = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> { if (!k.equals("format")) params.put(k, v[0]); });
        resp.setHeader("Vary", "Accept");
        if (site.generation.notModified(req, resp, "q-" + Integer.toHexString((name + req.getQueryString() + format).hashCode()))) return;
        byte[] body;
        try {
            body = Txn.calculateRead(site.dataset(), () -> {
                try (QueryExec exec = query.get().exec(site.dataset(), params, site.iris.base())) {
                    if (html) return table.render(query.get(), params, exec).getBytes(StandardCharsets.UTF_8);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    format.get().write(exec, out);
                    return out.toByteArray();
                }
            });
        } catch (IllegalArgumentException e) {
            resp.setHeader("ETag", null);
            resp.sendError(400, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            resp.setHeader("ETag", null);
            resp.sendError(503, "The query took longer than " + timeout.toSeconds() + " s");
            return;
        }
        resp.setContentType(html ? "text/html; charset=utf-8" : format.get().mediaType + "; charset=utf-8");
        resp.getOutputStream().write(body);
    }

    /** The format asked for: {@code ?format=}, else Accept; empty means HTML. */
    private static Optional<ResultFormat> format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            try {
                return f.equals("html") ? Optional.empty() : Optional.of(ResultFormat.byName(f));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String accept = req.getHeader("Accept");
        if (accept == null) return Optional.empty();
        MediaType m = AcceptList.match(new AcceptList(accept), OFFERS);
        if (m == null) return Optional.empty();
        return switch (m.getContentTypeStr()) {
            case "application/sparql-results+json", "application/json" -> Optional.of(ResultFormat.JSON);
            case "application/sparql-results+xml" -> Optional.of(ResultFormat.XML);
            case "text/csv" -> Optional.of(ResultFormat.CSV);
            case "text/tab-separated-values" -> Optional.of(ResultFormat.TSV);
            case "text/turtle" -> Optional.of(ResultFormat.TURTLE);
            default -> Optional.empty();
        };
    }

    private void list(HttpServletResponse resp, boolean html) throws IOException {
        List<CannedQuery> all = QueryCatalog.shipped().all();
        if (html) {
            byte[] body = table.list(all).getBytes(StandardCharsets.UTF_8);
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(body);
            return;
        }
        JsonArray out = new JsonArray();
        for (CannedQuery q : all) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("answers", q.answers());
            o.put("url", "/queries/" + q.name());
            JsonArray params = new JsonArray();
            for (CannedQuery.Param p : q.params()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("default", p.defaultValue().isURI() ? p.defaultValue().getURI() : p.defaultValue().getLiteralLexicalForm());
                po.put("description", p.description());
                params.add(po);
            }
            o.put("params", params);
            o.put("sparql", q.text());
            out.add(o);
        }
        resp.setContentType("application/json");
        resp.getOutputStream().write(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
