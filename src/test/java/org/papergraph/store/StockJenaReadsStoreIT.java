package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.bench.Tools;

/** The store is plain TDB2 5.6: the stock {@code tdb2.tdbquery} of the Jena distribution reads it. */
class StockJenaReadsStoreIT {
    @Test
    void stockTdbQueryReadsTheStore(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("store");
        Process load = new ProcessBuilder("java", "-jar", "target/papergraph.jar", "load", "data", "--db", db.toString())
                .redirectErrorStream(true).start();
        String loaded = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, load.waitFor(), loaded);

        Path tdbquery = new Tools(Path.of("target/bench-smoke").toAbsolutePath(), Path.of("target/papergraph.jar")).jenaBin("tdb2.tdbquery");
        Process q = new ProcessBuilder(List.of(tdbquery.toString(), "--loc", db.toString(), "--results=csv",
                "SELECT (COUNT(DISTINCT ?p) AS ?papers) (COUNT(DISTINCT ?g) AS ?graphs) "
                        + "{ GRAPH ?g { ?p a <https://schema.org/ScholarlyArticle> } }"))
                .redirectErrorStream(true).start();
        String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(q.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, q.exitValue(), out);
        assertTrue(out.contains("papers,graphs"), out);
        assertTrue(out.contains("2139,10"), out);
    }
}
