package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jbibtex.BibTeXEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cite.CitationFormat;
import org.papergraph.cite.Parsed;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The search page over a running server: the seed's papers and a list with authors, code and two years, found by
 * words of their titles, abstracts, authors and topics; facets that narrow with the right counts, pages, JSON,
 * citations read by real parsers, the OpenSearch description and the suggestions, and bad input refused.
 */
class TestSearchPage {
    static final String QUOKKA = """
            | Date | Title | Authors | Code | Topics | Abstract |
            | --- | --- | --- | --- | --- | --- |
            | 2023-03-01 | [Quokka Retrieval for Graphs](https://arxiv.org/abs/2303.00001) | Zelda Quimby, Ann Lee | [GitHub](https://github.com/example/quokka) | RAG | Retrieval with quokka &lt;b&gt;tags&lt;/b&gt; & more |
            | 2023-07-01 | [Quokka Agents](https://arxiv.org/abs/2307.00002) | Bob Ray | | LLM Agents | Agents that hop like a quokka |
            | 2024-05-02 | [Quokka Three](https://arxiv.org/abs/2405.00003) | Cy Twombly | | RAG | The third quokka |
            """;

    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void start() throws Exception {
        Path list = dir.resolve("quokka.md");
        Files.writeString(list, QUOKKA);
        // A second list of one quokka paper: a paper two sources list is indexed again from the store (PaperTexts).
        Path again = dir.resolve("quokka-again.md");
        Files.writeString(again, "| Title | Topics |\n| --- | --- |\n| [Quokka Retrieval for Graphs](https://arxiv.org/abs/2303.00001) | Marsupials |\n");
        served = Served.start(dir.resolve("store"), List.of(Served.SEED.toString(), list.toString(), again.toString()), b -> b);
    }

    @AfterAll
    static void stop() { served.close(); }

    static String q(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private JsonObject json(String query) {
        HttpResponse<String> r = served.get("/search.json?" + query);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static List<String> hrefs(JsonObject found) {
        return found.getJsonArray("papers").getValuesAs(JsonObject.class).stream().map(p -> p.getString("href")).toList();
    }

    /** A facet's values with their counts. */
    private static Map<String, Integer> counts(JsonObject found, String facet) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonObject v : found.getJsonObject("facets").getJsonArray(facet).getValuesAs(JsonObject.class))
            out.put(v.getString("value"), v.getInt("count"));
        return out;
    }

    @Test
    void wordsOfATitleAnAbstractAnAuthorAndATopicFindThePaper() {
        assertTrue(hrefs(json("q=" + q("theory of mind"))).contains("/paper/2405.18870"), "title words");
        assertEquals(List.of("/paper/2405.12250"), hrefs(json("q=Procrustes")), "an abstract's word");
        assertEquals(List.of("/paper/2303.00001"), hrefs(json("q=Quimby")), "an author's name");
        assertEquals(List.of("/paper/2303.00001"), hrefs(json("q=marsupials")), "a topic's label, from the store");
        assertEquals(List.of("/paper/2303.00001"), hrefs(json("q=quimby&code=yes")), "its author and code, from the store");
        assertTrue(hrefs(json("q=" + q("knowledge graphs"))).contains("/paper/2405.20139"), "a topic's label (RAG on Knowledge Graphs)");
        assertEquals(List.of("/paper/2405.20204"), hrefs(json("q=jina+retri")), "the last word as typed so far");
        assertEquals(0, json("q=quokkaz").getInt("total"));
    }

    @Test
    void thePageMarksTheWordsFoundAndEscapesTheRest() {
        HttpResponse<String> r = served.get("/search?q=" + q("theory tags"));
        assertEquals(200, r.statusCode());
        assertEquals(0, json("q=" + q("theory tags")).getInt("total"), "every word must be found");
        String html = served.get("/search?q=tags").body();
        assertTrue(html.contains("&lt;b&gt;<mark>tags</mark>&lt;/b&gt; &amp; more"), html);
        assertFalse(html.contains("<b>tags"), "the abstract's markup is text");
        String title = served.get("/search?q=" + q("theory of mind")).body();
        assertTrue(title.contains("higher-order <mark>theory</mark> <mark>of</mark> <mark>mind</mark> tasks"), title);
        String hostile = served.get("/search?q=" + q("\"><script>alert(1)</script>")).body();
        assertFalse(hostile.contains("<script>alert"), hostile);
        assertTrue(hostile.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), "the box keeps the words, escaped");
    }

    @Test
    void facetsNarrowWithTheirCounts() {
        JsonObject all = json("q=quokka");
        assertEquals(3, all.getInt("total"));
        String rag = "rag", agents = "llm-agents";
        assertEquals(Map.of(rag, 2, agents, 1, "marsupials", 1), counts(all, "topics"));
        assertEquals(Map.of("2023", 2, "2024", 1), counts(all, "dates"));
        assertEquals(Map.of("yes", 1), counts(all, "code"));
        assertEquals(Map.of("quokka", 3, "quokka-again", 1), counts(all, "sources"));

        JsonObject onRag = json("q=quokka&topic=" + rag);
        assertEquals(2, onRag.getInt("total"));
        assertEquals(Map.of("2023", 1, "2024", 1), counts(onRag, "dates"));
        assertEquals(1, onRag.getJsonArray("active").size(), "the topic is in force");
        assertEquals("/search.json?q=quokka", onRag.getJsonArray("active").getJsonObject(0).getString("href"), "and removable");

        JsonObject in2023 = json("q=quokka&from=2023&to=2023");
        assertEquals(2, in2023.getInt("total"));
        assertEquals(Map.of("2023-03", 1, "2023-07", 1), counts(in2023, "dates"), "a year picked, its months");
        assertEquals(List.of("/paper/2307.00002"), hrefs(json("q=quokka&from=2023-06&to=2024-04")));
        assertEquals(List.of("/paper/2303.00001"), hrefs(json("q=quokka&code=yes")));
        assertEquals(3, json("q=quokka&source=quokka").getInt("total"));
        assertEquals(0, json("q=quokka&source=2024-05-seed-papers").getInt("total"));

        // Each facet value is a plain link on the page, which the page follows to the narrowed search.
        String page = served.get("/search?q=quokka").body();
        assertTrue(page.contains("href=\"/search?q=quokka&amp;topic=rag\""), page);
        assertTrue(page.contains("href=\"/search?q=quokka&amp;from=2023&amp;to=2023\""), page);
        assertTrue(page.contains("href=\"/search?q=quokka&amp;code=yes\""), page);
    }

    @Test
    void ordersAndPages() {
        assertEquals(List.of("/paper/2405.00003", "/paper/2307.00002", "/paper/2303.00001"), hrefs(json("q=quokka&sort=newest")));
        JsonObject first = json("q=quokka&sort=newest&size=2");
        assertEquals(List.of("/paper/2405.00003", "/paper/2307.00002"), hrefs(first));
        assertEquals("/search.json?q=quokka&sort=newest&size=2&page=2", first.getString("next"));
        assertFalse(first.containsKey("prev"));
        JsonObject second = json("q=quokka&sort=newest&size=2&page=2");
        assertEquals(List.of("/paper/2303.00001"), hrefs(second));
        assertFalse(second.containsKey("next"));
        String html = served.get("/search?q=quokka&sort=newest&size=2").body();
        assertTrue(html.contains("<a rel=\"next\" href=\"/search?q=quokka&amp;sort=newest&amp;size=2&amp;page=2\">"), html);
        assertTrue(html.contains("<link rel=\"next\" href=\"/search?q=quokka&amp;sort=newest&amp;size=2&amp;page=2\">"), html);
        String two = served.get("/search?q=quokka&sort=newest&size=2&page=2").body();
        assertTrue(two.contains("<a rel=\"prev\" href=\"/search?q=quokka&amp;sort=newest&amp;size=2\">"), two);
        assertEquals("/paper/2303.00001", hrefs(json("q=" + q("quokka retrieval"))).get(0), "most words matched first");
    }

    @Test
    void byAcceptAndExtension() {
        HttpResponse<String> r = served.get("/search?q=quokka", "Accept", "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertTrue(served.get("/search?q=quokka", "Accept", "text/html").body().startsWith("<!DOCTYPE html>"));
        assertEquals(406, served.get("/search?q=quokka", "Accept", "image/png").statusCode());

        var entries = Parsed.bibtex(served.get("/search.bib?q=Quimby").body()).getEntries().values();
        assertEquals(1, entries.size());
        BibTeXEntry only = entries.iterator().next();
        assertEquals("Quokka Retrieval for Graphs", Parsed.field(only, "title"));
        assertEquals(3, Parsed.csl(CitationFormat.CSL_JSON, served.get("/search.csl.json?q=quokka").body()).size());
        assertEquals(3, Parsed.ris(served.get("/search.ris?q=quokka").body()).getReferences().size());
    }

    @Test
    void badSearchesAreRefusedInOneLine() {
        assertEquals(400, served.get("/search?q=" + "a".repeat(SearchAddress.MAX_Q + 1)).statusCode());
        assertEquals(400, served.get("/search?q=x&sort=random").statusCode());
        assertEquals(400, served.get("/search?q=x&size=1000").statusCode());
        assertEquals(400, served.get("/search?q=x&page=100000").statusCode());
        assertEquals(400, served.get("/search?q=x&from=May").statusCode());
        assertEquals(400, served.get("/search?q=x&topic=..").statusCode());
        assertEquals(400, served.get("/search?q=" + q("a b c d e f g h i j k l m n o p q")).statusCode(), "too many words");
        // Lucene's syntax is not read: a wildcard, a field or a range is a word or nothing.
        assertEquals(200, served.get("/search?q=" + q("*ory")).statusCode());
        assertEquals(json("q=ory").getInt("total"), json("q=" + q("*ory")).getInt("total"));
        assertEquals(0, json("q=" + q("iri:[a TO z]")).getInt("total"));
        assertEquals(200, served.get("/search").statusCode(), "no words: the page says what to type");
    }

    @Test
    void everyPageNamesTheOpenSearchDescriptionWhichParses() throws Exception {
        for (String page : List.of("/", "/paper/2405.18870.html", "/topic/rag.html", "/search?q=x")) {
            String html = served.get(page).body();
            assertTrue(html.contains("<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"papergraph\" href=\"/opensearch.xml\">"), page);
            assertTrue(html.contains("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">"), page);
        }
        HttpResponse<String> r = served.get("/opensearch.xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(OpenSearchServlet.MEDIA_TYPE));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
        assertEquals("OpenSearchDescription", d.getDocumentElement().getLocalName());
        assertEquals("http://a9.com/-/spec/opensearch/1.1/", d.getDocumentElement().getNamespaceURI());
        NodeList urls = d.getElementsByTagNameNS("http://a9.com/-/spec/opensearch/1.1/", "Url");
        Map<String, String> templates = new HashMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element u = (Element) urls.item(i);
            templates.put(u.getAttribute("type"), u.getAttribute("template"));
        }
        String base = served.store.iris().base();
        assertEquals(base + "search?q={searchTerms}&page={startPage?}", templates.get("text/html"));
        assertEquals(base + "search/suggest?q={searchTerms}", templates.get("application/x-suggestions+json"));
    }

    @Test
    void suggestionsAreTopicsAndTitles() {
        HttpResponse<String> r = served.get("/search/suggest?q=quok");
        assertEquals(200, r.statusCode());
        JsonArray answer = Json.createReader(new StringReader(r.body())).readArray();
        assertEquals("quok", answer.getString(0));
        List<String> titles = answer.getJsonArray(1).getValuesAs(JsonValue.class).stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
        assertTrue(titles.containsAll(List.of("Quokka Retrieval for Graphs", "Quokka Agents", "Quokka Three")), titles.toString());
        JsonArray topics = Json.createReader(new StringReader(served.get("/search/suggest?q=quokka+ra").body())).readArray();
        assertTrue(topics.getJsonArray(1).getString(0).equals("RAG"), topics.toString());
        assertEquals("[\"\",[]]", served.get("/search/suggest?q=").body());
        assertEquals(200, served.get(SuggestScriptServlet.PATH).statusCode());
    }
}
