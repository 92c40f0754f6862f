package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.WireFeedInput;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.Main;

/**
 * The Atom feeds and /changes over a real server, after two loads of a list: the second adds a paper (with a title
 * that needs escaping) and changes a row. Every feed is parsed with ROME, a real feed parser.
 */
class TestFeeds {
    static final String HEADER = "| Date | Title | Authors | Abstract | Topics |\n| --- | --- | --- | --- | --- |\n";
    static final String A = "| 1 May 2024 | [Paper A](https://arxiv.org/abs/2405.00010) | Ada Lovelace, Alan Turing | About A. | RAG |\n";
    static final String B = "| 2 May 2024 | [Paper B](https://arxiv.org/abs/2405.00020) | | About B. | RAG, Agents |\n";
    static final String B_CHANGED = "| 2 May 2024 | [Paper B](https://arxiv.org/abs/2405.00020) | | About B, revised. | RAG, Agents |\n";
    static final String C = "| 3 May 2024 | [Paper C](https://arxiv.org/abs/2405.00030) | | About C. | Agents |\n";
    static final String NEW = "| 1 April 2024 | [Less < More & Then Some](https://arxiv.org/abs/2404.00001) | Grace Hopper | Small & new. | RAG |\n";
    static final String NEW_TITLE = "Less < More & Then Some";

    @TempDir
    static Path dir;
    static Served served;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Path list = dir.resolve("feeds.md");
        Files.writeString(list, HEADER + A + B + C);
        Files.setLastModifiedTime(list, FileTime.from(Instant.parse("2024-06-01T08:00:00Z"))); // the times the load records
        StringWriter err = new StringWriter();
        String[] load = {"load", list.toString(), "--db", dir.resolve("store").toString()};
        assertEquals(0, Main.run(load, new PrintWriter(new StringWriter()), new PrintWriter(err, true)), err.toString());
        // Older by its date, newer in the store: the new paper is dated before the others.
        Files.writeString(list, HEADER + A + B_CHANGED + C + NEW);
        Files.setLastModifiedTime(list, FileTime.from(Instant.parse("2024-06-01T08:01:00Z")));
        served = Served.start(dir.resolve("store"), List.of(list.toString()), b -> b);
        base = served.store.iris().base();
    }

    @AfterAll
    static void stop() { served.close(); }

    static Feed feed(String path) throws Exception {
        HttpResponse<String> r = served.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"), path);
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(r.body()));
        assertEquals("atom_1.0", feed.getFeedType(), path);
        return feed;
    }

    static String link(List<Link> links, String rel) {
        return links.stream().filter(l -> rel.equals(l.getRel())).map(Link::getHref).findFirst().orElse(null);
    }

    static List<String> ids(Feed feed) { return feed.getEntries().stream().map(Entry::getId).toList(); }

    @Test
    void theSiteFeedHasTheNewestListedFirst() throws Exception {
        Feed feed = feed("/feed.atom");
        assertEquals(base + "feed.atom", feed.getId());
        assertFalse(feed.getTitle().isBlank());
        assertEquals(base + "feed.atom", link(feed.getOtherLinks(), "self"));
        assertEquals(base, link(feed.getAlternateLinks(), "alternate"));
        assertEquals(List.of(base + "paper/2404.00001", base + "paper/2405.00010", base + "paper/2405.00020", base + "paper/2405.00030"),
                ids(feed), "the new paper first, though its date is the oldest; then by IRI");
        Entry first = feed.getEntries().get(0);
        assertEquals(NEW_TITLE, first.getTitle(), "escaped in the XML, read back whole");
        assertEquals(base + "paper/2404.00001", link(first.getAlternateLinks(), "alternate"));
        assertEquals("Small & new.", first.getSummary().getValue());
        assertEquals(List.of("Grace Hopper"), first.getAuthors().stream().map(SyndPerson::getName).toList());
        assertEquals(feed.getUpdated(), first.getUpdated(), "the feed is as new as its newest entry");
        for (int i = 1; i < feed.getEntries().size(); i++) {
            Entry e = feed.getEntries().get(i);
            assertTrue(e.getPublished().before(first.getPublished()), e.getId() + " was listed before the new paper");
            assertFalse(e.getTitle().isBlank());
            assertTrue(e.getSummary().getValue().startsWith("About "), e.getId());
        }
        Entry a = feed.getEntries().get(1);
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), a.getAuthors().stream().map(SyndPerson::getName).toList());
        Entry b = feed.getEntries().get(2);
        assertEquals(List.of(base + "topic/agents Agents", base + "topic/rag RAG"),
                b.getCategories().stream().map((Category c) -> c.getTerm() + " " + c.getLabel()).sorted().toList());
    }

    @Test
    void aTopicsFeedHoldsItsPapersOnly() throws Exception {
        Feed feed = feed("/topic/agents/feed.atom");
        assertEquals(List.of(base + "paper/2405.00020", base + "paper/2405.00030"), ids(feed));
        assertEquals(base + "topic/agents", link(feed.getAlternateLinks(), "alternate"));
        for (Entry e : feed.getEntries())
            assertTrue(e.getCategories().stream().anyMatch(c -> c.getTerm().equals(base + "topic/agents")), e.getId());
        assertEquals(base + "paper/2404.00001", ids(feed("/topic/rag/feed.atom")).get(0));
    }

    @Test
    void aSourcesFeedHoldsWhatItLists() throws Exception {
        Feed feed = feed("/source/feeds/feed.atom");
        assertEquals(base + "paper/2404.00001", ids(feed).get(0));
        assertEquals(4, feed.getEntries().size());
        assertEquals(base + "source/feeds", link(feed.getAlternateLinks(), "alternate"));
    }

    @Test
    void feedsRevalidateAndOnlyExistingOnesAnswer() {
        HttpResponse<String> r = served.get("/topic/rag/feed.atom");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, served.get("/topic/rag/feed.atom", "If-None-Match", etag).statusCode());
        for (String path : List.of("/topic/nothing-here/feed.atom", "/source/nothing-here/feed.atom", "/paper/2405.00010/feed.atom"))
            assertEquals(404, served.get(path).statusCode(), path);
        for (String path : List.of("/feed.atom", "/topic/rag/feed.atom", "/changes")) {
            HttpResponse<String> post = served.post(path, "text/plain", "x");
            assertEquals(405, post.statusCode(), path);
            assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow(), path);
        }
        assertEquals(303, served.get("/topic/rag").statusCode(), "the topic itself answers as before");
    }

    @Test
    void pagesLinkTheirFeeds() {
        for (String[] page : new String[][] {{"/", "/feed.atom"}, {"/topic/rag.html", "/topic/rag/feed.atom"},
                {"/source/feeds.html", "/source/feeds/feed.atom"}, {"/changes", "/feed.atom"}}) {
            String html = served.get(page[0]).body();
            assertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + page[1] + "\">"), page[0]);
        }
    }

    @Test
    void changesShowWhatIsNewFirstEscaped() {
        HttpResponse<String> r = served.get("/changes");
        assertEquals(200, r.statusCode());
        String html = r.body();
        List<String> items = List.of(html.split("<li>")).subList(1, html.split("<li>").length);
        assertEquals(4, items.stream().filter(i -> i.contains("/paper/")).count(), html);
        assertTrue(items.get(0).contains("Less &lt; More &amp; Then Some") && items.get(0).contains(" listed"), items.get(0));
        assertTrue(items.get(1).contains("Paper B") && items.get(1).contains(" changed"), items.get(1));
        assertFalse(html.contains(NEW_TITLE), "the title is escaped");
        assertTrue(items.get(0).contains("href=\"/source/feeds\""), items.get(0));
        assertTrue(served.get("/changes?page=2").body().contains("No such page."));
    }
}
