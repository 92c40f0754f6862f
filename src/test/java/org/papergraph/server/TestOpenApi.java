package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.query.CannedQuery;
import org.papergraph.query.QueryCatalog;
import org.papergraph.rdf.Vocab;

/**
 * {@code /openapi.json}, read by swagger-parser: a valid OpenAPI document of the routes the server has, the SPARQL
 * endpoints and every canned query with its parameters among them, each path answering on the running server with a
 * status the document gives it.
 */
class TestOpenApi {
    static final String PUBLIC = "https://papers.example.org/";

    @TempDir
    static Path dir;
    /** With metrics and a public base elsewhere; {@link #plain} with neither. */
    static Served served, plain;
    static OpenAPI api;

    @BeforeAll
    static void start() {
        served = Served.start(dir.resolve("store"), List.of(Served.SEED.toString()), b -> b.metrics(true).publicBase(PUBLIC));
        plain = Served.seed(dir.resolve("plain"));
        api = parse(served);
    }

    @AfterAll
    static void stop() {
        served.close();
        plain.close();
    }

    /** The server's document, parsed; any message of the parser's fails. */
    static OpenAPI parse(Served s) {
        HttpResponse<String> r = s.get(OpenApiServlet.PATH);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertEquals(List.of(), result.getMessages(), "the parser's messages");
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    @Test
    void isOpenApiThreeServedAtThePublicBase() {
        assertTrue(api.getOpenapi().startsWith("3.0."), api.getOpenapi());
        assertEquals("https://papers.example.org", api.getServers().get(0).getUrl());
        assertEquals("papergraph", api.getInfo().getTitle());
    }

    @Test
    void namesTheSparqlEndpoints() {
        for (String endpoint : List.of("/papers/sparql", "/papers/query", "/sparql")) {
            PathItem item = api.getPaths().get(endpoint);
            assertNotNull(item, endpoint);
            assertTrue(names(item.getGet()).contains("query"), endpoint);
            assertTrue(item.getGet().getResponses().get("200").getContent().containsKey("application/sparql-results+json"));
            assertTrue(item.getGet().getResponses().get("200").getContent().containsKey("text/turtle"), "CONSTRUCT, and the service description");
            assertTrue(item.getPost().getRequestBody().getContent().containsKey("application/sparql-query"), endpoint);
            assertEquals(List.of("query"), item.getPost().getRequestBody().getContent().get("application/x-www-form-urlencoded").getSchema().getRequired(), endpoint);
        }
        for (String gsp : List.of("/papers/get", "/papers/data")) {
            PathItem item = api.getPaths().get(gsp);
            assertNotNull(item, gsp);
            assertEquals(List.of("default", "graph"), names(item.getGet()));
            assertEquals(null, item.getPost(), "the Graph Store is only read");
        }
    }

    @Test
    void everyCannedQueryAppearsWithItsParameters() {
        List<CannedQuery> all = QueryCatalog.shipped().all();
        assertFalse(all.isEmpty());
        for (CannedQuery q : all) {
            Operation get = api.getPaths().get("/queries/" + q.name()).getGet();
            assertNotNull(get, q.name());
            List<String> expected = new ArrayList<>(q.params().stream().map(CannedQuery.Param::name).toList());
            expected.add("format");
            assertEquals(expected, names(get), q.name());
            assertEquals(q.title(), get.getSummary());
        }
        Operation onTopic = api.getPaths().get("/queries/papers-on-topic").getGet();
        assertEquals("integer", param(onTopic, "limit").getSchema().getType());
        assertEquals(100, ((Number) param(onTopic, "limit").getSchema().getDefault()).intValue());
        assertEquals("Alignment", param(onTopic, "topic").getSchema().getDefault());
        assertEquals("uri-reference", param(api.getPaths().get("/queries/neighbours").getGet(), "paper").getSchema().getFormat());
        assertTrue(param(onTopic, "format").getSchema().getEnum().contains("bibtex"), "a SELECT of ?paper is also its citations");
    }

    @Test
    void describesTheDocumentsAndTheirFormats() {
        for (String kind : List.of("paper", "topic", "source")) {
            assertNotNull(api.getPaths().get("/" + kind + "/{id}").getGet().getResponses().get("303"), kind);
            Operation doc = api.getPaths().get("/" + kind + "/{id}.{ext}").getGet();
            List<?> extensions = param(doc, "ext").getSchema().getEnum();
            for (String ext : List.of("html", "ttl", "jsonld", "rdf", "nt", "bib", "csl.json", "ris"))
                assertTrue(extensions.contains(ext), kind + " ." + ext);
            for (String type : List.of("text/html", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "application/x-bibtex"))
                assertTrue(doc.getResponses().get("200").getContent().containsKey(type), kind + " " + type);
        }
        for (String path : List.of("/", "/papers", "/feed.atom", "/topic/{slug}/feed.atom", "/source/{slug}/feed.atom", "/changes",
                "/sitemap.xml", "/robots.txt", "/health", "/ready", "/metrics", "/context.jsonld", "/.well-known/void",
                "/dumps/{file}", "/queries", OpenApiServlet.PATH))
            assertNotNull(api.getPaths().get(path), path);
    }

    @Test
    void metricsOnlyWhenServed() {
        assertNotNull(api.getPaths().get("/metrics"));
        OpenAPI without = parse(plain);
        assertEquals(null, without.getPaths().get("/metrics"));
        assertEquals(api.getPaths().size() - 1, without.getPaths().size(), "the rest is the same");
    }

    /** Every path, its templates filled from the store, answers GET and HEAD with a documented status short of an error. */
    @Test
    void everyPathAnswersWithADocumentedStatus() throws InterruptedException {
        for (int i = 0; i < 300 && served.get("/ready").statusCode() != 200; i++) Thread.sleep(100);
        Map<String, String> ids = examples();
        int asked = 0;
        for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
            Operation get = e.getValue().getGet();
            for (String path : filled(e.getKey(), get, ids)) {
                HttpResponse<String> r = served.get(path);
                String status = Integer.toString(r.statusCode());
                assertTrue(get.getResponses().containsKey(status), "GET " + path + ": " + status + " is not documented: " + r.body());
                assertTrue(r.statusCode() < 400, "GET " + path + ": " + status + " " + r.body());
                assertEquals(r.statusCode(), served.head(path).statusCode(), "HEAD " + path);
                asked++;
            }
            Operation post = e.getValue().getPost();
            if (post != null) {
                HttpResponse<String> r = served.post(e.getKey(), "application/sparql-query", "ASK { ?s ?p ?o }");
                assertTrue(post.getResponses().containsKey(Integer.toString(r.statusCode())), "POST " + e.getKey() + ": " + r.statusCode());
                assertEquals(200, r.statusCode(), r.body());
                HttpResponse<String> form = served.post(e.getKey(), "application/x-www-form-urlencoded", "query=ASK%20%7B%7D");
                assertEquals(200, form.statusCode(), form.body());
            }
        }
        assertTrue(asked > api.getPaths().size(), "every extension and dump was asked for: " + asked);
    }

    @Test
    void answersAsTheOtherDocumentsDo() {
        HttpResponse<String> cors = served.get(OpenApiServlet.PATH, "Origin", "https://elsewhere.example");
        assertEquals("*", cors.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String etag = cors.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, served.get(OpenApiServlet.PATH, "If-None-Match", etag).statusCode());
        assertEquals("gzip", served.get(OpenApiServlet.PATH, "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding").orElse(""));
        HttpResponse<String> head = served.head(OpenApiServlet.PATH);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(cors.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
    }

    @Test
    void theHomePageAndVoidLinkIt() {
        HttpResponse<String> home = served.get("/");
        assertTrue(home.headers().allValues("Link").stream().anyMatch(l -> l.contains("</openapi.json>; rel=\"service-desc\"; type=\"application/json\"")), home.headers().toString());
        assertTrue(home.body().contains("href=\"/openapi.json\""));
        HttpResponse<String> description = served.get("/.well-known/void.ttl");
        Graph g = RDFParser.fromString(description.body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(null, NodeFactory.createURI(Vocab.DCAT + "endpointDescription"), NodeFactory.createURI(PUBLIC + "openapi.json")));
    }

    /** A paper, a topic and a source of the seed, as the paths' templates take them. */
    private static Map<String, String> examples() {
        String sitemap = served.get("/sitemap.xml").body();
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher loc = Pattern.compile("<loc>" + Pattern.quote(PUBLIC) + "(paper|topic)/([^<]+)</loc>").matcher(sitemap);
        while (loc.find()) ids.putIfAbsent(loc.group(1), loc.group(2));
        String source = served.store.sources().get(0).source().getURI();
        ids.put("source", source.substring(source.lastIndexOf('/') + 1));
        assertEquals(3, ids.size(), sitemap);
        return ids;
    }

    /** The path's URLs: its templates filled, one URL per value of a parameter with an enum. */
    private static List<String> filled(String template, Operation get, Map<String, String> ids) {
        List<String> out = new ArrayList<>(List.of(template));
        String kind = template.split("/").length > 1 ? template.split("/")[1] : "";
        for (Parameter p : get.getParameters() == null ? List.<Parameter>of() : get.getParameters()) {
            if (!p.getIn().equals("path")) continue;
            String name = "{" + p.getName() + "}";
            List<String> values = p.getSchema().getEnum() != null ? p.getSchema().getEnum().stream().map(Object::toString).toList()
                    : List.of(ids.get(kind));
            out = out.stream().flatMap(u -> values.stream().map(v -> u.replace(name, v))).toList();
        }
        return out;
    }

    private static List<String> names(Operation op) {
        return op.getParameters() == null ? List.of() : op.getParameters().stream().map(Parameter::getName).toList();
    }

    private static Parameter param(Operation op, String name) {
        return op.getParameters().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
