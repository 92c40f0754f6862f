package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.rdf.Vocab;

/** The server's dumps and its JSON-LD context: downloaded, read back, and the same as the store. */
class TestDumps {
    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void start() { served = Served.seed(dir.resolve("store")); }

    @AfterAll
    static void stop() { served.close(); }

    /** The dump as sent to a client that takes gzip: a .gz dump's bytes are then gzip, and so are the others' (the server gzips text). */
    byte[] download(String path) {
        try {
            HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(served.uri(path)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), path);
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void nquadsDumpIsTheStore() throws IOException {
        byte[] gz = download("/dumps/papers.nq.gz");
        DatasetGraph back = RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(gz))).lang(Lang.NQUADS).toDatasetGraph();
        DatasetGraph store = Txn.calculateRead(served.store.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            served.store.dataset().find().forEachRemaining(copy::add);
            return copy;
        });
        assertTrue(IsoMatcher.isomorphic(store, back));
    }

    @Test
    void turtleAndJsonLdDumpsAreTheUnionGraph() throws IOException {
        Graph union = Txn.calculateRead(served.store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            served.store.dataset().getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
        Graph ttl = RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(download("/dumps/papers.ttl.gz")))).lang(Lang.TURTLE).toGraph();
        assertTrue(ttl.isIsomorphicWith(union));
        Graph jsonld = RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(download("/dumps/papers.jsonld")))).lang(Lang.JSONLD).toGraph();
        assertTrue(jsonld.isIsomorphicWith(union));
    }

    @Test
    void theContextIsServedAndTheDumpsAreListed() {
        HttpResponse<String> ctx = served.get("/context.jsonld");
        assertEquals(200, ctx.statusCode());
        assertTrue(ctx.body().contains("\"pg\":\"" + org.papergraph.rdf.Vocab.PG + "\""), ctx.body());
        String doc = "{\"@context\": " + ctx.body().substring(ctx.body().indexOf(':') + 1, ctx.body().lastIndexOf('}'))
                + ", \"@id\": \"http://example.org/p\", \"title\": \"T\"}";
        Graph g = RDFParser.fromString(doc, Lang.JSONLD).toGraph();
        assertTrue(g.contains(NodeFactory.createURI("http://example.org/p"), Vocab.TITLE, NodeFactory.createLiteralString("T")));
        Graph voidGraph = RDFParser.fromString(served.get("/.well-known/void.ttl").body(), Lang.TURTLE).toGraph();
        for (String dump : List.of("papers.ttl.gz", "papers.nq.gz", "papers.jsonld"))
            assertTrue(voidGraph.contains(null, NodeFactory.createURI(Vocab.VOID + "dataDump"), NodeFactory.createURI(served.iri("/dumps/" + dump))), dump);
        assertEquals(404, served.get("/dumps/other.zip").statusCode());
    }
}
