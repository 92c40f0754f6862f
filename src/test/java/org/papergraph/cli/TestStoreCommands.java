package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ChildJvm;
import org.papergraph.store.Store;

class TestStoreCommands {
    @Test
    void loadStatsCompact(@TempDir Path dir) {
        String db = dir.resolve("store").toString();
        Cli load = Cli.run("load", "data", "--db", db);
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.err().contains("data/2024-05-seed-papers.md: 33 rows: 33 papers, 0 rejected, 0 warnings"), load.err());
        assertTrue(load.err().endsWith("11 sources: 11 new (+2139 papers)\n"), load.err());
        assertTrue(Cli.run("load", "data", "--db", db).err().endsWith("11 sources: 11 unchanged\n"));

        Cli stats = Cli.run("stats", "--db", db, "--format", "json");
        assertEquals(0, stats.exitCode(), stats.err());
        JsonObject o = JSON.parse(stats.out());
        assertEquals(2139, o.get("papers").getAsNumber().value().intValue());
        assertEquals(11, o.get("sources").getAsNumber().value().intValue());
        assertEquals(11, o.get("perSource").getAsArray().size());
        assertTrue(o.get("quads").getAsNumber().value().intValue() > 4_000);
        Cli text = Cli.run("stats", "--db", db);
        assertTrue(text.out().contains("papers   2,139"), text.out());

        Cli compact = Cli.run("compact", "--db", db);
        assertEquals(0, compact.exitCode(), compact.err());
        assertTrue(compact.err().matches("compacted .*: [\\d,]+ bytes -> [\\d,]+ bytes\n"), compact.err());
        assertTrue(Cli.run("stats", "--db", db).out().contains("papers   2,139"), "the data survives compaction");
    }

    @Test
    void aStoreInUseIsOneClearLine(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("store");
        assertEquals(0, Cli.run("load", "data/2024-01-papers.md", "--db", db.toString()).exitCode());
        try (Store held = Store.open(db, null)) { // this JVM holds the store's lock
            for (String[] args : new String[][] {{"stats", "--db", db.toString()}, {"load", Path.of("data").toAbsolutePath().toString(), "--db", db.toString()}}) {
                ChildJvm other = ChildJvm.run("128m", dir, args);
                assertEquals(1, other.exitCode());
                assertEquals("papergraph: error: store " + db + " is in use by another papergraph process\n", other.err());
            }
        }
    }

    @Test
    void loadRefusesStandardInput(@TempDir Path dir) {
        Cli r = Cli.runWithInput("| Name |\n|---|\n| P |\n", "load", "-", "--db", dir.resolve("store").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("load reads files, not standard input"), r.err());
    }

    @Test
    void missingStoreAndOtherBaseAreOneLine(@TempDir Path dir) {
        Cli none = Cli.run("stats", "--db", dir.resolve("nothing").toString());
        assertEquals(1, none.exitCode());
        assertEquals("papergraph: error: no store at " + dir.resolve("nothing") + " (load some lists first)\n", none.err());
        String db = dir.resolve("store").toString();
        assertEquals(0, Cli.run("load", "data/2024-01-papers.md", "--db", db, "--base", "https://papers.example.org/").exitCode());
        Cli other = Cli.run("load", "data/2024-01-papers.md", "--db", db, "--base", "http://localhost:3030/");
        assertEquals(1, other.exitCode());
        assertTrue(other.err().startsWith("papergraph: error: store " + db + " holds data minted under https://papers.example.org/"), other.err());
    }

    /**
     * A store made before papergraph's terms had their fixed namespace says them under its base, as its catalog shows
     * ({@code {base}ontology#path}): it is refused, in one line that says to load again, by every command.
     */
    @Test
    void aStoreWithTheOldVocabularyIsOneLineSayingToLoadAgain(@TempDir Path dir) {
        String db = dir.resolve("store").toString();
        assertEquals(0, Cli.run("load", "data/2024-01-papers.md", "--db", db).exitCode());
        try (Store s = Store.open(dir.resolve("store"), null)) {
            Node catalog = s.iris().sourceCatalog(), source = s.iris().source("2024-01-papers");
            s.dataset().executeWrite(() -> s.dataset().add(catalog, source,
                    NodeFactory.createURI("http://localhost:3030/ontology#path"), NodeFactory.createLiteralString("data/2024-01-papers.md")));
        }
        String line = "papergraph: error: store " + db + " was made by an older papergraph (its vocabulary namespace is"
                + " http://localhost:3030/ontology#, not https://w3id.org/papergraph/ontology#); load it again: remove " + db
                + " and run papergraph load --db " + db + " with its lists\n";
        for (String[] command : new String[][] {{"stats", "--db", db}, {"load", "data/2024-01-papers.md", "--db", db},
                {"query", "topics", "--db", db}}) {
            Cli r = Cli.run(command);
            assertEquals(1, r.exitCode(), String.join(" ", command));
            assertEquals(line, r.err(), String.join(" ", command));
        }
    }
}
