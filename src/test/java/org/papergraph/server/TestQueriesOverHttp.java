package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.MonthlyLists;

/** The canned queries over HTTP: listed, run with parameters, answered in each format. */
class TestQueriesOverHttp {
    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void start() { served = Served.start(dir.resolve("store"), MonthlyLists.paths(), b -> b); }

    @AfterAll
    static void stop() { served.close(); }

    @Test
    void listedAsJsonAndHtml() {
        JsonArray all = JSON.parseAny(served.get("/queries", "Accept", "application/json").body()).getAsArray();
        assertTrue(all.size() >= 10);
        assertTrue(all.toString().contains("\"name\" : \"papers-on-topic\""), all.toString());
        String html = served.get("/queries", "Accept", "text/html").body();
        assertTrue(html.contains("<form action=\"/queries/papers-on-topic\""), html);
    }

    @Test
    void answersAsTheCliDoes() throws Exception {
        HttpResponse<String> csv = served.get("/queries/papers-with-code", "Accept", "text/csv");
        assertEquals(200, csv.statusCode());
        assertEquals(Files.readString(Path.of("src/test/resources/queries/papers-with-code.csv")).replace("\r\n", "\n"),
                csv.body().replace("\r\n", "\n"));
        HttpResponse<String> json = served.get("/queries/papers-on-topic?topic=RAG", "Accept", "application/sparql-results+json");
        var rs = ResultSetMgr.read(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        int n = 0;
        while (rs.hasNext()) { rs.next(); n++; }
        assertEquals(9, n, "the monthly lists have nine RAG papers");
        assertTrue(served.get("/queries/topics?format=xml").body().contains("<sparql"));
        assertTrue(served.get("/queries/topics?format=tsv").body().startsWith("?topic\t?label\t?papers"));
    }

    @Test
    void htmlTableLinksEveryIri() {
        String html = served.get("/queries/papers-on-topic?topic=RAG", "Accept", "text/html").body();
        assertTrue(html.contains("<th>paper</th>"), html);
        assertTrue(html.contains("<a href=\"/paper/"), html);
    }

    @Test
    void searchReadsTheStoresIndexThroughFuseki() {
        String csv = served.get("/queries/search?word=Mamba&format=csv").body();
        assertTrue(csv.startsWith("paper,date,title"), csv);
        assertTrue(csv.lines().count() > 1 && csv.lines().skip(1).allMatch(l -> l.toLowerCase().contains("mamba")), csv);
    }

    @Test
    void badRequestsAreRefused() {
        assertEquals(404, served.get("/queries/no-such-query").statusCode());
        assertEquals(400, served.get("/queries/topics?nonsense=1").statusCode());
        HttpResponse<String> injected = served.get("/queries/search?word=%22%20%7D%20DROP%20ALL%20%23&format=csv");
        assertEquals(200, injected.statusCode());
        assertFalse(injected.body().contains("http"), "no paper contains the text, and nothing else ran");
    }
}
