package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.MonthlyLists;
import org.papergraph.query.CannedQuery;
import org.papergraph.query.QueryCatalog;
import org.papergraph.query.ResultFormat;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.Store;
import org.papergraph.store.views.PaperViews;

/**
 * data/topics.md loaded with the monthly lists: a kept topic holds every paper of its spellings and of its narrower
 * topics (its page's list, {@code papers-on-topic} by any of its names, the search index's answer alike); an edit of
 * the topics file alone is loaded as its own source; and {@code topics --suggest} on the lists alone proposes the
 * duplicates data/topics.md merges.
 */
class TestCuratedTopics {
    @TempDir
    Path dir;

    static List<String> load(Path db, String... more) {
        List<String> args = new ArrayList<>(List.of("load", "--db", db.toString()));
        args.addAll(MonthlyLists.paths());
        args.addAll(List.of(more));
        return args;
    }

    /** The papers whose own topics (as the lists wrote them) are these. */
    static Set<Node> papersListedUnder(Store s, String... slugs) {
        Set<Node> out = new HashSet<>();
        Txn.executeRead(s.dataset(), () -> {
            for (String slug : slugs)
                s.dataset().getUnionGraph().find(Node.ANY, Vocab.SUBJECT, s.iris().topic(slug.replace('-', ' ')))
                        .forEach(t -> { if (s.dataset().getUnionGraph().contains(t.getSubject(), Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE)) out.add(t.getSubject()); });
        });
        return out;
    }

    static List<String> cannedPapers(Store s, String topic) {
        return canned(s, "papers-on-topic", Map.of("topic", topic, "limit", "1000")).stream()
                .map(l -> l.substring(0, l.indexOf(','))).distinct().toList();
    }

    /** A canned query's rows as CSV lines, its header left out. */
    static List<String> canned(Store s, String name, Map<String, String> params) {
        CannedQuery q = QueryCatalog.shipped().get(name).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(s.dataset(), () -> {
            try (var exec = q.exec(s.dataset(), params, s.iris().base())) {
                ResultFormat.CSV.write(exec, out);
            }
        });
        List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\r?\n"));
        return lines.subList(1, lines.size());
    }

    @Test
    void aKeptTopicHoldsItsSpellingsAndNarrowerTopicsPapers() throws IOException {
        Path db = dir.resolve("db");
        Cli loaded = Cli.run(load(db, "data/topics.md").toArray(String[]::new));
        assertEquals(0, loaded.exitCode(), loaded.err());
        assertTrue(loaded.err().contains("data/topics.md: 4 topics, 0 rejected, 0 warnings"), loaded.err());
        try (Store s = Store.openExisting(db)) {
            PaperViews views = s.views();
            Node mllms = s.iris().topic("multimodal llms"), models = s.iris().topic("multimodal models");
            Set<Node> spellings = papersListedUnder(s, "multimodal-llms", "multimodal-llm", "multimodal-model");
            Set<Node> all = new HashSet<>(spellings);
            all.addAll(papersListedUnder(s, "multimodal-models"));
            assertTrue(spellings.size() >= 14 && all.size() > spellings.size(), spellings.size() + " " + all.size());
            assertEquals(spellings, Set.copyOf(views.papersOf(mllms, 0, 1000)), "its spellings' papers");
            assertEquals(all, Set.copyOf(views.papersOf(models, 0, 1000)), "and its narrower topic's");
            assertEquals(all.size(), views.count(models));
            assertEquals(List.of(mllms), views.narrower(models));
            assertEquals(List.of(models), views.broader(mllms));
            assertEquals(mllms, views.mergedInto(s.iris().topic("multimodal llm")));
            assertNull(views.mergedInto(mllms));
            assertFalse(views.topicsByCount().contains(s.iris().topic("multimodal llm")), "a merged spelling is no topic of its own");
            // papers-on-topic by any of the topic's names, a merged spelling too
            List<String> expected = views.papersOf(mllms, 0, 1000).stream().map(Node::getURI).toList();
            assertEquals(expected, cannedPapers(s, "Multimodal LLMs"));
            assertEquals(expected, cannedPapers(s, "multimodal llm"));
            assertEquals(views.papersOf(models, 0, 1000).stream().map(Node::getURI).toList(), cannedPapers(s, "Multimodal Models"));
            // The statistics graph counts as the pages do: the topics query's every row is the topic list's count.
            List<String> counted = canned(s, "topics", Map.of());
            assertEquals(views.topicsByCount().size(), counted.size());
            for (String row : counted) {
                String[] cells = row.split(",");
                Node topic = org.apache.jena.graph.NodeFactory.createURI(cells[0]);
                assertEquals(views.count(topic), Integer.parseInt(cells[cells.length - 1]), row);
            }
            assertTrue(counted.contains(models.getURI() + ",Multimodal Models," + all.size()), counted.toString());
            assertFalse(canned(s, "topic-pairs", Map.of("limit", "1000")).stream().anyMatch(r -> r.contains("Multimodal LLM,")),
                    "a merged spelling pairs with nothing");
        }
        // Another topics file instead: loaded as a source is, and the merge follows it.
        Path topics = dir.resolve("topics.md");
        Files.writeString(topics, "| Topic | Also written as | Broader |\n|---|---|---|\n| Multimodal LLMs | Multimodal LLM | |\n");
        List<String> reload = load(db, topics.toString());
        reload.add("--sync");   // data/topics.md is no longer given: its graph goes
        Cli again = Cli.run(reload.toArray(String[]::new));
        assertEquals(0, again.exitCode(), again.err());
        try (Store s = Store.openExisting(db)) {
            PaperViews views = s.views();
            Node models = s.iris().topic("multimodal models");
            assertEquals(papersListedUnder(s, "multimodal-models"), Set.copyOf(views.papersOf(models, 0, 1000)), "no longer broader");
            assertNull(views.mergedInto(s.iris().topic("multimodal model")), "no longer merged");
        }
    }

    @Test
    void suggestProposesTheDuplicatesOfTheLists() throws IOException {
        Path db = dir.resolve("lists-alone");
        assertEquals(0, Cli.run(load(db).toArray(String[]::new)).exitCode());
        Cli suggested = Cli.run("topics", "--suggest", "--db", db.toString());
        assertEquals(0, suggested.exitCode(), suggested.err());
        List<String> rows = List.of(suggested.out().split("\n"));
        assertEquals("| Topic | Also written as | Broader | Why |", rows.get(0));
        assertTrue(sameRow(rows, "Multimodal LLMs", "Multimodal LLM", "Multimodal Models", "Multimodal Model"), suggested.out());
        assertTrue(sameRow(rows, "Foundational LLM", "Foundation LLMs", "Foundation Model"), suggested.out());
        assertTrue(sameRow(rows, "PEFT Approaches", "PEFT"), suggested.out());
        assertTrue(sameRow(rows, "Small LLMs", "Smaller Models"), suggested.out());
        // Pasted into a topics file as they are, the rows read back (the Why column is not read).
        Path topics = dir.resolve("topics.md");
        Files.writeString(topics, suggested.out());
        Cli pasted = Cli.run(load(db, topics.toString()).toArray(String[]::new));
        assertEquals(0, pasted.exitCode(), pasted.err());
        assertTrue(pasted.err().contains("topics.md: " + (rows.size() - 2) + " topics, 0 rejected, 0 warnings"), pasted.err());
        Cli after = Cli.run("topics", "--suggest", "--db", db.toString());
        List<String> again = List.of(after.out().split("\n"));
        assertFalse(sameRow(again, "Multimodal LLMs", "Multimodal LLM") || sameRow(again, "PEFT Approaches", "PEFT"),
                "curated: not proposed again\n" + after.out());
    }

    /** Whether one row names all these topics, as its topic or its other spellings. */
    static boolean sameRow(List<String> rows, String... topics) {
        return rows.stream().anyMatch(r -> {
            List<String> cells = List.of(r.split("\\|"));
            if (cells.size() < 3) return false;
            Set<String> names = new HashSet<>();
            names.add(cells.get(1).strip());
            for (String s : cells.get(2).split(";")) names.add(s.strip());
            return names.containsAll(List.of(topics));
        });
    }
}
