package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.Store;

/** {@code papergraph query} as a user runs it: by name or file, with parameters, in each format. */
class TestQueryCommand {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void load() throws Exception {
        // Two sources listing one paper, and a list with rejected rows: what the data-quality queries look for.
        Path lists = Files.createDirectories(dir.resolve("lists"));
        Files.copy(Path.of("src/test/resources/golden/code.md"), lists.resolve("code.md"));
        Files.copy(Path.of("src/test/resources/golden/code.md"), lists.resolve("code-again.md"));
        Files.copy(Path.of("src/test/resources/golden/ragged.md"), lists.resolve("ragged.md"));
        db = dir.resolve("store").toString();
        assertEquals(0, Cli.run("load", lists.toString(), "--db", db).exitCode());
    }

    @Test
    void aStoreWithStaleStatisticsIsToldSo() throws Exception {
        String stale = dir.resolve("stale").toString();
        assertEquals(0, Cli.run("load", "src/test/resources/golden/code.md", "--db", stale).exitCode());
        try (Store s = Store.openExisting(Path.of(stale))) { // as a store made before the statistics were kept
            s.dataset().executeWrite(() -> s.dataset().deleteAny(s.iris().statistics(), Node.ANY, Node.ANY, Node.ANY));
        }
        Cli before = Cli.run("query", "topics", "--db", stale, "--format", "csv");
        assertEquals(0, before.exitCode());
        assertTrue(before.err().contains("statistics of store " + stale + " are not current"), before.err());
        assertEquals(0, Cli.run("load", "src/test/resources/golden/code.md", "--db", stale).exitCode());
        Cli after = Cli.run("query", "topics", "--db", stale, "--format", "csv");
        assertEquals("", after.err(), "a load of the same lists counted them");
        try (Store s = Store.openExisting(Path.of(stale))) {
            assertTrue(s.statisticsCurrent());
        }
    }

    @Test
    void listsTheQueries() {
        Cli r = Cli.run("query", "--list");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("papers-on-topic — Papers on a topic"), r.out());
        assertTrue(r.out().contains("--param topic="), r.out());
    }

    @Test
    void dataQualityQueriesFindWhatIsThere() {
        Cli rejected = Cli.run("query", "rejected-rows", "--db", db, "--format", "csv");
        assertEquals(0, rejected.exitCode(), rejected.err());
        assertTrue(rejected.out().contains("empty row") && rejected.out().contains("no title"), rejected.out());
        Cli several = Cli.run("query", "in-several-sources", "--db", db, "--format", "tsv");
        assertTrue(several.out().contains("<http://localhost:3030/paper/2408.15998>\t"), several.out());
        assertTrue(several.out().contains("\t2\t"), several.out());
    }

    @Test
    void formatsAndParameters() {
        Cli table = Cli.run("query", "papers-on-topic", "--param", "topic=rag", "--db", db, "--format", "table");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("| paper") && table.out().contains("=========="), table.out());
        Cli json = Cli.run("query", "topics", "--db", db, "--format", "json");
        assertTrue(json.out().contains("\"bindings\""), json.out());
        Cli xml = Cli.run("query", "topics", "--db", db, "--format", "xml");
        assertTrue(xml.out().contains("<sparql"), xml.out());
    }

    @Test
    void aSelectIsNotTurtle() {
        // It used to print the text table under the name of Turtle.
        Cli r = Cli.run("query", "topics", "--db", db, "--format", "turtle");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains("a SELECT query answers with results, as table, csv, tsv, json or xml, not turtle"), r.err());
    }

    @Test
    void aFileWithAConstructWritesTurtle() throws Exception {
        Path rq = dir.resolve("titles.rq");
        Files.writeString(rq, "# title: Titles\nCONSTRUCT { ?p <http://purl.org/dc/terms/title> ?t } WHERE { ?p a <https://schema.org/ScholarlyArticle> ; <http://purl.org/dc/terms/title> ?t }\n");
        Cli r = Cli.run("query", rq.toString(), "--db", db);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("dcterms:title") || r.out().contains("<http://purl.org/dc/terms/title>"), r.out());
    }

    @Test
    void mistakesAreOneLineUsageErrors() {
        Cli unknown = Cli.run("query", "no-such-query", "--db", db);
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no canned query or file 'no-such-query'"), unknown.err());
        Cli param = Cli.run("query", "topics", "--param", "x=1", "--db", db);
        assertEquals(2, param.exitCode());
        assertTrue(param.err().contains("topics has no parameter 'x'"), param.err());
        assertEquals(1, param.err().strip().lines().count(), param.err());
    }
}
