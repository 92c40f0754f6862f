package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data minted for a public base, served on localhost: paths resolve against the base, links stay on the server. */
class TestBaseElsewhere {
    @TempDir
    Path dir;

    @Test
    void pathsResolveAndLinksStayOnTheServer() {
        try (Served served = Served.start(dir.resolve("store"), List.of(Served.SEED.toString()), b -> b,
                "--base", "https://papers.example.org/")) {
            HttpResponse<String> r = served.get("/paper/2405.18870.ttl");
            assertEquals(200, r.statusCode());
            Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
            assertTrue(g.contains(NodeFactory.createURI("https://papers.example.org/paper/2405.18870"), Node.ANY, Node.ANY));
            String html = served.get("/paper/2405.18870.html").body();
            assertTrue(html.contains("href=\"/topic/theory-of-mind\""), "topic links are paths on this server");
            String canonical = "<link rel=\"canonical\" href=\"https://papers.example.org/paper/2405.18870.html\">";
            assertTrue(html.contains(canonical), "the canonical URL is where the page is published: the base");
            assertFalse(html.replace(canonical, "").contains("href=\"https://papers.example.org/"), "no other link leaves the server for the base");
            assertEquals(303, served.get("/topic/theory-of-mind").statusCode());
            String ontology = served.get("/ontology.ttl").body();
            assertTrue(ontology.contains("https://papers.example.org/ontology"), ontology);
            assertTrue(ontology.contains("https://w3id.org/papergraph/ontology"), "its terms are in the fixed namespace, whatever the base");
            assertTrue(served.get("/sitemap.xml").body().contains("<loc>https://papers.example.org/paper/2405.18870</loc>"),
                    "a sitemap names where the pages are published: the base, unless told otherwise");
        }
    }

    @Test
    void aPublicBaseIsWhereSitemapAndVoidSendClients() {
        try (Served served = Served.start(dir.resolve("store"), List.of(Served.SEED.toString()),
                b -> b.publicBase("https://mirror.example.net/papers"))) {
            String sitemap = served.get("/sitemap.xml").body();
            assertTrue(sitemap.contains("<loc>https://mirror.example.net/papers/paper/2405.18870</loc>"), sitemap);
            assertTrue(served.get("/.well-known/void.ttl").body().contains("<https://mirror.example.net/papers/papers/sparql>"));
        }
    }
}
