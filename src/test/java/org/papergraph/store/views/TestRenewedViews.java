package org.papergraph.store.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.MonthlyLists;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.load.Loader;
import org.papergraph.store.SourceRecord;
import org.papergraph.store.Store;

/**
 * Views renewed after a reload from the ones before ({@link Store#renewViews}: only the papers and sources the loads
 * changed are read again) answer every question exactly as views built afresh from the store's index scans, which
 * {@code TestPaperViews} holds to the plain SPARQL forms: after edits, additions and removals of sources, a paper two
 * sources list that one of them drops, topics that vanish, a topic whose least label leaves, and two loads between
 * renewals. Real lists on a real TDB2 store.
 */
class TestRenewedViews {
    static final String HEADER = "| Date | Name | Abstract | Topics |\n| --- | --- | --- | --- |\n";

    @TempDir
    Path dir;

    static String row(String date, String title, String id, String topics) {
        return "| " + date + " | [" + title + "](https://arxiv.org/abs/" + id + ") | About " + title + ". | " + topics + " |\n";
    }

    @Test
    void renewedViewsAnswerAsViewsBuiltAfresh() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        List<Path> monthly = new ArrayList<>();
        for (String f : MonthlyLists.paths()) monthly.add(Files.copy(Path.of(f), lists.resolve(Path.of(f).getFileName())));
        Path a = lists.resolve("a.md"), b = lists.resolve("b.md"), c = lists.resolve("c.md");
        // 2401.15884 is in the January list too; 2499.00001 is listed by a and b with topics of each.
        Files.writeString(a, HEADER + row("1 May 2024", "Shared paper", "2499.00001", "Retrieval, Only In A")
                + row("2 May 2024", "Lonely paper", "2499.00002", "Vanishing Topic")
                + row("3 May 2024", "Corrective RAG again", "2401.15884", "RAG, Agents"));
        Files.writeString(b, HEADER + row("4 May 2024", "Shared paper, b's title", "2499.00001", "retrieval, Only In B")
                + row("5 May 2024", "B's own", "2499.00003", "Only In B, retrieval"));
        try (Store store = Store.open(dir.resolve("store"), null)) {
            List<Path> given = new ArrayList<>(monthly);
            given.addAll(List.of(a, b));
            load(store, given);
            store.views().warmUp();
            store.views().changeCount(); // the listings' index too
            assertSame(store, "as loaded");

            // An edit: a title, a date and the topics of a row; another list unchanged.
            edit(monthly.get(0), "| 29 Jan 2024 | [Corrective Retrieval Augmented Generation]", "| 30 Jan 2025 | [Corrective RAG, retitled]");
            edit(a, "RAG, Agents", "Agents, Brand New Topic");
            load(store, given);
            renew(store);
            assertSame(store, "after an edit");

            // A source added, listing a new paper and one another source lists.
            Files.writeString(c, HEADER + row("6 May 2024", "New in c", "2499.00004", "Brand New Topic, Retrieval")
                    + row("7 May 2024", "Shared with b", "2499.00003", "Only In B, Only In C"));
            given.add(c);
            load(store, given);
            renew(store);
            assertSame(store, "after a source was added");

            // b drops the paper a lists too (its topics from b go, the paper stays); a drops its only paper on a topic.
            Files.writeString(b, HEADER + row("5 May 2024", "B's own", "2499.00003", "Only In B, retrieval"));
            edit(a, row("2 May 2024", "Lonely paper", "2499.00002", "Vanishing Topic"), "");
            load(store, given);
            renew(store);
            assertSame(store, "after papers left their lists");
            assertFalse(topicNames(store.views()).contains("Vanishing Topic"), "a topic no paper has is gone");

            // Two loads, one renewal: a source removed (--sync), then the least label of a topic goes with an edit.
            given.remove(c);
            given.remove(monthly.get(1));
            load(store, given);
            edit(a, "Retrieval, Only In A", "Only In A");
            load(store, given);
            renew(store);
            assertSame(store, "after two loads, a source removed");
            assertTrue(topicNames(store.views()).contains("retrieval"), "the topic's least label left with a's: b's is next");

            // A source removed whose papers no other lists, and nothing else.
            given.remove(b);
            load(store, given);
            renew(store);
            assertSame(store, "after a source and its papers left");
        }
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    static void load(Store store, List<Path> files) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path f : files) inputs.add(Input.file(f, false));
        new Loader(store, Converter.builder().base(store.iris().base()).build(), p -> {}, s -> {}, false,
                new PrintStream(PrintStream.nullOutputStream())).load(inputs, true);
    }

    static void renew(Store store) {
        PaperViews before = store.views();
        store.renewViews(() -> false);
        assertTrue(store.views() != before, "new views");
        assertTrue(store.views().warm(), "renewed warm, from the old arrays");
    }

    static Set<String> topicNames(PaperViews views) {
        Set<String> out = new LinkedHashSet<>();
        for (Node t : views.topicsByCount()) out.add(views.label(t));
        return out;
    }

    /** Every question, asked of the store's renewed views and of views built afresh. */
    static void assertSame(Store store, String when) {
        PaperViews renewed = store.views();
        PaperViews fresh = new PaperViews(store.dataset(), store.iris().statistics(), store.iris().history(), store.text());
        fresh.warmUp();
        assertEquals(fresh.paperCount(), renewed.paperCount(), when);
        assertEquals(fresh.topicCount(), renewed.topicCount(), when);
        assertEquals(fresh.topicsByCount(), renewed.topicsByCount(), "topics by count, " + when);
        List<Node> papers = fresh.newest(0, Integer.MAX_VALUE);
        assertEquals(papers, renewed.newest(0, Integer.MAX_VALUE), "newest, " + when);
        Function<List<PaperViews.Scored>, List<String>> text = l -> l.stream().map(s -> s.node().getURI() + " " + s.shared()).toList();
        for (Node t : fresh.topicsByCount()) {
            assertEquals(fresh.label(t), renewed.label(t), "label of " + t + ", " + when);
            assertEquals(fresh.count(t), renewed.count(t), "count of " + t + ", " + when);
            assertEquals(fresh.papersOf(t, 0, Integer.MAX_VALUE), renewed.papersOf(t, 0, Integer.MAX_VALUE), "papers of " + t + ", " + when);
            assertEquals(text.apply(fresh.relatedTopics(t, Integer.MAX_VALUE)), text.apply(renewed.relatedTopics(t, Integer.MAX_VALUE)),
                    "topics related to " + t + ", " + when);
            assertEquals(listed(fresh.newestListedOn(t, 0, Integer.MAX_VALUE)), listed(renewed.newestListedOn(t, 0, Integer.MAX_VALUE)),
                    "newest listed on " + t + ", " + when);
        }
        for (Node p : papers) {
            assertEquals(fresh.topicsOf(p), renewed.topicsOf(p), "topics of " + p + ", " + when);
            assertEquals(text.apply(fresh.neighbours(p, 20)), text.apply(renewed.neighbours(p, 20)), "neighbours of " + p + ", " + when);
        }
        assertEquals(listed(fresh.newestListed(0, Integer.MAX_VALUE)), listed(renewed.newestListed(0, Integer.MAX_VALUE)), "newest listed, " + when);
        Set<Node> sources = new LinkedHashSet<>();
        for (SourceRecord s : store.sources()) sources.add(s.source());
        for (String slug : List.of("a", "b", "c", "2024-02-papers")) sources.add(store.iris().source(slug)); // also once gone
        for (Node s : sources)
            assertEquals(listed(fresh.newestListedIn(s, 0, Integer.MAX_VALUE)), listed(renewed.newestListedIn(s, 0, Integer.MAX_VALUE)),
                    "newest listed in " + s + ", " + when);
        assertEquals(fresh.changeCount(), renewed.changeCount(), when);
        assertEquals(changes(fresh.changes(0, Integer.MAX_VALUE)), changes(renewed.changes(0, Integer.MAX_VALUE)), "changes, " + when);
    }

    static List<String> listed(List<PaperViews.Listed> l) { return l.stream().map(x -> x.paper().getURI() + " " + x.listed()).toList(); }

    static List<String> changes(List<PaperViews.Change> l) {
        return l.stream().map(c -> c.listing().getURI() + " " + c.paper().getURI() + " " + c.source().getURI() + " " + c.added() + " " + c.changed()).toList();
    }
}
