package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.papergraph.Conversion;

/** What each block of a source was read as, recorded in the source's graph (pg:Block, pg:ColumnRole). */
class TestReading {
    private static List<String> rows(Conversion c, String query, String... vars) {
        List<String> out = new ArrayList<>();
        for (QuerySolution s : c.select(query)) {
            List<String> cells = new ArrayList<>();
            for (String v : vars) cells.add(s.get(v) == null ? "-" : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI());
            out.add(String.join(" ", cells));
        }
        return out;
    }

    @Test
    void everyBlockIsRecordedWithItsLinesAccountAndColumns() {
        Conversion c = Conversion.of(Path.of("src/test/resources/lists/mixed.md"));
        assertEquals(List.of(
                "http://example.org/source/mixed#block-1 table 5 9 3 2 0 1 -",
                "http://example.org/source/mixed#block-2 list 13 17 4 3 1 0 1",
                "http://example.org/source/mixed#block-3 table 21 25 3 0 0 3 -"),
                rows(c, """
                        SELECT * { <http://example.org/source/mixed> pg:block ?b . ?b a pg:Block ; pg:blockKind ?kind ;
                          pg:firstLine ?first ; pg:lastLine ?last ; pg:rowCount ?rows ; pg:paperCount ?papers ;
                          pg:repeatCount ?repeats ; pg:rejectedCount ?rejected OPTIONAL { ?b pg:proseCount ?prose } }
                        ORDER BY ?first""", "b", "kind", "first", "last", "rows", "papers", "repeats", "rejected", "prose"));
        assertEquals(List.of("1 Date date by header", "2 Name title by synonym", "3 Summary abstract by synonym",
                        "4 Stars - no header or cells name a role"),
                rows(c, """
                        SELECT * { <http://example.org/source/mixed#block-1> pg:column ?c . ?c a pg:ColumnRole ;
                          pg:position ?n ; pg:header ?h ; pg:roleReason ?why OPTIONAL { ?c pg:role ?role } } ORDER BY ?n""",
                        "n", "h", "role", "why"));
        assertEquals(List.of("1 Model -", "2 Score -"), rows(c, """
                SELECT * { <http://example.org/source/mixed#block-3> pg:column ?c . ?c pg:position ?n ; pg:header ?h
                  OPTIONAL { ?c pg:role ?role } } ORDER BY ?n""", "n", "h", "role"));
        assertEquals(List.of("1 1"), rows(c, """
                SELECT * { <http://example.org/source/mixed#block-2> pg:codeLinkCount ?code ; pg:otherLinkCount ?other }""",
                "code", "other"));
    }

    @Test
    void proseBeforeTheFirstPaperIsRecordedOnceTheSourceHasSomethingToSay() {
        Conversion c = Conversion.ofText("p.md", """
                - [Contents](#a)
                - [News](https://example.org/news)

                # A

                | Title | Link |
                |---|---|
                | A Paper | https://arxiv.org/abs/2405.00001 |
                """);
        assertEquals(List.of("list 1 0 2", "table 6 1 -"), rows(c, """
                SELECT * { ?b a pg:Block ; pg:blockKind ?kind ; pg:firstLine ?first ; pg:rowCount ?rows
                  OPTIONAL { ?b pg:proseCount ?prose } } ORDER BY ?first""", "kind", "first", "rows", "prose"));
        // A file of prose alone, found in a directory, still leaves no trace.
        byte[] md = "- [Contents](#a)\n- [News](https://example.org/news)\n".getBytes(StandardCharsets.UTF_8);
        Conversion prose = Conversion.of(Converter.builder().base(Conversion.BASE).build(),
                List.of(new Input("prose.md", "prose.md", () -> new ByteArrayInputStream(md), true)));
        assertTrue(prose.union().isEmpty(), prose.problemText());
    }
}
