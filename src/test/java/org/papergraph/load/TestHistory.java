package org.papergraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.Store;
import org.papergraph.store.views.PaperViews;

/**
 * The times the loads record in the history graph, across loads of real TDB2 stores in temporary folders: a new
 * paper is newer than the others, an unchanged listing keeps its times (also when an edit above moves its line), a
 * changed one's changed time moves, a failed load leaves nothing, and what leaves the store leaves the history. The
 * times are the files' (set here, a minute apart), and the history is the same whatever order the files came in.
 */
class TestHistory {
    static final String BASE = "http://localhost:3030/";
    static final String HEADER = "| Date | Name | Abstract | Topics |\n| --- | --- | --- | --- |\n";
    static final String A = "| 1 May 2024 | [Paper A](https://arxiv.org/abs/2405.00010) | About A. | RAG |\n";
    static final String B = "| 2 May 2024 | [Paper B](https://arxiv.org/abs/2405.00020) | About B. | RAG, Agents |\n";
    static final String B_CHANGED = "| 2 May 2024 | [Paper B](https://arxiv.org/abs/2405.00020) | About B, revised. | RAG, Agents |\n";
    static final String C = "| 3 May 2024 | [Paper C](https://arxiv.org/abs/2405.00030) | About C. | Agents |\n";
    static final String D = "| 4 May 2024 | [Paper D](https://arxiv.org/abs/2405.00005) | About D. | RAG |\n";

    @TempDir
    Path dir;
    Path list, db;
    /** The time the next version of a file is written at. */
    Instant clock = Instant.parse("2024-06-01T08:00:00Z");

    @BeforeEach
    void paths() {
        list = dir.resolve("list.md");
        db = dir.resolve("store");
    }

    LoadSummary load(boolean sync, Path... files) throws IOException { return load(db, sync, files); }

    static LoadSummary load(Path db, boolean sync, Path... files) throws IOException {
        try (Store store = Store.open(db, null)) {
            List<Input> inputs = new ArrayList<>();
            for (Path f : files) inputs.add(Input.file(f, false));
            return new Loader(store, Converter.builder().base(store.iris().base()).build(), p -> {}, s -> {}, false,
                    new PrintStream(PrintStream.nullOutputStream())).load(inputs, sync);
        }
    }

    LoadSummary write(String... rows) throws IOException {
        written(list, rows);
        return load(false, list);
    }

    /** A file written now, by the clock. */
    Path written(Path file, String... rows) throws IOException {
        Files.writeString(file, HEADER + String.join("", rows));
        Files.setLastModifiedTime(file, FileTime.from(clock));
        return file;
    }

    static Node paper(String id) { return NodeFactory.createURI(BASE + "paper/" + id); }

    static Node listing(String id) { return NodeFactory.createURI(BASE + "listing/list/" + id); }

    /** The one time the history graph says of a resource, or null. */
    Instant time(Node s, Node p) {
        try (Store store = Store.open(db, null)) {
            return store.dataset().calculateRead(() -> {
                var it = store.dataset().find(store.iris().history(), s, p, Node.ANY);
                Instant t = it.hasNext() ? Instant.parse(it.next().getObject().getLiteralLexicalForm()) : null;
                assertFalse(it.hasNext(), "one " + p + " of " + s);
                return t;
            });
        }
    }

    Set<String> history() { return history(db); }

    static Set<String> history(Path db) {
        try (Store store = Store.open(db, null)) {
            return store.dataset().calculateRead(() -> {
                Set<String> out = new TreeSet<>();
                store.dataset().find(store.iris().history(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.toString()));
                return out;
            });
        }
    }

    void tick() { clock = clock.plusSeconds(60); } // the next version of a file is a minute later

    @Test
    void aNewPaperIsNewerAndAnUnchangedListingKeepsItsTimes() throws Exception {
        write(A, B, C);
        Instant first = time(paper("2405.00010"), Vocab.FIRST_LISTED);
        assertNotNull(first);
        for (String id : List.of("2405.00010", "2405.00020", "2405.00030")) {
            assertEquals(first, time(paper(id), Vocab.FIRST_LISTED), "one load, one time: " + id);
            assertEquals(first, time(listing(id), Vocab.CREATED), id);
            assertEquals(first, time(listing(id), Vocab.MODIFIED), id);
        }
        tick();
        // D is new, above the rest (every line moves), and B's abstract changes.
        assertEquals("1 source: 1 updated (+1 paper, 1 changed)", write(D, A, B_CHANGED, C).toString());
        Instant second = time(paper("2405.00005"), Vocab.FIRST_LISTED);
        assertTrue(second.isAfter(first), second + " after " + first);
        assertEquals(second, time(listing("2405.00005"), Vocab.CREATED));
        for (String id : List.of("2405.00010", "2405.00020", "2405.00030"))
            assertEquals(first, time(paper(id), Vocab.FIRST_LISTED), "a paper listed again keeps its first time: " + id);
        for (String id : List.of("2405.00010", "2405.00030")) {
            assertEquals(first, time(listing(id), Vocab.CREATED), "unchanged, moved a line: " + id);
            assertEquals(first, time(listing(id), Vocab.MODIFIED), "unchanged, moved a line: " + id);
        }
        assertEquals(first, time(listing("2405.00020"), Vocab.CREATED), "a changed listing was added when it was");
        assertEquals(second, time(listing("2405.00020"), Vocab.MODIFIED), "and changed now");

        try (Store store = Store.open(db, null)) {
            PaperViews views = store.views();
            assertEquals(List.of(paper("2405.00005"), paper("2405.00010"), paper("2405.00020"), paper("2405.00030")),
                    views.newestListed(0, 10).stream().map(PaperViews.Listed::paper).toList(), "the new paper first, then by IRI");
            assertEquals(List.of(paper("2405.00005"), paper("2405.00010")),
                    views.newestListedOn(NodeFactory.createURI(BASE + "topic/rag"), 0, 2).stream().map(PaperViews.Listed::paper).toList());
            assertEquals(List.of(paper("2405.00020"), paper("2405.00030")), views.newestListedOn(NodeFactory.createURI(BASE + "topic/agents"), 0, 5)
                    .stream().map(PaperViews.Listed::paper).toList());
            List<PaperViews.Change> changes = views.changes(0, 10);
            assertEquals(List.of(listing("2405.00005"), listing("2405.00020"), listing("2405.00010"), listing("2405.00030")),
                    changes.stream().map(PaperViews.Change::listing).toList(), "last changed first, then by IRI");
            assertTrue(changes.get(0).isNew());
            assertFalse(changes.get(1).isNew(), "B changed");
            assertEquals(4, views.changeCount());
        }
    }

    @Test
    void anUnchangedFileAndAFailedLoadLeaveTheHistoryAlone() throws Exception {
        write(A, B);
        Set<String> before = history();
        assertEquals(2 + 2 * 2, before.size(), "two papers' first times, two listings' two times");
        tick();
        assertEquals("1 source: 1 unchanged", load(false, list).toString());
        assertEquals(before, history());
        Files.writeString(list, HEADER + A + B_CHANGED + C);
        byte[] bytes = Files.readAllBytes(list);
        bytes[bytes.length / 2] = 0; // a binary file: the load fails
        Files.write(list, bytes);
        assertEquals(1, load(false, list).failed());
        assertEquals(before, history(), "a failed load records nothing");
    }

    @Test
    void whatLeavesTheStoreLeavesTheHistoryAndIsNewWhenListedAgain() throws Exception {
        Path other = written(dir.resolve("other.md"), C);
        write(A, B, C);
        load(false, other);
        Instant first = time(paper("2405.00030"), Vocab.FIRST_LISTED);
        tick();
        write(A, C); // B leaves the store; C is still listed by the other list
        assertNull(time(paper("2405.00020"), Vocab.FIRST_LISTED), "a paper no list holds is forgotten");
        assertNull(time(listing("2405.00020"), Vocab.CREATED), "so is its listing");
        assertEquals(first, time(paper("2405.00030"), Vocab.FIRST_LISTED));
        tick();
        write(A, B, C);
        Instant again = time(paper("2405.00020"), Vocab.FIRST_LISTED);
        assertTrue(again.isAfter(first), "listed again, it is new again");
        assertEquals(again, time(listing("2405.00020"), Vocab.CREATED));

        Files.delete(list);
        load(true, other); // --sync drops the list
        assertNull(time(paper("2405.00010"), Vocab.FIRST_LISTED), "A was only in the dropped list");
        assertNull(time(listing("2405.00010"), Vocab.CREATED));
        assertEquals(first, time(paper("2405.00030"), Vocab.FIRST_LISTED), "C is still listed by the other");
        try (Store store = Store.open(db, null)) {
            Set<Node> listed = store.dataset().calculateRead(() -> {
                Set<Node> out = new java.util.HashSet<>();
                store.dataset().find(store.iris().history(), Node.ANY, Vocab.FIRST_LISTED, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
                return out;
            });
            assertEquals(Set.of(paper("2405.00030")), listed, "the history holds what the store holds");
        }
    }

    @Test
    void theHistoryIsTheSameWhateverTheOrderTheListsCameIn() throws Exception {
        Path x = written(dir.resolve("x.md"), A, B);
        tick();
        Path y = written(dir.resolve("y.md"), B, C);
        Path one = dir.resolve("one"), other = dir.resolve("other");
        load(one, false, x);
        load(one, false, y);
        load(other, false, y, x);
        assertEquals(history(one), history(other), "two loads, or one in the other order");
        assertEquals(3 + 4 * 2, history(one).size(), "three papers' first times, four listings' two times");

        tick();
        written(x, A); // B moves from x to y, and D comes
        tick();
        written(y, B_CHANGED, C, D);
        load(one, false, y); // a reload for each file, the later first
        load(one, false, x);
        load(other, false, x, y); // one reload
        assertEquals(history(one), history(other), "two reloads, or one in the other order");
    }
}
