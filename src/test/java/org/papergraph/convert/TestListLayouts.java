package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.Conversion;

/** Paper lists written as Markdown lists: each kind of layout in src/test/resources/lists/layouts.md. */
class TestListLayouts {
    static Conversion c;

    @BeforeAll
    static void convert() { c = Conversion.of(Path.of("src/test/resources/lists/layouts.md")); }

    private static Set<String> column(String query, String var) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution s : c.select(query)) out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.getResource(var).getURI());
        return out;
    }

    private static String titleOf(String paperIri) {
        List<QuerySolution> r = c.select("SELECT ?t WHERE { <" + paperIri + "> dcterms:title ?t }");
        assertEquals(1, r.size(), paperIri + " " + c.problemText());
        return r.get(0).getLiteral("t").getLexicalForm();
    }

    @Test
    void everyItemLinkingAPaperIsAPaperAndTheRestIsProse() {
        assertEquals(16, c.report().papers(), c.problemText());
        assertEquals(0, c.report().rejected());
        assertEquals(0, c.report().warnings(), c.problemText());
        // two table-of-contents items, the news item, the item linking a blog, the date that groups papers
        assertEquals(5, c.report().prose());
        assertTrue(c.report().account().endsWith("; 5 list items with no paper link (prose)"), c.report().account());
    }

    @Test
    void titlesComeFromTheQuoteBoldOrLinkTheItemLeadsWithNeverFromRoleLinks() {
        String p = Conversion.BASE + "paper/";
        assertEquals("Quoted Title of a Cache Paper", titleOf(p + "2403.01234"));            // "quoted", abs with version
        assertEquals("Venue First Then the Title", titleOf(p + "2401.00001"));              // (*venue*) title [[paper]], pdf
        assertEquals("A Nicknamed Paper With a Quoted Title", titleOf(p + "2310.04321"));   // **Nick**: "title", html
        assertEquals("Blog Post Title", titleOf(p + "2104.00087"));                         // [blog](..) ([Paper](arXiv))
        assertEquals("First Paper of the Day", titleOf(p + "2405.11111"));                  // Paper: sub-items of a date
        assertEquals("Second Paper of the Day", titleOf(p + "2405.22222"));
        assertEquals("Parent Title With Its Paper Below", titleOf(p + "2402.33333"));       // a lone Paper: joins its parent
        Set<String> titles = column("SELECT ?t WHERE { ?p a schema:ScholarlyArticle ; dcterms:title ?t }", "t");
        assertTrue(titles.containsAll(Set.of("Bold Lead Title on Pruning", "A Proceedings Paper", "A DOI Paper",
                "A Plain PDF", "A Quoted List's Paper")), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Linked Bold Title of an Attention Paper")), titles.toString());
        for (String t : titles) assertTrue(!t.isEmpty() && !Set.of("paper", "pdf", "code", "the paper").contains(t.toLowerCase()), t);
    }

    @Test
    void subItemsAndRoleLinksGiveTheParentItsCode() {
        Set<String> code = column("SELECT ?r WHERE { ?p pg:hasCode/schema:codeRepository ?r }", "r");
        assertTrue(code.containsAll(Set.of("https://github.com/example/cache", "https://github.com/example/venue",
                "https://github.com/example/parent", "https://github.com/example/second")), code.toString());
        assertEquals(1, c.select("SELECT ?p WHERE { ?p fabio:hasArXivId \"2402.33333\" ; pg:hasCode ?c }").size());
    }

    @Test
    void headingsAreTopicsWithBroaderFromTheirNesting() {
        Set<String> labels = column("SELECT ?l WHERE { ?t a skos:Concept ; skos:prefLabel ?l }", "l");
        assertEquals(Set.of("Methods", "KV Cache Compression", "Attention", "Grouped by date", "Weekly"), labels);
        assertEquals(1, c.select("""
                SELECT * WHERE { ?k skos:prefLabel "KV Cache Compression" ; skos:broader ?m . ?m skos:prefLabel "Methods" .
                  ?p fabio:hasArXivId "2403.01234" ; dcterms:subject ?k, ?m . }""").size());
        assertEquals(Set.of("Methods \u203A KV Cache Compression"), column("""
                SELECT ?w WHERE { ?l pg:listingOf/fabio:hasArXivId "2403.01234" ; pg:topicsAsWritten ?w }""", "w"));
        // Citation is no topic, nor the file's title; its item is a paper all the same.
        assertEquals(0, c.select("SELECT * WHERE { ?p fabio:hasArXivId \"2301.09999\" ; dcterms:subject ?t }").size());
    }

    @Test
    void timeHeadingsGiveTheDateNotATopic() {
        assertEquals(Set.of("2024-06"), column("SELECT ?d WHERE { ?p fabio:hasArXivId \"2406.01234\" ; dcterms:date ?d }", "d"));
        assertEquals(Set.of("2024-01"), column("SELECT ?d WHERE { ?p fabio:hasArXivId \"2401.05555\" ; dcterms:date ?d }", "d"));
        // Paper: sub-items of an item that is a date are papers of that day.
        assertEquals(Set.of("2024-05-20"), column("SELECT ?d WHERE { ?p fabio:hasArXivId \"2405.22222\" ; dcterms:date ?d }", "d"));
        assertEquals(Set.of("Weekly"), column("""
                SELECT ?l WHERE { ?p fabio:hasArXivId "2406.01234" ; dcterms:subject/skos:prefLabel ?l }""", "l"));
    }

    @Test
    void anItemLinkingSeveralPapersIsOnePaperAndSaysSo() {
        Conversion parts = Conversion.ofText("parts.md", "- [A Blog Series](https://example.org/blog) [(Part 1)]"
                + "(https://arxiv.org/abs/2101.00001) [(Part 2)](https://arxiv.org/abs/2101.00002)\n");
        assertEquals(1, parts.report().papers());
        assertTrue(parts.problemText().contains("parts.md:1: warning: list item links 2 arXiv papers (2101.00001, 2101.00002)"),
                parts.problemText());
    }

    @Test
    void hostileItemsAndHeadingsReadInLinearTime() {
        String runs = "(".repeat(200_000) + "x" + " ".repeat(3) + "-".repeat(200_000) + "y";
        String md = "## " + runs + "\n\n- " + runs + " [[paper](https://arxiv.org/abs/2101.00003)]\n"
                + "- \"" + "[".repeat(200_000) + " [pdf](https://example.org/a.pdf)\n";
        Conversion hostile = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> Conversion.ofText("hostile.md", md));
        assertEquals(2, hostile.report().rows(), hostile.problemText());
    }

    @Test
    void aFileWithNeitherTableNorPaperListSaysSo() {
        Conversion prose = Conversion.ofText("prose.md", "# Notes\n\n- one\n- [two](https://example.org/)\n");
        assertEquals(0, prose.report().rows());
        assertEquals(2, prose.report().prose());
        assertTrue(prose.problemText().contains("prose.md:1: warning: no table or list of papers found"), prose.problemText());
    }
}
