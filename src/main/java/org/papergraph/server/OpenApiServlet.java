package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHandler;
import org.eclipse.jetty.ee10.servlet.ServletMapping;

/**
 * {@code /openapi.json}: the server's HTTP API as an OpenAPI 3.0 document, made from the routes the running server
 * has rather than kept beside them: Fuseki's endpoints, each by its operation ({@link SparqlApi}), then every servlet
 * mapped, in the order of its mappings, each describing the URLs it answers ({@link ReadOnlyServlet#describe}); so
 * {@code /metrics} is there only when served. Made once, on the first request (the routes do not change while the
 * server runs); the server's URL is its public base.
 */
final class OpenApiServlet extends ReadOnlyServlet {
    static final String PATH = "/openapi.json";
    static final String VERSION = "3.0.3";
    /** RFC 8631's relation from the home page to the document. */
    static final String LINK = "<" + PATH + ">; rel=\"service-desc\"; type=\"application/json\"";

    private final Site site;
    private volatile byte[] body;

    OpenApiServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (site.generation().notModified(req, resp, "openapi")) return;
        byte[] json = document();
        resp.setContentType("application/json");
        resp.setContentLength(json.length);
        resp.getOutputStream().write(json);
    }

    @Override
    void describe(ApiPaths api) {
        api.get(PATH, "This description of the server's HTTP API (OpenAPI " + VERSION + ")")
                .answers(200, "The OpenAPI document", List.of("application/json"))
                .revalidated();
    }

    private byte[] document() {
        byte[] b = body;
        if (b == null) body = b = (document(getServletContext(), site.publicBase) + "\n").getBytes(StandardCharsets.UTF_8);
        return b;
    }

    /** The document of the routes a running server's context has, served at {@code publicBase}. */
    static JsonObject document(ServletContext context, String publicBase) {
        ApiPaths api = new ApiPaths();
        for (DataAccessPoint dataset : DataAccessPointRegistry.get(context).accessPoints()) {
            Collection<Endpoint> endpoints = dataset.getDataService().getEndpoints();
            // A dataset whose own address is no endpoint: DatasetAddress sends it to the description.
            if (endpoints.stream().noneMatch(Endpoint::isUnnamed)) DatasetAddress.describe(api, dataset.getName());
            for (Endpoint e : endpoints)
                SparqlApi.describe(api, dataset.getName() + (e.isUnnamed() ? "" : "/" + e.getName()), e.getOperation());
        }
        ServletHandler handler = ServletContextHandler.getServletContextHandler(context).getServletHandler();
        Set<Servlet> described = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ServletMapping m : handler.getServletMappings()) {
            Servlet servlet;
            try {
                servlet = handler.getServlet(m.getServletName()).getServlet();
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
            if (servlet instanceof ReadOnlyServlet route && described.add(route)) route.describe(api);
        }
        String server = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
        return Json.createObjectBuilder()
                .add("openapi", VERSION)
                .add("info", Json.createObjectBuilder()
                        .add("title", "papergraph")
                        .add("version", version())
                        .add("description", "Research papers from curated Markdown lists as linked data: a read-only SPARQL "
                                + "endpoint, a document for every IRI minted (by content negotiation or by extension), canned "
                                + "queries, dumps and feeds. Every GET also answers HEAD; every answer carries CORS headers and "
                                + "is gzipped when the client accepts it; other methods get 405."))
                .add("servers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", server)))
                .add("paths", api.build())
                .build();
    }

    /** papergraph's version, as Maven wrote it into the jar. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = OpenApiServlet.class.getResourceAsStream("/papergraph/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // said below
        }
        return p.getProperty("version", "unknown");
    }
}
