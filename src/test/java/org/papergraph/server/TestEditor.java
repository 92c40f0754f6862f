package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The SPARQL editor at {@code /sparql}: a browser asking for HTML gets YASGUI, served from the jar under a versioned
 * path, set up for papergraph; SPARQL clients at the same address get answers and the service description as before.
 * In Chromium the editor loads without an error or a request to another host, runs a canned query into a table of
 * rows, keeps the query in the URL, and completes papergraph's terms.
 */
class TestEditor {
    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void start() { served = Served.seed(dir.resolve("store")); }

    @AfterAll
    static void stop() { served.close(); }

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/assets/[0-9a-f]+/([\\w.]+))\"");

    @Test
    void aBrowserGetsTheEditorWithItsOwnFilesCachedForAYear() {
        HttpResponse<String> page = served.get("/sparql", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode(), page.body());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("connect-src 'self'") && csp.contains("script-src 'self'"), csp);
        assertTrue(page.body().contains("<noscript><form action=\"/sparql\" method=\"get\">"), "the plain form without JavaScript");
        assertTrue(page.body().contains("<script type=\"application/json\" id=\"editor-config\">"), page.body());
        assertTrue(page.body().contains("https://w3id.org/papergraph/ontology#listingOf"), "papergraph's terms, for completion");
        assertTrue(page.body().contains("\"name\":\"papers-on-topic\""), "the canned queries");
        Matcher m = ASSET.matcher(page.body());
        List<String> seen = new java.util.ArrayList<>();
        while (m.find()) {
            HttpResponse<String> asset = served.get(m.group(1));
            assertEquals(200, asset.statusCode(), m.group(1));
            assertEquals("public, max-age=31536000, immutable", asset.headers().firstValue("Cache-Control").orElse(""), m.group(1));
            String type = asset.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith(m.group(2).endsWith(".js") ? "text/javascript" : "text/css"), m.group(1) + " " + type);
            seen.add(m.group(2));
        }
        assertEquals(List.of("yasgui.min.css", "editor.css", "yasgui.min.js", "editor.js"), seen);
        assertEquals(404, served.get("/assets/000000000000/editor.js").statusCode(), "another version is not there");
        assertEquals(405, served.post("/assets/x", "text/plain", "").statusCode());
    }

    @Test
    void sparqlClientsAtTheSameAddressGetWhatTheyDid() {
        String query = "/sparql?query=" + TestSparqlEndpoints.q(TestSparqlEndpoints.COUNT);
        HttpResponse<String> curl = served.get(query, "Accept", "*/*");
        assertEquals(200, curl.statusCode(), curl.body());
        assertTrue(curl.body().contains("\"33\""), curl.body());
        HttpResponse<String> browserGet = served.get(query, "Accept", "text/html,*/*;q=0.8");
        assertEquals(200, browserGet.statusCode());
        assertFalse(browserGet.body().contains("<div id=\"editor\">"), "a query is answered, not edited");
        HttpResponse<String> form = served.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + TestSparqlEndpoints.q(TestSparqlEndpoints.COUNT), "Accept", "text/csv");
        assertEquals("n\r\n33\r\n", form.body());
        HttpResponse<String> described = served.get("/sparql", "Accept", "text/turtle");
        assertTrue(described.body().contains("SPARQL11Query"), described.body());
        assertTrue(served.get("/papers/sparql", "Accept", "text/html").body().contains("sd:endpoint"), "the long address's page describes the service");
    }

    @Test
    void theEditorRunsACannedQueryInChromium(@TempDir Path profile) throws InterruptedException {
        ChromeDriver browser = TestBrowser.chromium(profile);
        try {
            browser.get(served.url + "sparql");
            waitFor(browser, ".yasgui .CodeMirror", "the editor");
            assertTrue(browser.findElements(By.cssSelector(".yasgui .tabsList .tab")).size() >= 10, "the canned queries as tabs");
            browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
            waitFor(browser, ".yasr table tbody tr td", "a table of results");
            int rows = browser.findElements(By.cssSelector(".yasr table tbody tr")).size();
            assertTrue(rows >= 10, rows + " rows of the latest papers");
            assertTrue(URI.create(browser.getCurrentUrl()).getFragment().startsWith("query="), "the query in the URL: " + browser.getCurrentUrl());

            // A query in the URL opens and runs: in a page of its own, and in this one when only the fragment changes.
            for (String value : List.of("from-the-url", "from-a-link")) {
                if (value.equals("from-the-url")) browser.get("about:blank");
                browser.get(served.url + "sparql#query=" + TestSparqlEndpoints.q("SELECT ?n WHERE { VALUES ?n { \"" + value + "\" } }"));
                waitFor(browser, ".yasr table tbody tr td", "the URL's query answered");
                shows(browser, value);
            }

            // Completion of papergraph's own terms, from the page (YASGUI's would ask lov.linkeddata.es).
            browser.executeScript("""
                const yasqe = document.querySelector('.tabPanel.active .CodeMirror').CodeMirror;
                yasqe.setValue('PREFIX pg: <https://w3id.org/papergraph/ontology#>\\nSELECT * WHERE { ?s pg:listi');
                yasqe.focus();
                yasqe.setCursor({line: 1, ch: 1000});
                yasqe.autocomplete();""");
            waitFor(browser, ".CodeMirror-hints .CodeMirror-hint", "completions");
            assertEquals(List.of("pg:listingOf", "pg:listingWithOtherTitle"),
                    browser.findElement(By.cssSelector(".CodeMirror-hints")).getText().strip().lines().toList());

            List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertEquals(List.of(), severe, "errors in the browser's console");
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>) browser.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)");
            String origin = served.url.substring(0, served.url.length() - 1);
            assertFalse(requested.isEmpty());
            for (String url : requested) assertTrue(url.startsWith(origin + "/") || url.startsWith("data:"), "a request to another host: " + url);
        } finally {
            browser.quit();
        }
    }

    /** Waits for the visible results to show {@code text}. */
    private static void shows(ChromeDriver browser, String text) throws InterruptedException {
        String shown = "";
        for (int i = 0; i < 100 && !shown.contains(text); i++) {
            if (i > 0) Thread.sleep(100);
            shown = browser.findElements(By.cssSelector(".tabPanel.active .yasr table tbody")).stream().map(e -> e.getText()).findFirst().orElse("");
        }
        assertTrue(shown.contains(text), "the results show " + shown + ", not " + text + ", at " + browser.getCurrentUrl());
    }

    private static void waitFor(ChromeDriver browser, String css, String what) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (!browser.findElements(By.cssSelector(css)).isEmpty()) return;
            Thread.sleep(100);
        }
        throw new AssertionError("no " + what + " (" + css + ") on " + browser.getCurrentUrl() + ": "
                + browser.manage().logs().get(LogType.BROWSER).getAll());
    }
}
