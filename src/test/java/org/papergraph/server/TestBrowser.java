package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.papergraph.cli.Main;
import org.papergraph.store.Store;

/**
 * The linked-data pages as a reader meets them: a real browser (Debian's chromium, headless, through its
 * chromedriver) on a phone-sized screen follows links from the index to a topic to a paper. Only a browser shows
 * what the 303s, the HTML and the viewport come to. Never skipped: without chromium it fails and names the packages.
 */
class TestBrowser {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int PHONE_WIDTH = 390;
    // Selenium warns at each start that it has no DevTools support for this chromium's version; the test uses none.
    private static final Logger SELENIUM_DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");
    static { SELENIUM_DEVTOOLS.setLevel(Level.OFF); }

    @Test
    void indexToTopicToPaperOnAPhone(@TempDir Path dir) {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        Path db = dir.resolve("store");
        StringWriter err = new StringWriter();
        String[] load = {"load", Path.of("data", "2024-05-seed-papers.md").toString(), "--db", db.toString()};
        assertEquals(0, Main.run(load, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());

        try (Store store = Store.openExisting(db); Server server = Server.builder(store).port(0).build()) {
            server.start();
            ChromeDriver browser = chromium(dir.resolve("profile"));
            try {
                browser.get(server.url());
                fitsAPhone(browser);
                browser.findElement(By.cssSelector("a[href^='/topic/']")).click();
                fitsAPhone(browser);
                WebElement paper = browser.findElement(By.cssSelector("a[href^='/paper/']"));
                String title = paper.getText();
                assertFalse(title.isBlank(), "the topic page's first paper link has no text: " + paper.getDomAttribute("href"));
                paper.click();
                assertEquals(title, browser.findElement(By.tagName("h1")).getText(), browser.getCurrentUrl());
                assertTrue(browser.getCurrentUrl().endsWith(".html"), "a browser is sent to the HTML document: " + browser.getCurrentUrl());
                fitsAPhone(browser);
                List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
                assertEquals(List.of(), severe, "errors in the browser's console");
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * A topic data/topics.md merged: its old address (a spelling's) takes the browser to the kept topic's page, which
     * names the other spellings and its broader topic, and lists every paper of every spelling; the broader topic's
     * page gathers them too, and links back down.
     */
    @Test
    void aMergedTopicsPageListsEverySpellingsPapers(@TempDir Path dir) {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        Path db = dir.resolve("store");
        StringWriter err = new StringWriter();
        List<String> load = new java.util.ArrayList<>(List.of("load", "--db", db.toString(), Path.of("data", "topics.md").toString()));
        load.addAll(org.papergraph.MonthlyLists.paths());
        assertEquals(0, Main.run(load.toArray(String[]::new), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());

        try (Store store = Store.openExisting(db); Server server = Server.builder(store).port(0).build()) {
            server.start();
            java.util.Set<String> spellingsPapers = new java.util.TreeSet<>();
            store.dataset().executeRead(() -> org.apache.jena.sparql.exec.QueryExec.dataset(store.dataset()).query(org.apache.jena.query.QueryFactory.create("""
                    PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX schema: <https://schema.org/>
                    SELECT ?p WHERE { VALUES ?t { <topic/multimodal-llms> <topic/multimodal-llm> <topic/multimodal-model> }
                      ?p dcterms:subject ?t ; a schema:ScholarlyArticle }""", store.iris().base())).select()
                    .forEachRemaining(b -> spellingsPapers.add("/" + b.get("p").getURI().substring(store.iris().base().length()))));
            assertTrue(spellingsPapers.size() >= 14, spellingsPapers.toString());
            for (String ext : List.of("", ".ttl")) {   // moved for good, in every format
                var moved = java.net.http.HttpClient.newHttpClient().sendAsync(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.url() + "topic/multimodal-llm" + ext)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).join();
                assertEquals(301, moved.statusCode());
                assertEquals("/topic/multimodal-llms" + ext, java.net.URI.create(moved.headers().firstValue("Location").orElseThrow()).getPath());
            }
            // The kept topic's document says what was merged into it, its other spellings and what it is under.
            String turtle = java.net.http.HttpClient.newHttpClient().sendAsync(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.url() + "topic/multimodal-llms.ttl")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).join().body();
            org.apache.jena.rdf.model.Model doc = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TURTLE).base(store.iris().base()).parse(doc);
            var mllms = doc.createResource(store.iris().base() + "topic/multimodal-llms");
            for (String merged : List.of("multimodal-llm", "multimodal-model"))
                assertTrue(doc.contains(doc.createResource(store.iris().base() + "topic/" + merged), org.apache.jena.vocabulary.DCTerms.isReplacedBy, mllms), turtle);
            assertTrue(doc.contains(mllms, org.apache.jena.vocabulary.SKOS.altLabel, "Multimodal LLM"), turtle);
            assertTrue(doc.contains(mllms, org.apache.jena.vocabulary.SKOS.broader, doc.createResource(store.iris().base() + "topic/multimodal-models")), turtle);
            ChromeDriver browser = chromium(dir.resolve("profile"));
            try {
                browser.get(server.url() + "topic/multimodal-llm");
                assertTrue(browser.getCurrentUrl().endsWith("/topic/multimodal-llms.html"), browser.getCurrentUrl());
                assertEquals("Multimodal LLMs", browser.findElement(By.tagName("h1")).getText());
                assertEquals("Also written as: Multimodal LLM; Multimodal Model", browser.findElement(By.cssSelector("p.spellings")).getText());
                java.util.Set<String> listed = new java.util.TreeSet<>();
                for (WebElement a : browser.findElements(By.cssSelector("ul.papers a[href^='/paper/']"))) listed.add(a.getDomAttribute("href"));
                assertEquals(spellingsPapers, listed, "every spelling's papers, each once");
                browser.findElement(By.cssSelector("ul.broader a")).click();
                assertEquals("Multimodal Models", browser.findElement(By.tagName("h1")).getText());
                java.util.Set<String> gathered = new java.util.TreeSet<>();
                for (WebElement a : browser.findElements(By.cssSelector("ul.papers a[href^='/paper/']"))) gathered.add(a.getDomAttribute("href"));
                assertTrue(gathered.containsAll(spellingsPapers) && gathered.size() > spellingsPapers.size(), "the broader topic gathers them");
                assertEquals("Multimodal LLMs", browser.findElement(By.cssSelector("ul.narrower a")).getText());
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * A script on a page of another origin (a second local server, on another port) reads the graph as a SPARQL
     * editor or a JSON-LD tool would: a query by GET, one by POST (which Chromium preflights), and a paper's JSON-LD
     * document. An update sent the same way is refused, and the store stays as it was.
     */
    @Test
    void aPageOnAnotherOriginReadsTheGraph(@TempDir Path dir) throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        try (Served served = Served.seed(dir.resolve("store"))) {
            long quads = served.store.quadCount();
            byte[] page = CROSS_ORIGIN_PAGE.replace("{server}", served.url).getBytes(StandardCharsets.UTF_8);
            HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            other.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            other.start();
            ChromeDriver browser = chromium(dir.resolve("profile"));
            try {
                browser.get("http://127.0.0.1:" + other.getAddress().getPort() + "/");
                String count = served.get("/papers/sparql?query=" + TestSparqlEndpoints.q(COUNT), "Accept", "text/csv").body().split("\r\n")[1];
                assertEquals(count, shown(browser, "get"), "the GET query's answer, read by the page");
                assertEquals("true", shown(browser, "post"), "the POST query's answer, read by the page");
                String jsonld = shown(browser, "jsonld");
                assertTrue(jsonld.contains("@context") && jsonld.contains("2405.18870"), jsonld);
                assertTrue(shown(browser, "update").matches("status 4\\d\\d"), shown(browser, "update"));
                assertEquals(quads, served.store.quadCount(), "the store is unchanged");
            } finally {
                browser.quit();
                other.stop(0);
            }
        }
    }

    /** A feed reader's way in: the browser finds a topic page's Atom feed in its head, and the feed it names is one. */
    @Test
    void aTopicPageNamesItsFeed(@TempDir Path dir) throws Exception {
        try (Served served = Served.seed(dir.resolve("store"))) {
            ChromeDriver browser = chromium(dir.resolve("profile"));
            try {
                browser.get(served.url);
                browser.findElement(By.cssSelector("a[href^='/topic/']")).click();
                String topic = browser.getCurrentUrl().replaceFirst("\\.html$", "");
                List<WebElement> feeds = browser.findElements(By.cssSelector("head link[rel='alternate'][type='application/atom+xml']"));
                assertEquals(1, feeds.size(), "one feed named on " + topic);
                String href = feeds.get(0).getDomProperty("href"); // as the browser resolves it
                assertEquals(topic + "/feed.atom", href);
                var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                var feed = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io.WireFeedInput().build(new java.io.StringReader(response.body()));
                assertFalse(feed.getEntries().isEmpty(), href);
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * The search as a reader uses it: types in the header's box and sees suggestions (filled by papergraph's script),
     * submits, narrows by a topic, goes to the next page, and follows a result to its paper's page.
     */
    @Test
    void searchSuggestNarrowPageAndFollow(@TempDir Path dir) throws Exception {
        StringBuilder list = new StringBuilder("| Date | Title | Topics |\n| --- | --- | --- |\n");
        for (int i = 1; i <= 25; i++)
            list.append(String.format("| 2024-04-%02d | [Wombat Study %d](https://arxiv.org/abs/2404.%05d) | %s |%n", i, i, 100 + i, i <= 22 ? "Burrows" : "Grass"));
        Path file = dir.resolve("wombats.md");
        Files.writeString(file, list);
        try (Served served = Served.start(dir.resolve("store"), List.of(file.toString()), b -> b)) {
            ChromeDriver browser = chromium(dir.resolve("profile"));
            try {
                browser.get(served.url);
                WebElement box = browser.findElement(By.cssSelector("form.search input[name=q]"));
                box.sendKeys("wombat stu");
                List<String> suggested = List.of();
                for (int i = 0; i < 100 && suggested.isEmpty(); i++) {
                    Thread.sleep(100);
                    suggested = browser.findElements(By.cssSelector("#pg-suggest option")).stream().map(o -> o.getDomProperty("value")).toList();
                }
                assertTrue(suggested.stream().anyMatch(s -> s.startsWith("Wombat Study")), "suggestions: " + suggested);
                box.sendKeys("dy");
                box.submit();
                assertTrue(browser.getCurrentUrl().contains("/search?q=wombat+study"), browser.getCurrentUrl());
                assertEquals(20, browser.findElements(By.cssSelector("ol.results li")).size());
                fitsAPhone(browser);
                browser.findElement(By.cssSelector("#facet-topics a")).click();
                assertTrue(browser.getCurrentUrl().contains("topic=burrows"), browser.getCurrentUrl());
                assertEquals("Burrows ✕", browser.findElement(By.cssSelector("ul.active a")).getText());
                browser.findElement(By.cssSelector("a[rel=next]")).click();
                assertTrue(browser.getCurrentUrl().contains("page=2"), browser.getCurrentUrl());
                List<WebElement> results = browser.findElements(By.cssSelector("ol.results li a"));
                assertEquals(2, results.size(), "22 papers on the topic: 2 on the second page");
                String title = results.get(0).getText();
                results.get(0).click();
                assertEquals(title, browser.findElement(By.tagName("h1")).getText(), browser.getCurrentUrl());
                List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
                assertEquals(List.of(), severe, "errors in the browser's console");
            } finally {
                browser.quit();
            }
        }
    }

    static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    static final String CROSS_ORIGIN_PAGE = """
        <!doctype html><html><head><title>elsewhere</title></head><body>
        <pre id="get"></pre><pre id="post"></pre><pre id="jsonld"></pre><pre id="update"></pre>
        <script>
        const server = "{server}";
        const results = {Accept: "application/sparql-results+json"};
        function show(id, answer) {
          answer.then(v => document.getElementById(id).textContent = v,
                      e => document.getElementById(id).textContent = "failed: " + e);
        }
        show("get", fetch(server + "papers/sparql?query=" + encodeURIComponent("%s"), {headers: results})
          .then(r => r.json()).then(j => j.results.bindings[0].n.value));
        show("post", fetch(server + "papers/sparql", {method: "POST", body: "ASK { ?s ?p ?o }",
            headers: {"Content-Type": "application/sparql-query", Accept: "application/sparql-results+json"}})
          .then(r => r.json()).then(j => String(j.boolean)));
        show("jsonld", fetch(server + "paper/2405.18870.jsonld").then(r => r.json()).then(j => JSON.stringify(j)));
        show("update", fetch(server + "papers/sparql", {method: "POST", headers: {"Content-Type": "application/sparql-update"},
            body: "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }"}).then(r => "status " + r.status));
        </script></body></html>
        """.formatted(COUNT);

    /** What the page shows in an element once its fetch is done (up to 20 s). */
    private static String shown(ChromeDriver browser, String id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String text = browser.findElement(By.id(id)).getText();
            if (!text.isEmpty()) return text;
            Thread.sleep(100);
        }
        throw new AssertionError("the page showed nothing in #" + id);
    }

    /** The page asks for the device's width and then fits it: nothing to scroll sideways. */
    private static void fitsAPhone(ChromeDriver browser) {
        String url = browser.getCurrentUrl();
        List<WebElement> viewport = browser.findElements(By.cssSelector("meta[name='viewport']"));
        assertEquals(1, viewport.size(), "one viewport meta on " + url);
        assertTrue(viewport.get(0).getDomAttribute("content").contains("width=device-width"), url + ": " + viewport.get(0).getDomAttribute("content"));
        Object width = browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(((Number) width).intValue() <= PHONE_WIDTH, url + " is " + width + "px wide on a " + PHONE_WIDTH + "px phone");
    }

    /**
     * Chromium emulating a phone, so that it honours the viewport meta as a phone does (desktop chromium ignores it,
     * and headless windows are never narrower than 500px). The driver and browser are named outright, so Selenium
     * Manager never looks for (or downloads) either.
     */
    static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--user-data-dir=" + profile);
        options.setExperimentalOption("mobileEmulation",
            Map.of("deviceMetrics", Map.of("width", PHONE_WIDTH, "height", 844, "pixelRatio", 3.0, "mobile", true)));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
