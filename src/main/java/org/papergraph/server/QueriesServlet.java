package org.papergraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.papergraph.query.CannedQuery;
import org.papergraph.query.QueryCatalog;

/**
 * {@code /queries}: the canned queries, listed (HTML or JSON); {@code /queries/{name}?param=value} runs one, its
 * parameters bound as RDF terms, its answer by content negotiation (or {@code ?format=}): an HTML table linking
 * every IRI to its page, or a SPARQL results format. Queries here are capped like the endpoint's, and time out
 * by the same setting (the store's context carries it).
 */
final class QueriesServlet extends ReadOnlyServlet {
    private static final String HTML_TYPE = "text/html", JSON_TYPE = "application/json";
    private static final AcceptList LIST_OFFERS = AcceptList.create(HTML_TYPE, JSON_TYPE);

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
        resp.addHeader("Vary", "Accept");   // added: CORS may vary it by Origin too
        if (path.endsWith("/")) {
            // /queries/ and /queries/topics/ mean /queries and /queries/topics
            Site.redirect(req, resp, 301, path.substring(0, path.length() - 1));
            return;
        }
        if (path.equals("/queries")) {
            list(req, resp);
            return;
        }
        String name = path.substring("/queries/".length());
        Optional<CannedQuery> canned = QueryCatalog.shipped().get(name);
        if (canned.isEmpty()) {
            resp.sendError(404, "No canned query '" + name + "'; see /queries");
            return;
        }
        Map<String, String> params = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> { if (!k.equals("format")) params.put(k, v[0]); });
        Query query;
        try {
            // Parameters are checked before any validator is compared: a bad request is no 304.
            String base = site.iris.base();
            query = CannedQuery.bind(canned.get().query(base), canned.get().bindings(params, base));
        } catch (IllegalArgumentException e) {
            resp.sendError(400, e.getMessage());
            return;
        }
        String asked = req.getParameter("format");
        Optional<AnswerFormat> chosen = AnswerFormat.choose(query, asked, req.getHeader("Accept"));
        if (chosen.isEmpty()) {
            resp.sendError(406, name + " answers as " + AnswerFormat.names(query) + " (by Accept or ?format=)");
            return;
        }
        AnswerFormat format = chosen.get();
        if (asked == null) resp.setHeader("Content-Location", path + "?" + withFormat(req.getQueryString(), format));
        if (site.generation().notModified(req, resp, "q-" + Integer.toHexString((name + req.getQueryString() + format).hashCode()), false)) return;
        byte[] body;
        try {
            body = Txn.calculateRead(site.dataset(), () -> {
                try (QueryExec exec = QueryExec.dataset(site.dataset()).query(query).build()) {
                    if (format == AnswerFormat.HTML) return table.render(canned.get(), params, exec).getBytes(StandardCharsets.UTF_8);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    format.write(exec, site.iris, site.dataset().getUnionGraph(), out);
                    return out.toByteArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
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
        resp.setContentType(format.contentType());
        resp.getOutputStream().write(body);
    }

    /** The request's query string naming the format it was given in, for Content-Location. */
    private static String withFormat(String queryString, AnswerFormat format) {
        return (queryString == null || queryString.isEmpty() ? "" : queryString + "&") + "format=" + format.name;
    }

    /** The list of queries: a page with a form for each, or JSON ({@code ?format=json} or by Accept). */
    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<CannedQuery> all = QueryCatalog.shipped().all();
        String asked = req.getParameter("format");
        Optional<String> type = asked == null ? negotiate(req.getHeader("Accept"))
                : asked.equalsIgnoreCase("json") ? Optional.of(JSON_TYPE) : asked.equalsIgnoreCase("html") ? Optional.of(HTML_TYPE) : Optional.empty();
        if (type.isEmpty()) {
            resp.sendError(406, "The list of queries is HTML or JSON (by Accept, or ?format=html or json)");
            return;
        }
        if (type.get().equals(HTML_TYPE)) {
            byte[] body = table.list(all).getBytes(StandardCharsets.UTF_8);
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(body);
            return;
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (CannedQuery q : all) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            o.add("name", q.name());
            o.add("title", q.title());
            o.add("answers", q.answers());
            o.add("url", "/queries/" + q.name());
            JsonArrayBuilder params = Json.createArrayBuilder();
            for (CannedQuery.Param p : q.params()) {
                JsonObjectBuilder po = Json.createObjectBuilder();
                po.add("name", p.name());
                po.add("default", p.defaultValue().isURI() ? p.defaultValue().getURI() : p.defaultValue().getLiteralLexicalForm());
                po.add("description", p.description());
                params.add(po);
            }
            o.add("params", params);
            o.add("sparql", q.text());
            out.add(o);
        }
        resp.setContentType("application/json");
        resp.getOutputStream().write(out.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(HTML_TYPE);
        try {
            return Optional.ofNullable(AcceptList.match(new AcceptList(accept), LIST_OFFERS)).map(MediaType::getContentTypeStr);
        } catch (RuntimeException badHeader) {
            return Optional.of(HTML_TYPE);
        }
    }

    /** The list, then each canned query at its own path with its parameters, typed as their defaults are. */
    @Override
    void describe(ApiPaths api) {
        api.get("/queries", "The canned queries: a page with a form for each, or JSON with their parameters and SPARQL")
                .queryParam("format", ApiPaths.oneOf(List.of("html", "json")), "The list's format (else by Accept)")
                .answers(200, "The list", List.of(HTML_TYPE, JSON_TYPE))
                .answers(406, "Neither HTML nor JSON is accepted");
        String base = site.iris.base();
        for (CannedQuery q : QueryCatalog.shipped().all()) {
            Query query = q.query(base);
            List<AnswerFormat> formats = AnswerFormat.offered(query);
            ApiPaths.Operation op = api.get("/queries/" + q.name(), q.title()).description(q.answers());
            Map<String, Node> defaults = q.bindings(Map.of(), base);
            for (CannedQuery.Param p : q.params())
                op.queryParam(p.name(), schema(defaults.get(p.name())), p.description());
            op.queryParam("format", ApiPaths.oneOf(formats.stream().map(f -> f.name).toList()), "The answer's format (else by Accept)")
                    .answers(200, "The answer", formats.stream().map(f -> f.mediaType).toList())
                    .revalidated()
                    .answers(400, "A parameter it does not take, or a value that is not of its kind")
                    .answers(406, "None of the media types accepted is offered")
                    .answers(503, "Too many queries at once (Retry-After), or the query ran past the timeout");
        }
    }

    /** A parameter's schema: the JSON type of its default term (a number for a number), which is its default. */
    private static JsonObjectBuilder schema(Node term) {
        if (term.isURI()) return ApiPaths.string().add("format", "uri-reference").add("default", term.getURI());
        Object value = term.getLiteralValue();
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger)
            return Json.createObjectBuilder().add("type", "integer").add("default", new java.math.BigInteger(term.getLiteralLexicalForm()));
        if (value instanceof Number)
            return Json.createObjectBuilder().add("type", "number").add("default", new java.math.BigDecimal(term.getLiteralLexicalForm()));
        if (value instanceof Boolean b) return Json.createObjectBuilder().add("type", "boolean").add("default", b);
        return ApiPaths.string().add("default", term.getLiteralLexicalForm());
    }
}
