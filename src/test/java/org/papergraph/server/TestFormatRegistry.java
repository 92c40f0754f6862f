package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.cite.CitationFormat;
import org.papergraph.export.JsonLdContext;
import org.papergraph.export.RdfFormat;
import org.papergraph.rdf.OfflineJsonLd;
import org.papergraph.rdf.Vocab;

/**
 * The server offers what the format registry ({@link RdfFormat}) lists, and nothing it does not: every media type of
 * every one-graph format negotiates to a document that parses back to the paper's Turtle; the 406, the Link header
 * and the pages name exactly those; every format is a dump. A paper's JSON-LD is the export's framed shape.
 */
class TestFormatRegistry {
    @TempDir
    static Path dir;
    static Served served;

    static final String PAPER = "/paper/2405.18870";

    @BeforeAll
    static void start() { served = Served.seed(dir.resolve("store")); }

    @AfterAll
    static void stop() { served.close(); }

    static Stream<Arguments> documentMediaTypes() {
        return RdfFormat.tripleFormats().stream().flatMap(f -> f.mediaTypes().stream().map(m -> Arguments.of(f, m)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("documentMediaTypes")
    void everyOfferedMediaTypeGivesTheDocumentInItsFormat(RdfFormat format, String mediaType) {
        HttpResponse<String> see = served.get(PAPER, "Accept", mediaType);
        assertEquals(303, see.statusCode(), mediaType);
        String doc = see.headers().firstValue("Location").orElseThrow();
        assertEquals(PAPER + "." + format.extension(), doc);
        HttpResponse<String> r = served.get(doc, "Accept", mediaType);
        assertEquals(200, r.statusCode(), doc);
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()), doc);
        Graph g = RDFParser.fromString(r.body(), format.lang()).toGraph();
        assertTrue(g.isIsomorphicWith(turtle()), doc + " is the paper's Turtle");
    }

    @Test
    void the406ListsExactlyTheRegistrysMediaTypes() {
        HttpResponse<String> r = served.get(PAPER, "Accept", "image/png");
        assertEquals(406, r.statusCode());
        String line = r.body().strip();
        assertTrue(line.startsWith("Formats here: "), line);
        List<String> listed = Arrays.asList(line.substring("Formats here: ".length()).split(", "));
        Set<String> offered = new LinkedHashSet<>(documentTypes());
        for (CitationFormat f : CitationFormat.values()) offered.add(f.mediaType()); // a paper is cited too
        assertEquals(offered, new LinkedHashSet<>(listed));
        assertEquals(listed.size(), offered.size(), "each once: " + line);
    }

    @Test
    void theLinkHeaderAndThePageNameEveryDocument() {
        HttpResponse<String> r = served.get(PAPER + ".ttl");
        String link = r.headers().firstValue("Link").orElseThrow();
        Set<String> alternates = Arrays.stream(link.split(", ")).filter(l -> l.contains("rel=\"alternate\""))
                .map(l -> l.replaceAll(".*type=\"([^\"]+)\".*", "$1")).collect(Collectors.toSet());
        Set<String> others = new LinkedHashSet<>(documentTypes());
        others.remove("text/turtle");
        assertEquals(others, alternates, link);
        String html = served.get(PAPER + ".html").body();
        for (RdfFormat f : RdfFormat.tripleFormats()) {
            assertTrue(html.contains("<link rel=\"alternate\" type=\"" + f.mediaType() + "\" href=\"" + PAPER + "." + f.extension() + "\">"), f.label());
            assertTrue(html.contains(PAPER + "." + f.extension() + "\">" + f.label() + "</a>"), f.label());
        }
        for (RdfFormat f : RdfFormat.values())
            if (f.keepsGraphs()) assertFalse(html.contains(PAPER + "." + f.extension() + "\""), "a document is one graph: no " + f.label());
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everyFormatIsADumpOfTheStore(RdfFormat format) {
        String name = DumpsServlet.DUMPS.entrySet().stream().filter(e -> e.getValue().format() == format).findFirst().orElseThrow().getKey();
        assertTrue(name.startsWith("papers." + format.extension()), name);
        HttpResponse<String> r = served.get("/dumps/" + name);   // without Accept-Encoding: sent unzipped
        assertEquals(200, r.statusCode(), name);
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()), name);
        DatasetGraph dumped = RDFParser.fromString(r.body(), format.lang()).toDatasetGraph();
        Graph got = format.keepsGraphs() ? dumped.getUnionGraph() : dumped.getDefaultGraph();
        assertTrue(got.isIsomorphicWith(union()), name);
        Graph voidGraph = RDFParser.fromString(served.get("/.well-known/void.ttl").body(), Lang.TURTLE).toGraph();
        assertTrue(voidGraph.contains(null, NodeFactory.createURI(Vocab.VOID + "dataDump"), NodeFactory.createURI(served.iri("/dumps/" + name))));
    }

    /**
     * A paper's {@code .jsonld} is the export's shape: the published context, the paper framed with its listings
     * nested; a JSON-LD processor (Titanium, offline) expands it to the triples of the paper's Turtle.
     */
    @Test
    void aPapersJsonLdIsFramedWithThePublishedContext() throws Exception {
        HttpResponse<String> r = served.get(PAPER + ".jsonld");
        assertEquals(200, r.statusCode());
        JsonObject doc = Json.createReader(new StringReader(r.body())).readObject();
        JsonObject published = Json.createReader(new StringReader(served.get("/context.jsonld").body())).readObject();
        assertEquals(published.get("@context"), doc.get("@context"), "the context the site publishes");
        assertEquals(new JsonLdContext().document().get("@context"), doc.get("@context"), "the export's context");
        JsonObject paper = doc.getJsonArray("@graph").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("@id").equals(served.iri(PAPER))).findFirst().orElseThrow();
        assertTrue(paper.containsKey("listings"), "its listings are nested in it, as the export frames them: " + paper);
        assertTrue(paper.containsKey("title"), paper.toString());

        var dataset = JsonLd.toRdf(JsonDocument.of(new StringReader(r.body()))).options(OfflineJsonLd.options()).get();
        Graph expanded = JenaTitanium.convert(dataset).getDefaultGraph();
        assertTrue(expanded.isIsomorphicWith(turtle()), "the same triples as the Turtle");
    }

    @Test
    void aListingsJsonLdWithoutItsPaperKeepsEveryTriple() {
        String listing = "/listing/2024-05-seed-papers/2405.18870";
        Graph ttl = RDFParser.fromString(served.get(listing + ".ttl").body(), Lang.TURTLE).toGraph();
        Graph json = RDFParser.fromString(served.get(listing + ".jsonld").body(), Lang.JSONLD).toGraph();
        assertTrue(json.isIsomorphicWith(ttl));
        Node l = NodeFactory.createURI(served.iri(listing));
        assertTrue(json.contains(l, Node.ANY, Node.ANY));
    }

    private static Set<String> documentTypes() {
        Set<String> types = new LinkedHashSet<>(List.of("text/html"));
        RdfFormat.tripleFormats().forEach(f -> types.add(f.mediaType()));
        return types;
    }

    private static Graph turtle() { return RDFParser.fromString(served.get(PAPER + ".ttl").body(), Lang.TURTLE).toGraph(); }

    private static Graph union() {
        return Txn.calculateRead(served.store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            served.store.dataset().getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
    }
}
