package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a query may call on the server (issue 13, B): every regular expression matched by RE2 in time linear in
 * its input, with SPARQL's flags and functions keeping their meaning, and no function loaded by class name.
 */
class TestQueryFunctions {
    @TempDir
    static Path dir;
    static Served served;

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    @BeforeAll
    static void start() { served = Served.start(dir.resolve("store"), List.of(Served.SEED.toString()), b -> b.timeout(TIMEOUT)); }

    @AfterAll
    static void stop() { served.close(); }

    static String q(String s) { return TestSparqlEndpoints.q(s); }

    static final String EVIL = "SELECT ?x { VALUES ?s { \"" + "a".repeat(34) + "!\" } BIND(regex(?s, \"^((a+)+)+$\") AS ?x) }";

    @Test
    void aBacktrackingRegexAnswersWithinTheTimeout() {
        long start = System.nanoTime();
        HttpResponse<String> r = served.get("/papers/sparql?query=" + q(EVIL), "Accept", "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("x\r\nfalse\r\n", r.body());
        assertTrue(millis < TIMEOUT.toMillis() + 1000, "took " + millis + " ms");
        String replace = "SELECT ?x { VALUES ?s { \"" + "a".repeat(34) + "!\" } BIND(REPLACE(?s, \"^((a+)+)+$\", \"b\") AS ?x) }";
        start = System.nanoTime();
        r = served.get("/papers/sparql?query=" + q(replace), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue((System.nanoTime() - start) / 1_000_000 < TIMEOUT.toMillis() + 1000);
    }

    @Test
    void strSplitMatchesWithRe2Too() {
        String evil = "SELECT ?x { ?x <http://jena.apache.org/ARQ/property#strSplit> (\"" + "a".repeat(34) + "!\" \"^((a+)+)+$\") }";
        long start = System.nanoTime();
        HttpResponse<String> r = served.get("/papers/sparql?query=" + q(evil), "Accept", "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(millis < TIMEOUT.toMillis() + 1000, "took " + millis + " ms");
        String split = "SELECT ?x { ?x <http://jena.apache.org/ARQ/property#strSplit> (\"a, b,c\" \",\\\\s*\") }";
        r = served.get("/papers/sparql?query=" + q(split), "Accept", "text/csv");
        assertEquals("x\r\na\r\nb\r\nc\r\n", r.body());
    }

    @Test
    void noFunctionIsLoadedByClassName() {
        // ARQ would load any Function class named by a java: IRI; here a query calls only registered functions.
        String call = "SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.sha1sum>(\"a\") AS ?x) }";
        HttpResponse<String> r = served.get("/papers/sparql?query=" + q(call), "Accept", "text/csv");
        assertEquals("x\r\n\r\n", r.body());
        String pf = "SELECT ?x { ?x <java:org.apache.jena.sparql.pfunction.library.strSplit> (\"a b\" \" \") }";
        r = served.get("/papers/sparql?query=" + q(pf), "Accept", "text/csv");
        assertEquals("x\r\n", r.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "regex('ABC', 'b', 'i')                         | true",
            "regex('ABC', 'b')                              | false",
            "regex('a\\nb', '^b$', 'm')                     | true",
            "regex('a\\nb', '^b$')                          | false",
            "regex('a\\nb', 'a.b', 's')                     | true",
            "regex('a\\nb', 'a.b')                          | false",
            "regex('abc', 'a b  c', 'x')                    | true",
            "regex('a.c', '.', 'q')                         | true",
            "regex('abc', 'a.c', 'q')                       | false",
            "regex('abc', 'A.C', 'iq')                      | false",
            "regex('Straße', 'STRASSE', 'i')                | false",
            "regex('Éa', '^\\\\p{Lu}')                      | true",
            "regex('abc'@en, '^ab')                         | true",
            "<http://www.w3.org/2005/xpath-functions#matches>('abc', 'B', 'i') | true",
            "REPLACE('abcabc', '(b)', '[$1]')               | a[b]ca[b]c",
            "REPLACE('aXbx', 'x', '-', 'i')                 | a-b-",
            "REPLACE('a$b', '\\\\$', '\\\\$\\\\$')          | a$$b",
            "<http://www.w3.org/2005/xpath-functions#replace>('abc', 'b', 'B') | aBc",
    })
    void flagsAndFunctionsKeepTheirMeaning(String expr, String expected) {
        String query = "SELECT ?x { BIND(" + expr.replace('\'', '"') + " AS ?x) }";
        HttpResponse<String> r = served.post("/papers/sparql", "application/sparql-query", query, "Accept", "text/tab-separated-values");
        assertEquals(200, r.statusCode(), r.body());
        String value = r.body().split("\n")[1].strip();
        assertEquals(expected, value.replaceAll("^\"|\"(@en)?$", "").replace("\"^^<http://www.w3.org/2001/XMLSchema#boolean>", ""), query);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(a)\\\\1", "a(?=b)", "a(?!b)", "(?<=a)b", "a++"})
    void aPatternRe2CannotTakeIsAClearQueryError(String pattern) {
        String query = "SELECT * { ?s ?p ?o FILTER(regex(?o, \"" + pattern + "\")) }";
        String log = TestQueryGuards.stderrDuring(() -> {
            HttpResponse<String> r = served.get("/papers/sparql?query=" + q(query));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("RE2"), r.body());
        });
        assertFalse(log.contains("\tat "), log);
    }
}
