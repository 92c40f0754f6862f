package org.papergraph.store.text;

import org.papergraph.load.Loader;
import org.papergraph.store.Store;
import org.papergraph.store.TestStatistics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.query.CannedQuery;
import org.papergraph.query.QueryCatalog;

/**
 * The search query reads the store's search index ({@link TextIndex}): it finds words, not bits of words, in every
 * source's titles and abstracts, newest first by a paper's latest date, pages like the plain query, and follows
 * edits, dropped sources, a lost index and a store from before it.
 */
class TestSearch {
    @TempDir
    Path dir;
    Path lists, db;

    @BeforeEach
    void lists() throws IOException {
        lists = Files.createDirectory(dir.resolve("lists"));
        db = dir.resolve("store");
        Files.writeString(lists.resolve("a.md"), """
                | Date | Title | Summary | Topics |
                | --- | --- | --- | --- |
                | 3 May 2024 | [Agents at Work](https://arxiv.org/abs/2405.00001) | Tools. | Agents |
                | 4 May 2024 | [Multi-agent Systems](https://arxiv.org/abs/2405.00002) | Many of them. | Agents |
                | 5 May 2024 | [Reagent Chemistry](https://arxiv.org/abs/2405.00003) | Not a word here. | Chemistry |
                | 6 May 2024 | [Large Language Models Reason](https://arxiv.org/abs/2405.00004) | Steps. | LLM |
                | 7 May 2024 | [Language and Models](https://arxiv.org/abs/2405.00005) | An AGENT in the abstract. | LLM |
                | June 2024 | [Shared Paper](https://arxiv.org/abs/2406.00006) | Said once. | LLM |
                """);
        // Lists the shared paper under another title and a later date: "agentic" is in this list only.
        Files.writeString(lists.resolve("b.md"), """
                | Date | Title | Summary | Topics |
                | --- | --- | --- | --- |
                | 9 July 2024 | [Agentic Sharing](https://arxiv.org/abs/2406.00006) | Said twice. | LLM |
                """);
    }

    void load(boolean sync, String... files) {
        try (Store store = Store.open(db, null)) {
            List<Input> inputs = new ArrayList<>();
            for (String f : files) inputs.add(Input.file(lists.resolve(f), false));
            new Loader(store, Converter.builder().base(store.iris().base()).build(), p -> {}, s -> {}, false,
                    new PrintStream(PrintStream.nullOutputStream())).load(inputs, sync);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** The arXiv ids and dates of the search's rows, in order (a paper's titles come in no set order). */
    List<String> search(String word, String... page) {
        CannedQuery q = QueryCatalog.shipped().get("search").orElseThrow();
        Map<String, String> params = new java.util.HashMap<>(Map.of("word", word));
        for (int i = 0; i + 1 < page.length; i += 2) params.put(page[i], page[i + 1]);
        try (Store store = Store.open(db, null)) {
            return rows(TestStatistics.csv(store, q.exec(store.dataset(), params, store.iris().base())));
        }
    }

    static List<String> rows(String csv) {
        List<String> out = new ArrayList<>();
        for (String line : csv.strip().split("\r?\n")) {
            if (line.startsWith("paper,")) continue;
            String[] cells = line.split(",");
            out.add(cells[0].substring(cells[0].lastIndexOf('/') + 1) + " " + cells[1]);
        }
        return out;
    }

    @Test
    void findsWordsNotBitsOfWords() {
        load(false, "a.md", "b.md");
        // The shared paper has two titles and two dates; SPARQL sorts every xsd:date before a month (xsd:gYearMonth).
        assertEquals(List.of("2406.00006 2024-07-09", "2406.00006 2024-07-09", "2405.00005 2024-05-07",
                "2405.00002 2024-05-04", "2405.00001 2024-05-03", "2406.00006 2024-06", "2406.00006 2024-06"),
                search("agent"),
                "agents, multi-agent, an AGENT in an abstract, agentic in another list; not reagent; latest date first");
        assertEquals(List.of("2405.00004 2024-05-06"), search("language MODEL"), "a phrase, its last word going on");
        assertEquals(List.of(), search("language agent"));
        assertEquals(List.of(), search("gent"), "no word starts so");
        assertEquals(List.of(), search(" -- "), "no words at all");
    }

    @Test
    void aPhraseEndingInTooShortAWordIsRefusedNotCutShort() throws IOException {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 1100; i++) words.append(" the zz").append(i);
        Files.writeString(lists.resolve("c.md"), "| Date | Title | Summary |\n| --- | --- | --- |\n"
                + "| 1 May 2024 | [Many Words](https://arxiv.org/abs/2405.00009) |" + words + " |\n");
        load(false, "c.md");
        assertEquals(List.of("2405.00009 2024-05-01"), search("zz"), "one word may go on into any number");
        assertEquals(List.of("2405.00009 2024-05-01"), search("the zz10"));
        var refused = assertThrows(RuntimeException.class, () -> search("the zz"));
        assertTrue(String.valueOf(refused.getMessage()).contains("write more of it"), refused.getMessage());
    }

    @Test
    void pagesLikeThePlainQuery() {
        load(false, "a.md", "b.md");
        assertEquals(List.of("2405.00005 2024-05-07", "2405.00002 2024-05-04"), search("agent", "limit", "2", "offset", "2"));
        assertEquals(List.of("2405.00001 2024-05-03", "2406.00006 2024-06"), search("agent", "limit", "2", "offset", "4"));
        assertEquals(List.of("2406.00006 2024-07-09"), search("agent", "limit", "1"));
        assertEquals(List.of(), search("agent", "limit", "0"));
    }

    @Test
    void followsEditsAndDroppedSources() throws IOException {
        load(false, "a.md", "b.md");
        Path a = lists.resolve("a.md");
        Files.writeString(a, Files.readString(a).replace("Reagent Chemistry", "Agent Chemistry"));
        load(false, "a.md", "b.md");
        assertTrue(search("agent").contains("2405.00003 2024-05-05"), "the edited title is found");
        load(true, "a.md");
        assertEquals(List.of("2405.00005 2024-05-07", "2405.00003 2024-05-05", "2405.00002 2024-05-04",
                "2405.00001 2024-05-03"), search("agent"), "with b.md dropped, the shared paper is not agentic");
        assertEquals(List.of("2406.00006 2024-06"), search("shared"));
    }

    @Test
    void aSourceThatFailsToLoadLeavesTheIndexAsTheStoreHasIt() throws IOException {
        load(false, "a.md", "b.md");
        List<String> agents = search("agent");
        Path a = lists.resolve("a.md");
        byte[] bytes = Files.readString(a).replace("Agents at Work", "Robots at Work").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = 0; // unreadable once every row has been read and fed to the index
        Files.write(a, bytes);
        load(false, "a.md", "b.md");
        assertEquals(agents, search("agent"), "the store kept the old list, and so does the index");
        assertEquals(List.of(), search("robots"));
        try (Store store = Store.open(db, null)) {
            assertTrue(store.textCurrent());
        }
    }

    @Test
    void aLostIndexIsMadeAgainByTheNextLoad() throws IOException {
        load(false, "a.md", "b.md");
        List<String> before = search("agent");
        try (Store store = Store.open(db, null)) {
            assertTrue(store.textCurrent());
            store.text().close();
            deleteTree(db.resolve("text"));
        }
        try (Store store = Store.open(db, null)) {
            assertFalse(store.textCurrent(), "a store without its index (one from before it, or its files lost)");
        }
        var failure = assertThrows(RuntimeException.class, () -> search("agent"));
        assertTrue(String.valueOf(failure.getMessage()).contains("no search index"), failure.getMessage());
        load(false, "a.md", "b.md"); // every source unchanged
        assertEquals(before, search("agent"));
        try (Store store = Store.open(db, null)) {
            assertTrue(store.textCurrent());
        }
    }

    /** On the real lists, the search finds the papers the plain form (a regular expression over the union) finds. */
    @Test
    void agreesWithThePlainQueryOnTheData() throws IOException {
        try (Store store = Store.open(db, null)) {
            List<Input> inputs = new ArrayList<>();
            try (var files = Files.walk(Path.of("data"))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) inputs.add(Input.file(f, true));
            }
            new Loader(store, Converter.builder().base(store.iris().base()).build(), p -> {}, s -> {}, false,
                    new PrintStream(PrintStream.nullOutputStream())).load(inputs, false);
            String plainText;
            try (var in = TestSearch.class.getResourceAsStream("/papergraph/plain/search.rq")) {
                plainText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            CannedQuery q = QueryCatalog.shipped().get("search").orElseThrow();
            int found = 0;
            for (String word : List.of("agent", "model", "Language", "reason", "retrieval", "benchmark", "vision",
                    "alignment", "survey", "graph", "tokens", "zebra")) {
                for (String limit : List.of("5", "100")) {
                    Map<String, String> params = Map.of("word", word, "limit", limit, "offset", "3");
                    List<String> ours = rows(TestStatistics.csv(store, q.exec(store.dataset(), params, store.iris().base())));
                    var bindings = q.bindings(params, store.iris().base());
                    List<String> plain = rows(TestStatistics.csv(store, QueryExec.dataset(store.dataset())
                            .query(CannedQuery.bind(QueryFactory.create(plainText, store.iris().base()), bindings)).build()));
                    assertEquals(plain, ours, word + " limit " + limit);
                    found += ours.size();
                }
            }
            assertTrue(found > 100, "the words are found: " + found);
        }
    }

    /** The index sorts dates by a key: it must order the converter's dates as SPARQL's ORDER BY does. */
    @Test
    void dateKeysSortAsSparqlDoes() {
        List<Node> dates = new ArrayList<>();
        for (String d : List.of("2024-05-03", "2024-12-31", "2023-01-01", "2024-05-30"))
            dates.add(NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate));
        for (String d : List.of("2024-06", "2024-01", "2023-12", "2025-01"))
            dates.add(NodeFactory.createLiteralDT(d, XSDDatatype.XSDgYearMonth));
        for (String d : List.of("2024", "2023", "2026"))
            dates.add(NodeFactory.createLiteralDT(d, XSDDatatype.XSDgYear));
        List<Node> bySparql = new ArrayList<>(dates), byKey = new ArrayList<>(dates);
        bySparql.sort((a, b) -> NodeValue.compareAlways(NodeValue.makeNode(a), NodeValue.makeNode(b)));
        byKey.sort(java.util.Comparator.comparing(PaperTexts::dateKey));
        assertEquals(bySparql, byKey);
    }

    static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
