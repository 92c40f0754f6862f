package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages as assistive technology and small screens meet them: axe-core (from npm, a test resource) finds no
 * serious or critical WCAG violation on the home page, a paper's, a topic's, a source's and the SPARQL editor,
 * each fits a 390 px phone without sideways scrolling, and printed the pages drop the site's navigation.
 */
class TestAccessibility {
    @TempDir
    static Path dir;
    static Served served;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = TestAccessibility.class.getResourceAsStream("/papergraph/axe/axe.min.js")) {
            assertNotNull(in, "axe-core is missing from the test classpath: build without -Dweb.skip (npm ci in src/main/web)");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        served = Served.seed(dir.resolve("store"));
    }

    @AfterAll
    static void stop() { served.close(); }

    static final List<String> PAGES = List.of("", "paper/2405.18870.html", "topics", "source/2024-05-seed-papers.html", "sparql");

    @Test
    void noSeriousViolationsAndNothingToScrollSideways(@TempDir Path profile) throws InterruptedException {
        ChromeDriver browser = TestBrowser.chromium(profile);
        try {
            List<String> pages = new java.util.ArrayList<>(PAGES);
            browser.get(served.url);
            pages.add(2, browser.findElement(By.cssSelector("a[href^='/topic/']")).getDomAttribute("href").substring(1));
            for (String page : pages) {
                browser.get(served.url + page);
                if (page.equals("sparql")) waitForEditor(browser);
                assertEquals("[]", violations(browser), "serious or critical accessibility violations on /" + page);
                fitsAPhone(browser, page);
            }
            // The editor with its results: the table, its paging and its controls.
            browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
            for (int i = 0; i < 200 && browser.findElements(By.cssSelector(".yasr table tbody tr td")).isEmpty(); i++) Thread.sleep(100);
            assertTrue(browser.findElements(By.cssSelector(".yasr table tbody tr td")).size() > 0, "the editor's results");
            assertEquals("[]", violations(browser), "serious or critical accessibility violations in the editor's results");
            fitsAPhone(browser, "sparql, with results");
        } finally {
            browser.quit();
        }
    }

    @Test
    void printedPagesLeaveOutTheNavigation(@TempDir Path profile) {
        ChromeDriver browser = TestBrowser.chromium(profile);
        try {
            browser.get(served.url + "paper/2405.18870.html");
            assertTrue(!browser.findElement(By.tagName("nav")).getCssValue("display").equals("none"), "the navigation, on screen");
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals("none", browser.findElement(By.tagName("nav")).getCssValue("display"), "the navigation, printed");
            assertEquals("none", browser.findElement(By.tagName("footer")).getCssValue("display"), "the footer, printed");
            assertTrue(browser.findElement(By.tagName("h1")).isDisplayed(), "the paper's title, printed");
        } finally {
            browser.quit();
        }
    }

    private static void fitsAPhone(ChromeDriver browser, String page) {
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= TestBrowser.PHONE_WIDTH, "/" + page + " is " + width + "px wide on a " + TestBrowser.PHONE_WIDTH + "px phone");
    }

    /** axe's serious and critical violations on the page, as JSON: each rule, its help and a few of its elements. */
    private static String violations(ChromeDriver browser) {
        browser.executeScript(axe);
        return (String) browser.executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))),
              e => done('axe failed: ' + e));
            """);
    }

    private static void waitForEditor(ChromeDriver browser) throws InterruptedException {
        for (int i = 0; i < 200 && browser.findElements(By.cssSelector(".yasgui .CodeMirror")).isEmpty(); i++) Thread.sleep(100);
        assertTrue(!browser.findElements(By.cssSelector(".yasgui .CodeMirror")).isEmpty(), "the editor did not load");
    }
}
