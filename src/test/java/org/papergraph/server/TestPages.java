package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
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

/** The HTML pages, VoID and sitemap, read as a client would; and data that tries to inject markup stays text. */
class TestPages {
    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void start() throws Exception {
        Path hostile = dir.resolve("hostile.md");
        Files.writeString(hostile, """
                | Date | Title | Abstract | Topics |
                | --- | --- | --- | --- |
                | 1 May 2024 | [&lt;script&gt;alert(1)&lt;/script&gt; & "quotes"](https://arxiv.org/abs/2405.00001) | &lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; | Alignment, &lt;b&gt;Bold&lt;/b&gt; |
                | 2 May 2024 | | <script>alert(3)</script> has no title | RAG |
                """);
        served = Served.start(dir.resolve("store"), List.of(Served.SEED.toString(), hostile.toString()), b -> b);
    }

    @AfterAll
    static void stop() { served.close(); }

    @Test
    void paperPageShowsWhatAReaderNeeds() {
        String html = served.get("/paper/2405.18870.html").body();
        assertTrue(html.contains("<h1>LLMs achieve adult human performance on higher-order theory of mind tasks</h1>"), html);
        assertTrue(html.contains("href=\"https://arxiv.org/abs/2405.18870\""), "arXiv abstract");
        assertTrue(html.contains("href=\"https://arxiv.org/pdf/2405.18870\""), "PDF");
        assertTrue(html.contains("https://doi.org/10.48550/arXiv.2405.18870"), "DOI");
        assertTrue(html.contains("<time datetime=\"2024-05-31\">"), "date");
        assertTrue(Pattern.compile("<a href=\"/topic/[a-z0-9-]+\">").matcher(html).find(), "topics link to their pages");
        assertTrue(html.contains("2024-05-seed-papers.md"), "the listing names its source");
        String related = served.get("/paper/2405.19332.html").body();
        assertTrue(related.contains("Related papers"), "papers sharing topics");
        assertTrue(related.contains("href=\"/paper/2405.00001\""), "another Alignment paper is related");
        assertTrue(html.contains("name=\"viewport\""), "usable on a phone");
        assertFalse(html.replace("<script src=\"/search/suggest.js\" defer></script>", "").contains("<script src"),
                "no JavaScript needed: the search box's suggestions are the only script, and its form works without");
    }

    @Test
    void paperPageEmbedsSchemaOrg() {
        String html = served.get("/paper/2405.18870.html").body();
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        JsonObject o = JSON.parse(m.group(1));
        assertEquals("ScholarlyArticle", o.get("@type").getAsString().value());
        assertEquals("LLMs achieve adult human performance on higher-order theory of mind tasks", o.get("name").getAsString().value());
        assertEquals("2024-05-31", o.get("datePublished").getAsString().value());
        assertTrue(o.get("about").isArray());
        for (String page : List.of("/topic/alignment.html", "/")) {
            Matcher other = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(served.get(page).body());
            assertTrue(other.find(), page);
            assertTrue(JSON.parse(other.group(1)).get("name").isString(), page);
        }
    }

    @Test
    void topicPageListsPapersNewestFirst() {
        String html = served.get("/topic/alignment.html").body();
        assertTrue(html.contains("<h1>Alignment</h1>"), html);
        List<String> dates = new ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"/paper/[^\"]+\">[^<]*</a> <span class=\"count\">([0-9-]+)</span>").matcher(html);
        while (m.find()) dates.add(m.group(1));
        assertTrue(dates.size() >= 2, html);
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
        Matcher count = Pattern.compile("<p class=\"meta\">(\\d+) papers</p>").matcher(html);
        assertTrue(count.find());
        assertEquals(dates.size(), Integer.parseInt(count.group(1)));
    }

    @Test
    void indexShowsTheDatasetAndAQueryForm() {
        HttpResponse<String> r = served.get("/");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("34 papers"), "the seed's 33 and the hostile one");
        assertTrue(html.contains("href=\"/topic/alignment\""));
        assertTrue(html.contains("<form action=\"/papers/sparql\""));
        assertTrue(html.contains("href=\"/.well-known/void\""));
    }

    /** The feed carries hostile text as text: the XML writer escapes it, and a feed parser reads it back whole. */
    @Test
    void hostileTextIsTextInTheFeed() throws Exception {
        var r = served.get("/source/hostile/feed.atom");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>"), r.body());
        var feed = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io.WireFeedInput().build(new java.io.StringReader(r.body()));
        var entry = feed.getEntries().get(0);
        assertEquals("<script>alert(1)</script> & \"quotes\"", entry.getTitle());
        assertEquals("</script><img src=x onerror=alert(2)>", entry.getSummary().getValue());
        assertTrue(entry.getCategories().stream().anyMatch(c -> "<b>Bold</b>".equals(c.getLabel())), r.body());
    }

    @Test
    void everythingFromTheDataIsEscaped() {
        for (String path : List.of("/paper/2405.00001.html", "/", "/topic/alignment.html", "/topics.html",
                "/listing/hostile/2405.00001.html", "/source/hostile.html", "/changes")) {
            String html = served.get(path).body();
            assertFalse(html.contains("<script>alert"), path);
            assertFalse(html.contains("<img src=x"), path);
            assertFalse(html.contains("<b>Bold"), path);
        }
        String rejected = served.get("/sparql?query=" + TestSparqlEndpoints.q("SELECT ?r { ?r a <" + org.papergraph.rdf.Vocab.PG + "RejectedRow" + "> }"),
                "Accept", "text/csv").body().split("\\r\\n")[1];
        HttpResponse<String> r = served.get(rejected.substring(served.store.iris().base().length() - 1), "Accept", "text/html");
        assertEquals(303, r.statusCode(), rejected);
        String rejectedPage = served.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(rejectedPage.contains("&lt;script&gt;alert(3)&lt;/script&gt;"), rejectedPage);
        assertFalse(rejectedPage.contains("<script>alert"), rejectedPage);
        String page = served.get("/paper/2405.00001.html").body();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), page);
        assertFalse(page.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "").contains("</script><img"), page);
    }

    @Test
    void sourcePageListsItsRowsCompactly() {
        String html = served.get("/source/2024-05-seed-papers.html").body();
        assertTrue(html.contains("Referred to by"), html);
        assertTrue(html.contains("href=\"/listing/2024-05-seed-papers/2405.18870\""), "each listing is linked");
        String outsideCharts = html.replaceAll("(?s)<figure class=\"chart\">.*?</figure>", "");
        assertEquals(2, outsideCharts.split("<table>", -1).length - 1, "two tables besides the charts': the source's own statements, and what was read");
        assertTrue(html.contains("<h2>What was read</h2>"), html);
    }

    /** The endpoint's short address in a browser is the SPARQL editor ({@link TestEditor}); every page links it. */
    @Test
    void theEndpointInABrowserIsTheEditor() {
        HttpResponse<String> r = served.get("/sparql", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<div id=\"editor\">"), r.body());
        assertTrue(r.body().contains("<a href=\"/sparql\">SPARQL</a>"), r.body());
    }

    @Test
    void voidDescribesTheDataset() {
        HttpResponse<String> r = served.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        Node d = NodeFactory.createURI(served.iri("/.well-known/void#dataset"));
        assertTrue(g.contains(d, Vocab.TYPE, NodeFactory.createURI(Vocab.VOID + "Dataset")));
        assertTrue(g.contains(d, NodeFactory.createURI(Vocab.VOID + "sparqlEndpoint"), NodeFactory.createURI(served.iri("/papers/sparql"))),
                "at the configured public base, by default the store's");
        long triples = Long.parseLong(g.find(d, NodeFactory.createURI(Vocab.VOID + "triples"), null).next().getObject().getLiteralLexicalForm());
        assertEquals(served.store.tripleCount(), triples);
        assertTrue(g.contains(d, NodeFactory.createURI(Vocab.VOID + "exampleResource"), Node.ANY));
        assertEquals(200, served.get("/.well-known/void", "Accept", "text/html").statusCode());
    }

    @Test
    void sitemapListsEveryPaperAndTopic() throws Exception {
        HttpResponse<String> r = served.get("/sitemap.xml");
        assertEquals(200, r.statusCode());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        var locs = doc.getElementsByTagName("loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) urls.add(locs.item(i).getTextContent());
        assertTrue(urls.contains(served.iri("/paper/2405.18870")), "under the configured public base, by default the store's");
        assertTrue(urls.contains(served.iri("/topic/alignment")));
        assertTrue(urls.stream().allMatch(u -> u.startsWith(served.iri("/"))));
        String topics = served.get("/sparql?query=" + TestSparqlEndpoints.q("SELECT (COUNT(DISTINCT ?t) AS ?n) "
                + "{ ?p a <https://schema.org/ScholarlyArticle> ; <http://purl.org/dc/terms/subject> ?t }"), "Accept", "text/csv").body();
        assertEquals(1 + 34 + Integer.parseInt(topics.split("\r\n")[1]), urls.size(), "the home page, every paper and every topic");
    }
}
