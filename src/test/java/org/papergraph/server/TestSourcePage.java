package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.rdf.Vocab;

/** A source's page shows how its file was read, as inspect prints it, over real HTTP from a real server. */
class TestSourcePage {
    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void start() throws Exception {
        Path hostile = dir.resolve("hostile.md");
        Files.writeString(hostile, """
                | Title | &lt;img src=x onerror=alert(1)&gt; |
                | --- | --- |
                | [A Paper](https://arxiv.org/abs/2405.00009) | x |
                """);
        served = Served.start(dir.resolve("store"), List.of("src/test/resources/lists/mixed.md", hostile.toString()), b -> b);
    }

    @AfterAll
    static void stop() { served.close(); }

    @Test
    void showsEachBlockItsAccountAndItsColumns() {
        var r = served.get("/source/mixed.html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h2>What was read</h2>"), html);
        assertTrue(html.contains("<tr id=\"block-1\"><td>table</td><td>5–9</td><td>3</td><td>2</td><td>0</td><td>1</td><td></td>"
                + "<td>Date → date (by header)<br>Name → title (by synonym)<br>Summary → abstract (by synonym)<br>"
                + "Stars → not read (no header or cells name a role)</td></tr>"), html);
        assertTrue(html.contains("<tr id=\"block-2\"><td>list</td><td>13–17</td><td>4</td><td>3</td><td>1</td><td>0</td><td>1</td>"
                + "<td>code 1, other links 1</td></tr>"), html);
        assertTrue(html.contains("<tr id=\"block-3\"><td>table</td><td>21–25</td><td>3</td><td>0</td><td>0</td><td>3</td>"), html);
        // The blocks are this table, not sections of their own as other fragments are.
        assertFalse(html.contains("<section id=\"block-1\">"), html);
    }

    @Test
    void theSourceDocumentCarriesItsBlocksInEveryFormat() {
        var r = served.get("/source/mixed.ttl");
        assertEquals(200, r.statusCode());
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        Node block = NodeFactory.createURI(served.store.iris().base() + "source/mixed#block-2");
        assertTrue(g.contains(block, Vocab.TYPE, Vocab.BLOCK_CLASS), r.body());
        assertTrue(g.contains(NodeFactory.createURI(served.store.iris().base() + "source/mixed#block-1-column-2-title"),
                Vocab.ROLE_REASON, NodeFactory.createLiteralString("by synonym")), r.body());
    }

    @Test
    void headersFromTheDataAreEscaped() {
        String html = served.get("/source/hostile.html").body();
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; → not read"), html);
        assertFalse(html.contains("<img src=x"), html);
    }

}
