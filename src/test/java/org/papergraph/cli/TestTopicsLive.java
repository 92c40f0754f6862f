package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.rdf.Vocab;

/**
 * A topics file written beside the lists under a running {@code up --sync} (TDB2 on disk, port 0, real HTTP): within
 * seconds the kept topic's page lists both spellings' papers, the other spelling's address answers 301 to it, the
 * {@code topics} query (the statistics graph) counts them as one, their papers are neighbours, the topic's documents
 * carry the other spelling, and the ETag moves; the file removed, all of it goes back.
 */
class TestTopicsLive {
    @TempDir
    Path work;

    LiveSite site;

    static final String A = TestLiveReload.list(
            TestLiveReload.row("31 May 2024", "Plural Spelled Paper", "2405.00001", "One.", "Vision Models"),
            TestLiveReload.row("30 May 2024", "Singular Spelled Paper", "2405.00002", "Two.", "Vision Model, Other Topic"));
    static final String B = TestLiveReload.list(
            TestLiveReload.row("29 May 2024", "Another Singular Paper", "2405.00003", "Three.", "Vision Model"));

    @BeforeEach
    void serveAndFollow() throws Exception {
        site = LiveSite.start(work, Map.of("a.md", A, "b.md", B), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() { site.close(); }

    @Test
    void aMergeWrittenAndRemovedIsServedEverywhere() throws Exception {
        HttpResponse<String> before = site.served.get("/topic/vision-models.html");
        assertEquals(200, before.statusCode());
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertFalse(before.body().contains("Another Singular Paper"));
        assertEquals(200, site.served.get("/topic/vision-model.html").statusCode());
        assertTrue(topics().contains(",Vision Model,2\r\n") && topics().contains(",Vision Models,1\r\n"), topics());

        Files.writeString(site.lists.resolve("topics.md"), "| Topic | Also written as | Broader |\n|---|---|---|\n| Vision Models | Vision Model | |\n");

        await("the kept topic's page lists both spellings' papers", () -> {
            String page = site.served.get("/topic/vision-models.html").body();
            return page.contains("Singular Spelled Paper") && page.contains("Another Singular Paper") && page.contains("Plural Spelled Paper");
        });
        await("the other spelling answers 301", () -> site.served.get("/topic/vision-model.html").statusCode() == 301);
        assertEquals("/topic/vision-models.html",
                URI.create(site.served.get("/topic/vision-model.html").headers().firstValue("Location").orElseThrow()).getPath());
        await("the topics query counts them as one", () -> topics().contains(",Vision Models,3\r\n") && !topics().contains(",Vision Model,"));
        assertFalse(site.served.get("/queries/topic-pairs?format=csv").body().contains("Vision Model,"), "a spelling pairs with nothing");
        assertTrue(neighbours("2405.00003").contains("2405.00001"), "papers on the two spellings are neighbours:\n" + neighbours("2405.00003"));
        HttpResponse<String> merged = site.served.get("/topic/vision-models.html");
        assertTrue(!etag.equals(merged.headers().firstValue("ETag").orElseThrow()), "a new ETag");
        assertTrue(merged.body().contains("Also written as: Vision Model"));
        assertTrue(merged.body().contains("\"alternateName\":[\"Vision Model\"]"), "the page's schema.org JSON-LD names the spelling");
        Graph jsonld = RDFParser.fromString(site.served.get("/topic/vision-models.jsonld").body(), Lang.JSONLD).toGraph();
        assertTrue(jsonld.contains(NodeFactory.createURI(site.served.iri("/topic/vision-models")), Vocab.ALT_LABEL,
                NodeFactory.createLiteralString("Vision Model")), "the JSON-LD document carries the skos:altLabel");

        Files.delete(site.lists.resolve("topics.md"));

        await("the spelling is a topic again", () -> site.served.get("/topic/vision-model.html").statusCode() == 200);
        await("the counts go back", () -> topics().contains(",Vision Model,2\r\n") && topics().contains(",Vision Models,1\r\n"));
        await("the kept topic's page lists its own papers only", () -> !site.served.get("/topic/vision-models.html").body().contains("Another Singular Paper"));
        assertFalse(neighbours("2405.00003").contains("2405.00001"), "no longer neighbours");
        assertTrue(site.printed.toString().contains("topics: dropped"), site.printed.toString());
    }

    private String topics() { return site.served.get("/queries/topics?format=csv").body(); }

    private String neighbours(String id) {
        return site.served.get("/queries/neighbours?format=csv&paper=%3C" + site.served.iri("/paper/" + id) + "%3E").body();
    }

    private void await(String what, Supplier<Boolean> condition) throws InterruptedException { site.await(what, condition); }
}
