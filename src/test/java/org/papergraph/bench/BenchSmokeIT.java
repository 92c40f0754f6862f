package org.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of the real harness at 1,000 papers (one run a side): it fetches the stock tools, times both sides
 * with hyperfine and produces every figure. Not a benchmark: no timing is asserted, only that the figures are
 * there.
 */
class BenchSmokeIT {
    @Test
    void producesEveryFigure() throws Exception {
        Path work = Path.of("target/bench-smoke").toAbsolutePath();
        Process p = new ProcessBuilder(List.of("bench/run", "--sizes", "1000", "--runs", "1", "--wrk-seconds", "2", "--profile",
                "--work", work.toString()))
                .redirectErrorStream(true).redirectOutput(work.resolveSibling("bench-smoke.log").toFile()).start();
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "bench/run finished");
        String log = Files.readString(work.resolveSibling("bench-smoke.log"));
        assertEquals(0, p.exitValue(), log);

        JsonArray figures = JSON.parseAny(Files.readString(work.resolve("results.json"))).getAsArray();
        JsonObject convert = figures.get(0).getAsObject();
        assertEquals("convert Markdown → N-Triples", convert.get("part").getAsString().value());
        assertEquals(1000, convert.get("papers").getAsNumber().value().intValue());
        for (String key : List.of("papergraphSeconds", "stockSeconds", "ratio"))
            assertTrue(convert.get(key).getAsNumber().value().doubleValue() > 0, key);
        assertTrue(convert.get("papergraphPeakKiB").getAsNumber().value().longValue() > 10_000, "peak memory measured");

        String md = Files.readString(work.resolve("results.md"));
        assertTrue(md.contains("| convert Markdown → N-Triples | 1,000 |"), md);
        assertTrue(md.contains("Profile (JFR CPU samples)"), md);
        // Every part has numbers: the bullet list's convert, load, the server (wrk against both servers, stock Fuseki on tdbloader's store
        // and on papergraph's through the union-graph assembler, and their readiness), each canned
        // query against its plain form on stock Fuseki over tdbloader's store of the N-Quads, the exports, and up
        // following its lists (an edit, and pages served during a reload), the snapshot, its restore and a replica's catch-up,
        // and the pages through nginx in front of one and two replicas, with and without its cache.
        for (String part : List.of("convert bullet list → N-Triples", "load into TDB2", "GET /paper/{id}.ttl", "GET /paper/{id}.html",
                HttpPart.TURTLE_UNION, HttpPart.LOGGED, "server start → first 200",
                "export N-Quads", "export Turtle", "export JSON-LD", ReloadPart.EDIT, "GET /paper/{id}.ttl during a reload",
                "snapshot vs tdb2.tdbbackup", "restore vs tar xzf of the archive", "restore + catch-up load vs full load",
                ReplicasPart.TWO, ReplicasPart.CACHED, ReplicasPart.PROXIED)) {
            String row = md.lines().filter(l -> l.startsWith("| " + part)).findFirst().orElseThrow(() -> new AssertionError(part));
            assertTrue(row.contains("×"), row);
        }
        long queries = md.lines().filter(l -> l.startsWith("| canned query ") && l.contains("×")).count();
        assertEquals(org.papergraph.query.QueryCatalog.shipped().all().size(), queries, "a row for every canned query");
        JsonObject turtle = figures.stream().map(f -> f.getAsObject())
                .filter(f -> f.get("part").getAsString().value().startsWith("GET /paper/{id}.ttl")).findFirst().orElseThrow();
        for (String key : List.of("papergraphRequestsPerSecond", "stockRequestsPerSecond", "papergraphP99Ms", "stockP99Ms"))
            assertTrue(turtle.get(key).getAsNumber().value().doubleValue() > 0, key);
        assertTrue(turtle.get("note").getAsString().value().startsWith(HttpPart.STOCK), "the first Turtle row is against Fuseki on tdbloader's store");
    }
}
