package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.MonthlyLists;
import org.papergraph.cli.Main;
import org.papergraph.store.Store;
import org.papergraph.store.views.PaperViews;

/**
 * Every canned query on the monthly lists of data/: its answer (src/test/resources/queries/NAME.csv, reviewed when written), and
 * checks against what the lists themselves say, computed another way.
 */
class TestCannedQueries {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void load() {
        PrintWriter quiet = new PrintWriter(new StringWriter());
        List<String> args = new ArrayList<>(List.of("load", "--db", dir.resolve("store").toString()));
        args.addAll(MonthlyLists.paths());
        assertEquals(0, Main.run(args.toArray(String[]::new), quiet, quiet));
        store = Store.openExisting(dir.resolve("store"));
    }

    @AfterAll
    static void close() { store.close(); }

    static String run(String name, Map<String, String> params) {
        CannedQuery q = QueryCatalog.shipped().get(name).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.dataset(), () -> {
            try (var exec = q.exec(store.dataset(), params, store.iris().base())) {
                ResultFormat.CSV.write(exec, out);
            }
        });
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    static Stream<String> names() { return QueryCatalog.shipped().all().stream().map(CannedQuery::name); }

    @Test
    void atLeastTenQueriesEachWithAHeader() {
        List<CannedQuery> all = QueryCatalog.shipped().all();
        assertTrue(all.size() >= 10, all.size() + " queries");
        for (CannedQuery q : all) {
            assertTrue(!q.title().equals(q.name()) && !q.answers().isEmpty(), q.name() + " has no title or answers line");
            q.query(store.iris().base());
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void answerOnTheDataIsTheExpectedOne(String name) throws Exception {
        String expected = Files.readString(Path.of("src/test/resources/queries", name + ".csv")).replace("\r\n", "\n");
        assertEquals(expected, run(name, Map.of()), name);
    }

    @Test
    void topicCountsAgreeWithTheTopicsOwnPages() {
        String[] lines = run("topics", Map.of()).split("\n");
        String alignment = Stream.of(lines).filter(l -> l.contains(",Alignment,")).findFirst().orElseThrow();
        int count = Integer.parseInt(alignment.substring(alignment.lastIndexOf(',') + 1));
        assertEquals(count, run("papers-on-topic", Map.of("topic", "alignment")).split("\n").length - 1,
                "a parameter is bound as a term, and matched whatever its case");
    }

    @Test
    void monthsAddUpToTheDatedPapers() {
        String[] lines = run("papers-per-month", Map.of()).split("\n");
        int sum = Stream.of(lines).skip(1).mapToInt(l -> Integer.parseInt(l.substring(l.indexOf(',') + 1))).sum();
        assertEquals(204, sum, "every paper of data/ has a date");
    }

    @Test
    void theShareWithCodeCountsEachPaperWithCodeOnce() {
        long papers = run("papers-with-code", Map.of("limit", "1000")).lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count();
        assertEquals(new PaperViews.Share((int) papers, 204), store.views().withCode(null), "the code tallies add up");
    }

    @Test
    void searchFindsOnlyWhatContainsTheWord() {
        String csv = run("search", Map.of("word", "Mamba"));
        assertTrue(csv.contains("The Mamba in the Llama"), csv);
        assertEquals("paper,date,title\n", run("search", Map.of("word", "\" } DROP ALL #")), "a value is a term, never SPARQL text");
    }

    @Test
    void latestCanBeTheNewestListed() {
        List<String> published = run("latest", Map.of()).lines().skip(1).toList();
        List<String> listed = run("latest", Map.of("order", "listed")).lines().skip(1).toList();
        assertEquals(published, run("latest", Map.of("order", "published")).lines().skip(1).toList(), "the default is by date");
        assertTrue(listed.size() >= 20, listed.size() + " rows");
        String newest = store.views().newestListed(0, 1).get(0).paper().getURI();
        assertTrue(listed.get(0).startsWith(newest + ","), "the paper first listed last comes first: " + listed.get(0));
        assertTrue(!listed.equals(published), "another order than the dates'");
        assertEquals("paper,date,title,topics\n", run("latest", Map.of("order", "sideways")), "an order it does not know gives nothing");
    }

    @Test
    void conflictingTitlesFindsTheReusedArxivId() {
        assertTrue(run("conflicting-titles", Map.of()).contains("paper/2403.05313,"));
    }

    @Test
    void limitAndOffsetPageALongAnswer() {
        List<String> all = run("papers-with-code", Map.of()).lines().skip(1).toList();
        assertTrue(all.size() > 12, all.size() + " rows");
        assertEquals(all.subList(0, 5), run("papers-with-code", Map.of("limit", "5")).lines().skip(1).toList());
        assertEquals(all.subList(5, 12), run("papers-with-code", Map.of("limit", "7", "offset", "5")).lines().skip(1).toList());
        assertThrows(IllegalArgumentException.class, () -> run("papers-with-code", Map.of("limit", "many")));
        assertThrows(IllegalArgumentException.class, () -> run("papers-with-code", Map.of("offset", "-1")));
    }

    @Test
    void unknownParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> run("topics", Map.of("topic", "x")));
    }
}
