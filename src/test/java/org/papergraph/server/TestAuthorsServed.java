package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.Main;
import org.papergraph.rdf.Vocab;

/**
 * A paper's authors (an rdf:List on blank nodes), venue and arXiv month, as the store keeps them and the server and
 * the dumps give them back: the page, its RDF documents, and a reload that changes nothing about them.
 */
class TestAuthorsServed {
    @TempDir
    static Path dir;
    static Path list;
    static Served served;

    @BeforeAll
    static void start() throws Exception {
        list = dir.resolve("authors.md");
        Files.writeString(list, """
                ## Methods
                1. [**Authored Paper.**](https://arxiv.org/abs/2405.00801) _Ann Lee, Bob Ray, Cy Dee._ ICLR 2024.
                - [Dated Paper](https://arxiv.org/abs/2405.00802), *arXiv, Jun 2024*
                """);
        served = Served.start(dir.resolve("store"), List.of(list.toString()), b -> b);
    }

    @AfterAll
    static void stop() { served.close(); }

    @Test
    void paperPageShowsAuthorsVenueAndTheMonthOfItsId() {
        String html = served.get("/paper/2405.00801.html").body();
        assertTrue(html.contains("<p class=\"authors\">Ann Lee, Bob Ray, Cy Dee</p>"), html);
        assertTrue(html.contains("2024-05</time> (from the arXiv id) · ICLR 2024"), html);
        assertTrue(html.contains("\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"}") || html.contains("\"name\" : \"Ann Lee\""), html);
        String dated = served.get("/paper/2405.00802.html").body();
        assertTrue(dated.contains("<time datetime=\"2024-06\">2024-06</time> · arXiv"), dated);
        assertTrue(!dated.contains("from the arXiv id"), "a date the list gave is not the id's");
    }

    @Test
    void documentCarriesTheListInOrder() {
        Graph g = parse(served.get("/paper/2405.00801.ttl").body(), Lang.TURTLE);
        Node paper = NodeFactory.createURI(served.iri("/paper/2405.00801"));
        Node list = g.find(paper, Vocab.AUTHOR, null).next().getObject();
        assertEquals(List.of("Ann Lee", "Bob Ray", "Cy Dee"),
                GraphList.members(new GNode(g, list)).stream().map(Node::getLiteralLexicalForm).toList());
        String jsonld = served.get("/paper/2405.00801.jsonld").body();
        Graph j = parse(jsonld, Lang.JSONLD);
        assertEquals(3, GraphList.members(new GNode(j, j.find(paper, Vocab.AUTHOR, null).next().getObject())).size(), jsonld);
    }

    @Test
    void exportedJsonLdGivesTheNamesAsAList() throws Exception {
        Path out = dir.resolve("export.jsonld");
        served.close();
        try {
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"export", "--db", dir.resolve("store").toString(), "-o", out.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            assertEquals(0, code, err.toString());
        } finally {
            served = Served.start(dir.resolve("store"), List.of(list.toString()), b -> b);
        }
        String json = Files.readString(out);
        assertTrue(json.replaceAll("\\s+", "").contains("\"authors\":[\"AnnLee\",\"BobRay\",\"CyDee\"]"), json);
        Graph g = parse(json, Lang.JSONLD);
        Node paper = NodeFactory.createURI(served.iri("/paper/2405.00801"));
        assertEquals(3, GraphList.members(new GNode(g, g.find(paper, Vocab.AUTHOR, null).next().getObject())).size());
    }

    @Test
    void anEditElsewhereLeavesTheAuthoredPaperUnchanged() throws Exception {
        Path copy = dir.resolve("again").resolve("authors.md");
        Files.createDirectories(copy.getParent());
        Path db = dir.resolve("reload");
        Files.copy(list, copy);
        assertEquals("", load(db, copy).replaceAll(".*\\(\\+2 papers\\).*", ""), "first load");
        Files.writeString(copy, Files.readString(copy) + "- [Third Paper](https://arxiv.org/abs/2405.00803)\n");
        String summary = load(db, copy);
        assertTrue(summary.contains("(+1 paper)") && !summary.contains("changed"), summary);
    }

    private static String load(Path db, Path file) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"load", "--db", db.toString(), file.toString()}, new PrintWriter(out), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        return (out + "\n" + err).lines().filter(l -> l.contains("source")).findFirst().orElse(out + " / " + err);
    }

    private static Graph parse(String text, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang)
                .base("http://localhost/").toGraph();
    }
}
