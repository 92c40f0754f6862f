package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.Conversion;

class TestGenerateCommand {
    @Test
    void sameSeedSameBytesAndEveryRowAPaper(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.md"), b = dir.resolve("b.md"), c = dir.resolve("c.md");
        assertEquals(0, Cli.run("generate", "--papers", "1000", "--seed", "3", "-o", a.toString()).exitCode());
        assertEquals(0, Cli.run("generate", "--papers", "1000", "--seed", "3", "-o", b.toString()).exitCode());
        assertEquals(0, Cli.run("generate", "--papers", "1000", "--seed", "4", "-o", c.toString()).exitCode());
        assertEquals(-1, Files.mismatch(a, b));
        assertNotEquals(-1, Files.mismatch(a, c));

        Conversion conv = Conversion.of(a);
        assertEquals("1000 rows: 1000 papers, 0 rejected, 0 warnings", conv.report().account());
        long tables = Files.readAllLines(a).stream().filter(l -> l.equals("| --- | --- | --- | --- |")).count();
        long prose = Files.readAllLines(a).stream().filter(l -> l.startsWith("The papers of ")).count();
        assertTrue(tables > 100 && prose == tables, "several tables, prose between them: " + tables);
        var years = conv.select("SELECT (MIN(YEAR(?d)) AS ?lo) (MAX(YEAR(?d)) AS ?hi) { ?p a fabio:Preprint ; dcterms:date ?d }");
        assertEquals(2015, years.get(0).getLiteral("lo").getInt());
        assertEquals(2026, years.get(0).getLiteral("hi").getInt());
        var topics = conv.select("SELECT (COUNT(DISTINCT ?t) AS ?n) { ?p dcterms:subject ?t }").get(0).getLiteral("n").getInt();
        assertTrue(topics > 100 && topics <= 320, "a long tail of topics: " + topics);
        var code = conv.select("SELECT (COUNT(?c) AS ?n) { ?p pg:hasCode ?c }").get(0).getLiteral("n").getInt();
        assertTrue(code > 50 && code < 250, "some papers with code: " + code);
        var versioned = conv.select("SELECT (COUNT(?l) AS ?n) { ?l pg:arxivVersion ?v }").get(0).getLiteral("n").getInt();
        assertTrue(versioned > 100 && versioned < 300, "some versioned links: " + versioned);
    }

    /** The list layout: the same papers as the table layout, as an awesome-list whose headings are their topics. */
    @Test
    void listLayoutListsTheSamePapersUnderTopicHeadings(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("list.md"), again = dir.resolve("again.md"), table = dir.resolve("table.md");
        assertEquals(0, Cli.run("generate", "--papers", "600", "--seed", "3", "--layout", "list", "-o", list.toString()).exitCode());
        assertEquals(0, Cli.run("generate", "--papers", "600", "--seed", "3", "--layout", "list", "-o", again.toString()).exitCode());
        assertEquals(0, Cli.run("generate", "--papers", "600", "--seed", "3", "-o", table.toString()).exitCode());
        assertEquals(-1, Files.mismatch(list, again));

        Conversion conv = Conversion.of(list);
        assertEquals(600, conv.report().papers(), conv.problemText());
        assertEquals(0, conv.report().rejected());
        assertEquals(0, conv.report().warnings(), conv.problemText());
        assertTrue(conv.report().prose() > 144, "the contents and background reading are prose: " + conv.report().prose());
        var lines = Files.readAllLines(list);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+\\. \\[.*")), "some numbered lists");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  - Paper: ")), "some Paper: sub-items");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("- \"")), "some quoted titles");

        String papers = "SELECT ?p ?t { ?p a fabio:Preprint ; dcterms:title ?t }";
        assertEquals(titles(Conversion.of(table), papers), titles(conv, papers), "the same ids and titles");
        // every topic is a heading of the list, a narrower one under its broader one; every paper is dated by its month
        for (var s : conv.select("SELECT ?label { ?p a fabio:Preprint ; dcterms:subject/skos:prefLabel ?label }"))
            assertTrue(lines.contains("### " + s.getLiteral("label").getLexicalForm())
                    || lines.contains("#### " + s.getLiteral("label").getLexicalForm()), s.toString());
        var narrower = conv.select("SELECT (COUNT(*) AS ?n) { ?t skos:broader ?b }").get(0).getLiteral("n").getInt();
        assertTrue(narrower > 50, "subtopics under topics: " + narrower);
        var dated = conv.select("SELECT (COUNT(?p) AS ?n) { ?p a fabio:Preprint ; dcterms:date ?d }").get(0).getLiteral("n").getInt();
        assertEquals(600, dated);
    }

    private static Set<String> titles(Conversion conv, String query) {
        Set<String> out = new HashSet<>();
        for (var s : conv.select(query)) out.add(s.getResource("p").getURI() + " " + s.getLiteral("t").getLexicalForm());
        return out;
    }
}
