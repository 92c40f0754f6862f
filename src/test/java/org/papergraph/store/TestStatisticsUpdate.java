package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.MonthlyLists;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.load.LoadSummary;
import org.papergraph.load.Loader;

import static org.papergraph.rdf.Vocab.CODE_TALLY;
import static org.papergraph.rdf.Vocab.PAIR_TALLY;
import static org.papergraph.rdf.Vocab.PAPER_COUNT;

/**
 * The statistics a load brings up to date by what it changed ({@link StatisticsUpdate}) are exactly those a full
 * recount of the store gives, statement for statement, through a sequence of loads: titles, dates, topics and code
 * edited, a source added, a paper two sources list dropped by one, a topic vanishing, a topic's least label leaving,
 * sources removed. Real lists on a real TDB2 store; the recount each is compared with is rolled back.
 */
class TestStatisticsUpdate {
    static final String HEADER = "| Date | Name | Abstract | Topics | Code |\n| --- | --- | --- | --- | --- |\n";

    @TempDir
    Path dir;

    static String row(String date, String title, String id, String topics, String code) {
        return "| " + date + " | [" + title + "](https://arxiv.org/abs/" + id + ") | About " + title + ". | " + topics + " | "
                + (code == null ? "" : "[code](https://github.com/example/" + code + ")") + " |\n";
    }

    @Test
    void anUpdateEqualsAFullRecount() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        List<Path> monthly = new ArrayList<>();
        for (String f : MonthlyLists.paths()) monthly.add(Files.copy(Path.of(f), lists.resolve(Path.of(f).getFileName())));
        Path a = lists.resolve("a.md"), b = lists.resolve("b.md"), c = lists.resolve("c.md");
        Files.writeString(a, HEADER + row("1 May 2024", "Shared paper", "2499.00001", "Retrieval, Only In A", "shared")
                + row("2 May 2024", "Lonely paper", "2499.00002", "Vanishing Topic, RAG", null)
                + row("3 May 2024", "Corrective RAG again", "2401.15884", "RAG, Agents", null));
        Files.writeString(b, HEADER + row("4 May 2024", "Shared paper, b's title", "2499.00001", "retrieval, Only In B", null)
                + row("5 May 2024", "B's own", "2499.00003", "Only In B, retrieval", "bown"));
        List<Path> given = new ArrayList<>(monthly);
        given.addAll(List.of(a, b));
        try (Store store = Store.open(dir.resolve("store"), null)) {
            assertFalse(load(store, given).statisticsUpdated(), "a new store is counted whole");
            assertSameAsRecount(store, "as loaded");

            edit(a, "Shared paper]", "Shared paper, retitled]");
            assertTrue(load(store, given).statisticsUpdated(), "a title edited");
            assertSameAsRecount(store, "after a title was edited");

            edit(monthly.get(0), "| 29 Jan 2024 | [Corrective Retrieval Augmented Generation]", "| 30 Dec 2026 | [Corrective RAG, retitled]");
            edit(a, "RAG, Agents", "Agents, Brand New Topic, Retrieval");
            edit(a, row("2 May 2024", "Lonely paper", "2499.00002", "Vanishing Topic, RAG", null),
                    row("2 May 2024", "Lonely paper", "2499.00002", "Vanishing Topic, RAG", "lonely"));
            assertTrue(load(store, given).statisticsUpdated(), "a date, topics and code edited");
            assertSameAsRecount(store, "after a date, topics and code were edited");

            Files.writeString(c, HEADER + row("6 May 2027", "New in c", "2499.00004", "Brand New Topic, Retrieval", "c")
                    + row("7 May 2024", "Shared with b", "2499.00003", "Only In B, Only In C", null)
                    + row("", "Undated with code", "2499.00005", "Only In C", "undated"));
            given.add(c);
            assertTrue(load(store, given).statisticsUpdated());
            assertSameAsRecount(store, "after a source was added");

            Files.writeString(b, HEADER + row("5 May 2024", "B's own", "2499.00003", "Only In B, retrieval", null));
            edit(a, row("2 May 2024", "Lonely paper", "2499.00002", "Vanishing Topic, RAG", "lonely"), "");
            assertTrue(load(store, given).statisticsUpdated());
            assertSameAsRecount(store, "after papers left their lists");

            given.remove(c);
            given.remove(monthly.get(1));
            edit(a, "Retrieval, Only In A", "Only In A");
            assertTrue(load(store, given).statisticsUpdated());
            assertSameAsRecount(store, "after sources were removed and a least label left");

            given.remove(b);
            assertTrue(load(store, given).statisticsUpdated());
            assertSameAsRecount(store, "after a source and its papers left");
        }
    }

    static final String TOPICS = "| Topic | Also written as | Broader |\n|---|---|---|\n";

    /**
     * A topics file added, edited and removed, and a list edited under it: the counts follow the merges and the
     * broader topics (a paper once under each topic gathering it; pairs of kept topics), moved by the papers on the
     * topics that count otherwise, as a recount makes them.
     */
    @Test
    void anUpdateFollowsTheTopicsFile() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        List<Path> given = new ArrayList<>();
        for (String f : MonthlyLists.paths()) given.add(Files.copy(Path.of(f), lists.resolve(Path.of(f).getFileName())));
        Path a = lists.resolve("a.md"), b = lists.resolve("b.md"), topics = lists.resolve("topics.md");
        Files.writeString(a, HEADER + row("1 May 2024", "Shared paper", "2499.00001", "Retrieval, Only In A", "shared")
                + row("2 May 2024", "Lonely paper", "2499.00002", "Vanishing Topic, RAG", null)
                + row("3 May 2024", "Corrective RAG again", "2401.15884", "RAG, Agents", null));
        Files.writeString(b, HEADER + row("4 May 2024", "Shared paper, b's title", "2499.00001", "retrieval, Only In B", null)
                + row("5 May 2024", "B's own", "2499.00003", "Only In B, Agents", "bown"));
        given.addAll(List.of(a, b));
        try (Store store = Store.open(dir.resolve("store"), null)) {
            load(store, given);

            Files.writeString(topics, TOPICS + "| Only In A | Only In B | Retrieval |\n| RAG | Vanishing Topic | Retrieval Methods |\n");
            given.add(topics);
            assertTrue(load(store, given).statisticsUpdated(), "a topics file added is counted by what it moved");
            assertSameAsRecount(store, "after a topics file was added");
            Node onlyInA = store.iris().topic("only in a"), onlyInB = store.iris().topic("only in b");
            assertEquals(null, count(store, onlyInB), "a merged spelling has no count of its own");
            assertEquals(2L, count(store, onlyInA), "the kept topic counts its spelling's papers, the shared one once");
            assertEquals(null, count(store, store.iris().topicPair(onlyInA, onlyInB)), "two spellings of one topic make no pair");
            assertEquals(count(store, store.iris().topic("rag")), count(store, store.iris().topic("retrieval methods")),
                    "a topic named only as broader gathers its narrower topic's papers (the spelling's paper already RAG's)");

            edit(topics, "| RAG | Vanishing Topic | Retrieval Methods |", "| RAG | | Agents |");
            assertTrue(load(store, given).statisticsUpdated(), "a topics file edited");
            assertSameAsRecount(store, "after the topics file was edited");

            edit(a, "Vanishing Topic, RAG", "Only In B, Brand New Topic");
            assertTrue(load(store, given).statisticsUpdated(), "a list edited under the topics file");
            assertSameAsRecount(store, "after a list was edited under the topics file");

            given.remove(topics);
            assertTrue(load(store, given).statisticsUpdated(), "the topics file removed");
            assertSameAsRecount(store, "after the topics file was removed");
            assertEquals(null, count(store, store.iris().topic("retrieval methods")));

            // A list's headings arrange topics too: a heading renamed moves the papers other lists file under its sub-headings.
            Path headed = Files.copy(Path.of("data", "lists", "Xnhyacinth-Awesome-LLM-Long-Context-Modeling", "README.md"), lists.resolve("long-context.md"));
            Path c = lists.resolve("c.md");
            Files.writeString(c, HEADER + row("6 May 2024", "Sparse elsewhere", "2499.00009", "Sparse Attention, Agents", null));
            given.addAll(List.of(headed, c));
            assertTrue(load(store, given).statisticsUpdated());
            assertSameAsRecount(store, "after a list with headings was added");
            Long sparse = count(store, store.iris().topic("sparse attention"));
            assertTrue(count(store, store.iris().topic("efficient attention")) > sparse, "a heading gathers its sub-headings' papers");
            edit(headed, "### 2. Efficient Attention\n", "### 2. Attention Made Efficient\n");
            assertTrue(load(store, given).statisticsUpdated(), "a heading renamed");
            assertSameAsRecount(store, "after a heading above others was renamed");
            assertEquals(null, count(store, store.iris().topic("efficient attention")));
            assertTrue(count(store, store.iris().topic("attention made efficient")) > sparse);
        }
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    static LoadSummary load(Store store, List<Path> files) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path f : files) inputs.add(Input.file(f, false));
        LoadSummary summary = new Loader(store, Converter.builder().base(store.iris().base()).build(), p -> {}, s -> {}, false,
                new PrintStream(PrintStream.nullOutputStream())).load(inputs, true);
        assertTrue(summary.changedSources() > 0, summary.toString());
        return summary;
    }

    /** The statistics graph as the loads left it, and as a recount (then rolled back) makes it. */
    static void assertSameAsRecount(Store store, String when) {
        DatasetGraph dsg = store.dataset();
        Set<String> updated = dsg.calculateRead(() -> statements(store));
        dsg.begin(TxnType.WRITE);
        Set<String> recounted;
        try {
            new Statistics(store).recount();
            recounted = statements(store);
        } finally {
            dsg.abort();
            dsg.end();
        }
        assertTrue(recounted.size() > 100, "the statistics hold counts: " + recounted.size());
        for (Node tally : List.of(PAIR_TALLY, CODE_TALLY))
            assertTrue(recounted.stream().anyMatch(s -> s.endsWith(" " + tally)), "the histograms are compared too: " + tally);
        Set<String> missing = new TreeSet<>(recounted), extra = new TreeSet<>(updated);
        missing.removeAll(updated);
        extra.removeAll(recounted);
        assertEquals(Set.of(), missing, "statements a recount has and the update not, " + when);
        assertEquals(Set.of(), extra, "statements the update has and a recount not, " + when);
    }

    /** A topic's or pair's count in the statistics graph; null without one. */
    static Long count(Store store, Node subject) {
        return store.dataset().calculateRead(() -> {
            var it = store.dataset().find(store.iris().statistics(), subject, PAPER_COUNT, Node.ANY);
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : null;
        });
    }

    static Set<String> statements(Store store) {
        Set<String> out = new HashSet<>();
        store.dataset().find(store.iris().statistics(), Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> out.add(q.getSubject() + " " + q.getPredicate() + " " + q.getObject()));
        return out;
    }
}
