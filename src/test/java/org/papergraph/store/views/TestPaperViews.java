package org.papergraph.store.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.MonthlyLists;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.load.Loader;
import org.papergraph.store.Store;

/**
 * Each question {@link PaperViews} answers, held to its plain SPARQL form ({@code queries/plain/NAME.rq}) on a real
 * TDB2 store loaded from the project's lists (the monthly tables and the real lists of other layouts), ties
 * included: each implementation that answers a question (the search index while the in-memory arrays are cold, the
 * arrays once warm) must give the plain query's rows in the plain query's order.
 */
class TestPaperViews {
    @TempDir
    static Path dir;
    static Store store;
    /** Never warmed: a topic's papers and a paper's neighbours come from the search index. */
    static PaperViews cold;
    /** Warmed: everything from the in-memory arrays (and the statistics graph). */
    static PaperViews warm;

    @BeforeAll
    static void load() throws IOException {
        store = Store.open(dir.resolve("store"), null);
        List<Input> inputs = new ArrayList<>();
        for (String f : MonthlyLists.paths()) inputs.add(Input.file(Path.of(f), false));
        inputs.add(Input.file(Path.of("data", "topics.md"), false));   // merges and arranges some of their topics
        try (Stream<Path> lists = Files.list(Path.of("data", "lists"))) {
            for (Path l : lists.sorted().toList()) inputs.add(Input.file(l.resolve("README.md"), false));
        }
        new Loader(store, Converter.builder().base(store.iris().base()).build(), p -> {}, s -> {}, false,
                new PrintStream(PrintStream.nullOutputStream())).load(inputs, false);
        cold = new PaperViews(store.dataset(), store.iris().statistics(), store.iris().history(), store.text());
        warm = new PaperViews(store.dataset(), store.iris().statistics(), store.iris().history(), store.text());
        warm.warmUp();
        assertTrue(warm.paperCount() > 500, "the real lists are loaded: " + warm.paperCount());
    }

    @AfterAll
    static void close() { store.close(); }

    static String plain(String name) {
        try (InputStream in = TestPaperViews.class.getResourceAsStream("/papergraph/plain/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain query's rows, its variables put in as terms. */
    static List<Binding> rows(String query, Map<String, Node> given) {
        List<Binding> out = new ArrayList<>();
        store.dataset().executeRead(() -> {
            var b = QueryExec.dataset(store.dataset()).query(QueryFactory.create(query, store.iris().base()));
            given.forEach(b::substitution);
            try (QueryExec qe = b.build()) {
                qe.select().forEachRemaining(out::add);
            }
        });
        return out;
    }

    /** The papers of the rows in the order they first appear (a paper with several dates has a row for each). */
    static List<Node> papers(List<Binding> rows, String var) {
        return List.copyOf(new LinkedHashSet<>(rows.stream().map(r -> r.get(var)).toList()));
    }

    static int integer(Binding b, String var) { return Integer.parseInt(b.get(var).getLiteralLexicalForm()); }

    static <T> List<T> page(List<T> all, int offset, int limit) {
        return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    }

    @Test
    void topicsByCountAreThePlainTopics() {
        List<Binding> rows = rows(plain("topics"), Map.of());
        assertEquals(rows.stream().map(r -> r.get("topic")).toList(), warm.topicsByCount(), "the order, ties by label");
        for (Binding r : rows) {
            Node t = r.get("topic");
            assertEquals(integer(r, "papers"), warm.count(t), "papers on " + t);
            assertEquals(r.get("label").getLiteralLexicalForm(), warm.label(t), "label of " + t);
        }
        assertEquals(rows.size(), warm.topicCount());
        assertTrue(hasTie(rows.stream().map(r -> integer(r, "papers")).toList()), "the data has topics with equal counts");
    }

    @Test
    void aTopicsPapersAreThePlainPapersOnTopic() {
        String query = plain("papers-on-topic");
        int tiedDates = 0;
        for (Node topic : warm.topicsByCount()) {
            // The plain form finds the topic by name; naming the topic too keeps topics whose names differ only in case apart.
            List<Binding> rows = rows(query, Map.of("t", topic, "topic", NodeFactory.createLiteralString(warm.label(topic))));
            List<Node> expected = papers(rows, "paper");
            assertEquals(expected, warm.papersOf(topic, 0, Integer.MAX_VALUE), "in memory, " + topic);
            assertEquals(expected, cold.papersOf(topic, 0, Integer.MAX_VALUE), "from the search index, " + topic);
            assertEquals(page(expected, 3, 7), warm.papersOf(topic, 3, 7), "a page in memory, " + topic);
            assertEquals(page(expected, 3, 7), cold.papersOf(topic, 3, 7), "a page from the search index, " + topic);
            for (int i = 1; i < rows.size(); i++)
                if (rows.get(i).get("date") != null && rows.get(i).get("date").equals(rows.get(i - 1).get("date"))) tiedDates++;
        }
        assertTrue(tiedDates > 0, "some papers on a topic share a date: their order is the IRI's");
    }

    static final Map<String, Node> PUBLISHED = Map.of("order", NodeFactory.createLiteralString("published")),
            LISTED = Map.of("order", NodeFactory.createLiteralString("listed"));

    @Test
    void newestPapersAreThePlainLatest() {
        String latest = plain("latest");
        assertEquals(papers(rows(latest, PUBLISHED), "paper"), warm.newest(0, 20));
        // Every dated paper, newest first: the same query without its limit.
        List<Node> dated = papers(rows(latest.replace("LIMIT 20", ""), PUBLISHED), "paper");
        assertTrue(dated.size() > 20);
        assertEquals(dated, warm.newest(0, dated.size()));
        assertEquals(page(dated, 5, 10), warm.newest(5, 10));
        assertEquals(warm.paperCount(), warm.newest(0, Integer.MAX_VALUE).size(), "undated papers come last");
    }

    static List<Node> listedPapers(List<PaperViews.Listed> listed) { return listed.stream().map(PaperViews.Listed::paper).toList(); }

    @Test
    void newestListedAreThePlainLatestListed() {
        String latest = plain("latest");
        assertEquals(papers(rows(latest, LISTED), "paper"), listedPapers(warm.newestListed(0, 20)));
        List<Node> all = papers(rows(latest.replace("LIMIT 20", ""), LISTED), "paper");
        assertEquals(warm.paperCount(), all.size(), "every paper has a first time");
        assertEquals(all, listedPapers(cold.newestListed(0, Integer.MAX_VALUE)));
        assertEquals(page(all, 5, 10), listedPapers(warm.newestListed(5, 10)));
        List<PaperViews.Listed> two = warm.newestListed(0, 2);
        assertEquals(two.get(0).listed(), two.get(1).listed(), "a source's papers enter the store at one time: the IRI orders them");
    }

    @Test
    void aTopicsNewestListedAreThePlainOnes() {
        String query = plain("newest-listed-on-topic");
        for (Node topic : warm.topicsByCount()) {
            List<Node> expected = papers(rows(query, Map.of("topic", topic)), "paper");
            assertEquals(expected, listedPapers(warm.newestListedOn(topic, 0, Integer.MAX_VALUE)), "on " + topic);
            assertEquals(page(expected, 2, 5), listedPapers(warm.newestListedOn(topic, 2, 5)), "a page on " + topic);
        }
    }

    @Test
    void aSourcesNewestListedAreThePlainOnes() {
        String query = plain("newest-listed-in-source");
        // Every source but the topics file, which lists no paper.
        List<Node> sources = store.sources().stream().map(org.papergraph.store.SourceRecord::source)
                .filter(s -> !s.equals(store.iris().source("topics"))).toList();
        assertTrue(sources.size() > 5);
        for (Node source : sources) {
            List<Binding> rows = rows(query, Map.of("source", source));
            assertFalse(rows.isEmpty(), source.getURI());
            List<PaperViews.Listed> listed = warm.newestListedIn(source, 0, Integer.MAX_VALUE);
            assertEquals(papers(rows, "paper"), listedPapers(listed), "in " + source);
            assertEquals(java.time.Instant.parse(rows.get(0).get("listed").getLiteralLexicalForm()), listed.get(0).listed(), "when, in " + source);
        }
    }

    @Test
    void changesAreThePlainChanges() {
        List<String> expected = rows(plain("changes"), Map.of()).stream().map(r -> r.get("listing").getURI() + " "
                + r.get("paper").getURI() + " " + r.get("source").getURI() + " " + java.time.Instant.parse(r.get("modified").getLiteralLexicalForm())).toList();
        List<String> actual = warm.changes(0, Integer.MAX_VALUE).stream().map(c -> c.listing().getURI() + " "
                + c.paper().getURI() + " " + c.source().getURI() + " " + c.changed()).toList();
        assertTrue(expected.size() > warm.paperCount(), "some papers are listed more than once");
        assertEquals(expected, actual);
        assertEquals(expected.size(), warm.changeCount());
        assertEquals(page(expected, 7, 9), warm.changes(7, 9).stream().map(c -> c.listing().getURI() + " "
                + c.paper().getURI() + " " + c.source().getURI() + " " + c.changed()).toList());
    }

    @Test
    void neighboursAreThePlainNeighbours() {
        String query = plain("neighbours");
        List<Node> sample = new ArrayList<>(warm.newest(0, Integer.MAX_VALUE).stream().filter(p -> !warm.topicsOf(p).isEmpty())
                .filter(p -> Math.floorMod(p.getURI().hashCode(), 7) == 0).toList());
        // And every paper on a topic data/topics.md merges: a paper on one spelling shares the topic with the others'.
        for (String merged : List.of("multimodal llms", "peft", "small llms"))
            for (Node p : warm.papersOf(store.iris().topic(merged), 0, Integer.MAX_VALUE)) if (!sample.contains(p)) sample.add(p);
        assertTrue(sample.size() > 50, "sampled " + sample.size());
        int tiesAtTheCut = 0;
        for (Node paper : sample) {
            List<String> expected = rows(query, Map.of("paper", paper)).stream()
                    .map(r -> r.get("other").getURI() + " " + integer(r, "shared")).toList();
            Function<List<PaperViews.Scored>, List<String>> text = l -> l.stream().map(s -> s.node().getURI() + " " + s.shared()).toList();
            assertEquals(expected, text.apply(warm.neighbours(paper, 20)), "in memory, neighbours of " + paper);
            assertEquals(expected, text.apply(cold.neighbours(paper, 20)), "from the search index, neighbours of " + paper);
            assertEquals(page(expected, 0, 3), text.apply(warm.neighbours(paper, 3)), "fewer, in memory, of " + paper);
            assertEquals(page(expected, 0, 3), text.apply(cold.neighbours(paper, 3)), "fewer, from the search index, of " + paper);
            List<PaperViews.Scored> more = warm.neighbours(paper, 21);
            if (more.size() == 21 && more.get(19).shared() == more.get(20).shared()) tiesAtTheCut++;
        }
        assertTrue(tiesAtTheCut > 10, "the twentieth neighbour often ties with the next: the IRI decides (" + tiesAtTheCut + ")");
    }

    @Test
    void relatedTopicsAreThePlainRelatedTopics() {
        String query = plain("related-topics");
        boolean tie = false;
        for (Node topic : warm.topicsByCount()) {
            List<Binding> rows = rows(query, Map.of("topic", topic));
            List<String> expected = rows.stream().map(r -> r.get("other").getURI() + " " + integer(r, "shared")).toList();
            List<String> actual = warm.relatedTopics(topic, Integer.MAX_VALUE).stream().map(s -> s.node().getURI() + " " + s.shared()).toList();
            assertEquals(expected, actual, "topics related to " + topic);
            assertEquals(page(expected, 0, 12), page(actual, 0, 12));
            tie |= hasTie(rows.stream().map(r -> integer(r, "shared")).toList());
        }
        assertTrue(tie, "some related topics share as many papers: their order is the label's");
    }

    @Test
    void papersPerMonthAreThePlainCounts() {
        SortedMap<String, Long> expected = new TreeMap<>();
        for (Binding r : rows(plain("papers-per-month"), Map.of()))
            expected.put(r.get("month").getLiteralLexicalForm(), (long) integer(r, "papers"));
        assertFalse(expected.isEmpty());
        assertEquals(expected, warm.papersPerMonth());
        assertEquals(expected, cold.papersPerMonth());
    }

    @Test
    void searchIsThePlainSearch() {
        String query = plain("search");
        for (String word : List.of("agent", "graph", "robot", "long")) {
            List<Node> expected = papers(rows(query, Map.of("word", NodeFactory.createLiteralString(word))), "paper");
            assertFalse(expected.isEmpty(), word);
            assertEquals(expected, warm.search(word, Integer.MAX_VALUE), "papers with " + word);
            assertEquals(page(expected, 0, 5), cold.search(word, 5));
        }
    }

    @Test
    void theStoreHandsQueriesItsViews() {
        assertTrue(store.dataset().getContext().get(PaperViews.SYMBOL) == store.views());
        assertFalse(cold.warm(), "the questions above left the cold views cold");
    }

    static boolean hasTie(List<Integer> counts) {
        for (int i = 1; i < counts.size(); i++) if (counts.get(i).equals(counts.get(i - 1))) return true;
        return false;
    }
}
