package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.export.RdfFormat;
import org.papergraph.rdf.Vocab;

/**
 * The SPARQL endpoint without a query: its SPARQL 1.1 Service Description, parsed in each format, naming the
 * endpoint, the union default graph, the sources' named graphs and the property functions; linked from VoID; and a
 * query at the same address still answered.
 */
class TestServiceDescription {
    static final String SD = ServiceDescription.SD;

    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void start() { served = Served.seed(dir.resolve("store")); }

    @AfterAll
    static void stop() { served.close(); }

    static java.util.List<RdfFormat> formats() { return RdfFormat.tripleFormats(); }

    @ParameterizedTest
    @MethodSource("formats")
    void theEndpointDescribesItselfInEachFormat(RdfFormat format) {
        for (String endpoint : new String[] {"/papers/sparql", "/papers/query", "/sparql"}) {
            HttpResponse<String> r = served.get(endpoint, "Accept", format.mediaType());
            assertEquals(200, r.statusCode(), endpoint + " " + format.label() + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
            Graph g = RDFParser.fromString(r.body(), format.lang()).toGraph();
            Node service = NodeFactory.createURI(served.iri("/papers/sparql"));
            assertTrue(g.contains(service, Vocab.TYPE, sd("Service")), endpoint);
            assertTrue(g.contains(service, sd("endpoint"), service), "names the endpoint, at the public base");
            assertTrue(g.contains(service, sd("endpoint"), NodeFactory.createURI(served.iri("/sparql"))));
            assertTrue(g.contains(service, sd("supportedLanguage"), sd("SPARQL11Query")));
            assertTrue(g.contains(service, sd("feature"), sd("UnionDefaultGraph")));
            assertTrue(g.contains(service, sd("resultFormat"), NodeFactory.createURI("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
            for (Node f : new Node[] {Vocab.SEARCH, Vocab.ON_TOPIC, Vocab.NEIGHBOURS})
                assertTrue(g.contains(service, sd("extensionFunction"), f), f.getURI());
            Node dataset = NodeFactory.createURI(served.iri("/.well-known/void#dataset"));
            assertTrue(g.contains(service, sd("defaultDataset"), dataset));
            assertTrue(g.contains(dataset, sd("defaultGraph"), Node.ANY));
            assertTrue(g.find(null, sd("name"), NodeFactory.createURI(served.iri("/source/2024-05-seed-papers"))).hasNext(),
                    "the source's graph is a named graph");
        }
    }

    @Test
    void aBrowserGetsAPageOfIt() {
        HttpResponse<String> r = served.get("/papers/sparql", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("sd:endpoint"), r.body());
        assertTrue(r.body().contains("href=\"/sparql\""), "the SPARQL editor is a click away");
        assertEquals(406, served.get("/papers/sparql", "Accept", "image/png").statusCode());
    }

    @Test
    void aQueryIsStillAnswered() {
        HttpResponse<String> r = served.get("/papers/sparql?query=" + TestSparqlEndpoints.q(TestSparqlEndpoints.COUNT), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("n\r\n33\r\n", r.body());
        HttpResponse<String> post = served.post("/papers/sparql", "application/sparql-query", TestSparqlEndpoints.COUNT, "Accept", "text/csv");
        assertEquals("n\r\n33\r\n", post.body());
    }

    @Test
    void voidLinksIt() {
        Graph g = RDFParser.fromString(served.get("/.well-known/void.ttl").body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(null, NodeFactory.createURI(Vocab.DCAT + "endpointDescription"), NodeFactory.createURI(served.iri("/papers/sparql"))));
    }

    private static Node sd(String local) { return NodeFactory.createURI(SD + local); }
}
