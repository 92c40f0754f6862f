package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.papergraph.store.views.PaperViews;

/**
 * The charts as a reader sees them, in a real browser: the home page, a topic page and a source page each draw
 * papers per month with one bar per month that has papers, and the table beside each says the same numbers.
 */
class TestChartsInBrowser {

    @Test
    void pagesDrawTheirPapersPerMonth(@TempDir Path dir) {
        try (Served served = Served.start(dir.resolve("store"), List.of("data"), b -> b)) {
            PaperViews views = served.store.views();
            Node topic = views.topicsByCount().get(0);
            Node source = served.store.sources().stream().filter(s -> s.papers() > 0).findFirst().orElseThrow().source();
            ChromeDriver browser = TestBrowser.chromium(dir.resolve("profile"));
            try {
                browser.get(served.url);
                SortedMap<String, Long> all = views.papersPerMonth();
                all.keySet().removeIf(m -> !m.matches("\\d{4}-\\d{2}"));
                assertTrue(all.size() > 1, "the data spans several months: " + all);
                assertDrawn(browser, all, "home");
                assertEquals(1, browser.findElements(By.cssSelector("#chart-code")).size(), "the home page's share with code");

                browser.get(served.url + path(served, topic));
                assertDrawn(browser, views.papersPerMonthOn(topic), "topic " + views.label(topic));
                assertFalse(browser.findElements(By.cssSelector("svg.bars rect.bar")).isEmpty(), "a topic's neighbours");
                browser.findElement(By.cssSelector("svg.bars a")).click();
                assertTrue(browser.getCurrentUrl().contains("/topic/"), "a neighbour's label leads to its page: " + browser.getCurrentUrl());

                browser.get(served.url + path(served, source));
                assertDrawn(browser, views.papersPerMonthIn(source), "source " + source);
            } finally {
                browser.quit();
            }
        }
    }

    private static void assertDrawn(ChromeDriver browser, Map<String, ? extends Number> expected, String page) {
        List<WebElement> figures = browser.findElements(By.xpath("//figure[.//*[local-name()='svg' and contains(@class,'months')]]"));
        assertEquals(1, figures.size(), "one chart of papers per month on the " + page + " page, " + browser.getCurrentUrl()
                + ": " + browser.findElement(By.tagName("main")).getText().lines().limit(5).toList());
        WebElement figure = figures.get(0);
        List<WebElement> bars = figure.findElements(By.cssSelector("svg.months rect.bar"));
        assertEquals(expected.size(), bars.size(), "bars on the " + page + " page");
        assertTrue(bars.stream().allMatch(b -> Double.parseDouble(b.getDomAttribute("height")) > 0), "every bar stands on the " + page + " page");
        assertTrue(figure.findElement(By.cssSelector("svg")).getRect().getWidth() > 300, "the chart takes the page's width on the " + page + " page");
        List<String> rows = figure.findElements(By.cssSelector("tbody tr")).stream()
                .map(r -> r.getDomProperty("textContent")).toList();
        assertEquals(expected.entrySet().stream().map(e -> e.getKey() + e.getValue()).toList(), rows, "the " + page + " page's table");
    }

    private static String path(Served served, Node resource) {
        return resource.getURI().substring(served.store.iris().base().length());
    }
}
