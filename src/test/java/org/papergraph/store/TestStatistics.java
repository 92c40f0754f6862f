package org.papergraph.store;

import org.papergraph.load.Loader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.generate.PaperTableGenerator;
import org.papergraph.query.CannedQuery;
import org.papergraph.query.QueryCatalog;
import org.papergraph.query.ResultFormat;

/**
 * The canned queries that read the statistics graph answer exactly what the plain counts over the union answer
 * (queries/plain/NAME.rq, the queries as first written, which the benchmark puts to stock Fuseki), through edits, a paper shared by two
 * lists with another title and no topic, a dropped source, and a count lost to a kill.
 */
public class TestStatistics {
    /** The queries reshaped from their plain form: those reading the statistics, and neighbours. */
    static final List<String> COUNTED = QueryCatalog.shipped().all().stream().map(CannedQuery::name)
            .filter(n -> TestStatistics.class.getResource("/papergraph/plain/" + n + ".rq") != null).toList();

    @TempDir
    Path dir;
    Path lists, db;

    @BeforeEach
    void copyData() throws IOException {
        lists = Files.createDirectory(dir.resolve("lists"));
        for (String f : List.of("2024-01-papers.md", "2024-03-papers.md", "2024-05-seed-papers.md"))
            Files.copy(Path.of("data", f), lists.resolve(f));
        // A second list sharing a paper of the seed under another title and no topic, and one paper of its own.
        Files.writeString(lists.resolve("elsewhere.md"), """
                | Date | Title | Summary | Topics |
                | --- | --- | --- | --- |
                | 2 June 2024 | [A Shared Paper, Titled Otherwise](https://arxiv.org/abs/2405.19332) | Shared. | |
                | 3 June 2024 | [Only Here](https://arxiv.org/pdf/2406.00001v2) | Alone. | Alignment, Brand New Topic |
                """);
        db = dir.resolve("store");
    }

    void load(boolean sync, Path... files) throws IOException {
        try (Store store = Store.open(db, null)) {
            List<Input> inputs = new ArrayList<>();
            for (Path f : files) inputs.add(Input.file(f, false));
            new Loader(store, Converter.builder().base(store.iris().base()).build(), p -> {}, s -> {}, false,
                    new PrintStream(PrintStream.nullOutputStream())).load(inputs, sync);
        }
    }

    Path[] all() throws IOException {
        try (var s = Files.list(lists)) {
            return s.sorted().toArray(Path[]::new);
        }
    }

    /** Each counted query's answer, as CSV, beside the plain count's. */
    void assertCountsAgree() throws IOException {
        assertCountsAgree(COUNTED, Map.of());
    }

    void assertCountsAgree(List<String> names, Map<String, String> params) throws IOException {
        try (Store store = Store.open(db, null)) {
            for (String name : names) {
                CannedQuery q = QueryCatalog.shipped().get(name).orElseThrow();
                String naive;
                try (var in = TestStatistics.class.getResourceAsStream("/papergraph/plain/" + name + ".rq")) {
                    naive = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String counted = csv(store, q.exec(store.dataset(), params, store.iris().base()));
                var bindings = q.bindings(params, store.iris().base()); // the same page, where the query pages
                String plain = csv(store, QueryExec.dataset(store.dataset())
                        .query(CannedQuery.bind(QueryFactory.create(naive, store.iris().base()), bindings)).build());
                assertEquals(plain, counted, name);
            }
        }
    }

    public static String csv(Store store, QueryExec exec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.dataset().executeRead(() -> {
            try (exec) {
                ResultFormat.CSV.write(exec, out);
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    String answer(String name) throws IOException {
        return answer(name, Map.of());
    }

    String answer(String name, Map<String, String> params) throws IOException {
        try (Store store = Store.open(db, null)) {
            return csv(store, QueryCatalog.shipped().get(name).orElseThrow().exec(store.dataset(), params, store.iris().base()));
        }
    }

    @Test
    void countsAgreeWithThePlainQueries() throws IOException {
        assertEquals(11, COUNTED.size(), COUNTED.toString());
        load(false, all());
        assertCountsAgree();
        assertCountsAgree(List.of("latest"), Map.of("order", "listed"));
        assertTrue(answer("in-several-sources").contains("paper/2405.19332,"), "the shared paper is found");
        assertTrue(answer("conflicting-titles").contains("A Shared Paper, Titled Otherwise"));
        assertTrue(answer("topics").contains("Brand New Topic,1"));
        for (String paper : List.of("<paper/2406.00001>", "<paper/2405.18870>", "<paper/2403.05313>"))
            assertCountsAgree(List.of("neighbours"), Map.of("paper", paper));
        try (Store store = Store.open(db, null)) {
            StoreStats stats = StoreStats.of(store);
            String distinct = csv(store, QueryExec.dataset(store.dataset())
                    .query("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://schema.org/ScholarlyArticle> }").build());
            assertEquals("n\r\n" + stats.papers() + "\r\n", distinct, "a paper two sources type is counted once");
        }
    }

    @Test
    void aPageIsThePlainSortsPage() throws IOException {
        load(false, all());
        for (String[] page : new String[][] {{"5", "0"}, {"7", "10"}, {"10", "30"}, {"0", "0"}, {"13", "41"}, {"50", "60"}, {"3", "1000"}}) {
            assertCountsAgree(List.of("topic-pairs", "papers-with-code"), Map.of("limit", page[0], "offset", page[1]));
            long rows = answer("topic-pairs", Map.of("limit", page[0], "offset", page[1])).lines().count() - 1;
            assertTrue(rows <= Integer.parseInt(page[0]), rows + " rows");
        }
        assertEquals(5, answer("topic-pairs", Map.of("limit", "5")).lines().count() - 1);
        for (String topic : List.of("Alignment", "rag", "Agents", "Brand New Topic", "No Such Topic"))
            for (String[] page : new String[][] {{"3", "0"}, {"4", "2"}, {"100", "0"}}) {
                assertCountsAgree(List.of("papers-on-topic"), Map.of("topic", topic, "limit", page[0], "offset", page[1]));
                assertCountsAgree(List.of("search"), Map.of("word", topic, "limit", page[0], "offset", page[1]));
            }
    }

    /**
     * The paged queries read only the pairs and papers up to the tally that ends their page, and their pages are a
     * plain sort's, however deep into ties (pairs sharing one paper; papers with code of one day) and past the end.
     */
    @Test
    void pagesDeepIntoTiesAreThePlainSortsOnAGeneratedList() throws IOException {
        try (Writer out = Files.newBufferedWriter(lists.resolve("generated.md"))) {
            new PaperTableGenerator(7).write(3_000, out);
        }
        // Papers with code dated by a month or a year alone, or not at all: SPARQL sorts them below every day.
        StringBuilder coarse = new StringBuilder(TestStatisticsUpdate.HEADER);
        String[] dates = {"May 2024", "2024", "2023", "March 2031", "", "17 May 2024", "May 2024", "2031"};
        for (int i = 0; i < 40; i++)
            coarse.append(TestStatisticsUpdate.row(dates[i % dates.length], "Coarse " + i, String.format("2498.%05d", i), "Coarse", "coarse" + i));
        Files.writeString(lists.resolve("coarse.md"), coarse);
        load(false, all());
        Map<String, Integer> rows = new HashMap<>();
        for (String name : List.of("topic-pairs", "papers-with-code"))
            rows.put(name, (int) answer(name, Map.of("limit", "1000000")).lines().count() - 1);
        assertTrue(rows.get("topic-pairs") > 1000 && rows.get("papers-with-code") > 300, rows.toString());
        for (String name : List.of("topic-pairs", "papers-with-code")) {
            int all = rows.get(name);
            for (int[] page : new int[][] {{100, 0}, {1, 0}, {10, 95}, {37, all / 3}, {100, all / 2}, {250, all - 120},
                    {10, all - 3}, {10, all + 5}, {all, 0}}) {
                Map<String, String> params = Map.of("limit", "" + page[0], "offset", "" + page[1]);
                assertCountsAgree(List.of(name), params);
                long got = answer(name, params).lines().count() - 1;
                assertEquals(Math.max(0, Math.min(page[0], all - page[1])), got, name + " " + params);
            }
        }
    }

    @Test
    void countsFollowAnEditAndADroppedSource() throws IOException {
        load(false, all());
        Path elsewhere = lists.resolve("elsewhere.md");
        Files.writeString(elsewhere, Files.readString(elsewhere).replace("| Shared. | |", "| Shared. | Alignment, RAG |"));
        load(false, all());
        assertCountsAgree();
        assertCountsAgree(List.of("latest"), Map.of("order", "listed"));
        Files.delete(elsewhere);
        load(true, all());
        assertCountsAgree();
        assertCountsAgree(List.of("latest"), Map.of("order", "listed"));
        assertFalse(answer("topics").contains("Brand New Topic"), "a topic no source uses any more is not counted");
        assertEquals("paper,title,sources,sourceList\r\n", answer("in-several-sources"));
    }

    /**
     * With the topics file: the counts, pairs and neighbours are the plain forms' over the topics as curated (a merged
     * spelling counted as its topic, a broader topic gathering its narrower ones), and follow an edit of the file.
     */
    @Test
    void countsFollowTheTopicsFile() throws IOException {
        Path topics = Files.copy(Path.of("data", "topics.md"), lists.resolve("topics.md"));
        load(false, all());
        assertCountsAgree();
        // Trans-LoRA is filed under "PEFT Methods", AlignGPT under "Multimodal Model": merged spellings.
        for (String paper : List.of("<paper/2405.17258>", "<paper/2405.14129>"))
            assertCountsAgree(List.of("neighbours"), Map.of("paper", paper));
        assertTrue(answer("neighbours", Map.of("paper", "<paper/2405.17258>")).contains(",2\r\n"),
                "a paper under PEFT Approaches and Fine-Tuning shares both with Trans-LoRA (PEFT Methods, Fine-Tuning)");
        String counted = answer("topics");
        assertFalse(counted.contains("PEFT Approaches") || counted.contains("PEFT Methods"), "merged spellings are no topics");
        assertTrue(counted.contains(",PEFT,5\r\n"), counted);
        assertFalse(answer("topic-pairs", Map.of("limit", "1000")).contains("PEFT Approaches"));
        Files.writeString(topics, Files.readString(topics).replace("| PEFT | PEFT Approaches; PEFT Methods | Fine-Tuning |\n", ""));
        load(false, all());
        assertCountsAgree();
        assertTrue(answer("topics").contains(",PEFT Approaches,4\r\n"), "the merge undone");
    }

    @Test
    void aCountLostToAKillIsMadeByTheNextLoad() throws IOException {
        load(false, all());
        Node statistics;
        try (Store store = Store.open(db, null)) {
            statistics = store.iris().statistics();
            // As a kill between a source's commit and the count would leave it: the count of an older catalog.
            store.dataset().executeWrite(() -> store.dataset().deleteAny(statistics, Node.ANY, Node.ANY, Node.ANY));
            assertFalse(store.dataset().calculateRead(() -> new Statistics(store).isCurrent()));
        }
        load(false, all()); // every source unchanged
        try (Store store = Store.open(db, null)) {
            assertTrue(store.dataset().calculateRead(() -> new Statistics(store).isCurrent()));
        }
        assertCountsAgree();
        try (Store store = Store.open(db, null)) {
            // As an older papergraph left it: counted from the same catalog, topics as the lists spell them.
            store.dataset().executeWrite(() -> store.dataset().deleteAny(statistics, statistics, org.papergraph.rdf.Vocab.VERSION, Node.ANY));
            assertFalse(store.dataset().calculateRead(() -> new Statistics(store).isCurrent()), "a count of another shape is stale");
        }
        load(false, all());
        try (Store store = Store.open(db, null)) {
            assertTrue(store.dataset().calculateRead(() -> new Statistics(store).isCurrent()));
        }
    }

    @Test
    void loadingAgainLeavesTheCountAlone() throws IOException {
        load(false, all());
        String before = answer("topic-pairs");
        long quads;
        try (Store store = Store.open(db, null)) {
            quads = store.quadCount();
        }
        load(false, all());
        try (Store store = Store.open(db, null)) {
            assertEquals(quads, store.quadCount());
        }
        assertEquals(before, answer("topic-pairs"));
    }
}
