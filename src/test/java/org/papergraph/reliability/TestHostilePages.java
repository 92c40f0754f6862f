package org.papergraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.papergraph.server.Served;
import org.papergraph.server.html.Html;

/**
 * Script in the data, checked where it would run: a list whose titles, abstracts, topics and links carry script
 * payloads of many kinds is loaded and its pages opened in headless Chromium. Each payload would set a global,
 * change the title or leave a marked element; the test reads the live DOM and finds none of it.
 */
class TestHostilePages {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static { Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.OFF); }

    static final List<String> PAYLOADS = List.of("<script>window.pgx=1;document.title='PWNED'</script>",
            "<img id=pgx1 src=x onerror=\"window.pgx=1\">", "<svg id=pgx2 onload=window.pgx=1>", "\"><b id=pgx3>x</b>",
            "'><iframe id=pgx4 srcdoc='<script>parent.pgx=1</script>'>", "</script><script>window.pgx=1</script>",
            "</title><script>window.pgx=1</script>", "<a id=pgx5 href=javascript:window.pgx=1>x</a>",
            "{{constructor.constructor('window.pgx=1')()}}", "<details id=pgx6 open ontoggle=window.pgx=1>",
            "&lt;script&gt;window.pgx=1&lt;/script&gt;", "<style id=pgx7>*{}</style>", "<base id=pgx8 href=//example.org/>");

    @Test
    void noPayloadFromTheDataRunsOrBecomesMarkup(@TempDir Path dir) throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "needs chromium and chromium-driver");
        StringBuilder md = new StringBuilder("| Date | Title | Link | Abstract | Topics |\n| --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String p = PAYLOADS.get(i).replace("|", "\\|");
            String link = i % 3 == 0 ? "javascript:window.pgx=1" : i % 3 == 1 ? "data:text/html,<script>window.pgx=1</script>" : "https://arxiv.org/abs/2401." + (10000 + i);
            md.append("| 2024-01-0").append(1 + i % 9).append(" | Paper ").append(i).append(' ').append(p).append(" | ").append(link)
              .append(" | Abstract ").append(p).append(" | ").append(p.replace(",", " ")).append(", t").append(i).append(" |\n");
        }
        Path list = dir.resolve("hostile.md");
        Files.writeString(list, md.toString());
        try (Served served = Served.start(dir.resolve("store"), List.of(list.toString()), b -> b)) {
            List<String> pages = new ArrayList<>(List.of("/", "/topics.html", "/sources.html", "/queries/latest",
                    "/queries/search?word=" + java.net.URLEncoder.encode(PAYLOADS.get(0), "UTF-8"), "/paper/%3Cscript%3Ewindow.pgx=1%3C/script%3E"));
            String index = served.get("/", "Accept", "text/html").body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(/(?:paper|topic)/[^\"]+)\"").matcher(served.get("/topics.html").body() + index);
            while (m.find()) pages.add(m.group(1).replace("&amp;", "&"));
            ChromeDriver browser = chromium(dir.resolve("profile"));
            List<String> wrong = new ArrayList<>();
            try {
                for (String page : pages.stream().distinct().limit(60).toList()) {
                    browser.get(served.url + page.substring(1));
                    Object ran = browser.executeScript("return window.pgx === undefined ? null : 'ran'");
                    // Any SVG but the pages' own charts (straight inside figure.chart), and any script but the search box's, is from the data.
                    Object live = browser.executeScript("return Array.from(document.querySelectorAll("
                            + "'[id^=pgx], iframe, svg:not(figure.chart > svg), base, [onerror], [onload], [ontoggle], script:not([type=\"application/ld+json\"]):not([src=\"" + Html.SUGGEST_SCRIPT + "\"])'"
                            + ")).concat(Array.from(document.links).filter(a => !/^https?:$/.test(a.protocol))).map(e => e.outerHTML.substring(0, 120)).join(' ')");
                    if (ran != null) wrong.add(page + ": a payload ran");
                    if (browser.getTitle().equals("PWNED")) wrong.add(page + ": the title was changed");
                    if (!live.toString().isEmpty()) wrong.add(page + ": markup from the data: " + live);
                }
            } finally {
                browser.quit();
            }
            System.out.printf("hostile pages: %d pages opened in Chromium%n", Math.min(60, pages.stream().distinct().count()));
            assertTrue(pages.size() > 10, "paper and topic pages found: " + pages);
            assertEquals(List.of(), wrong);
        }
    }

    private static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
