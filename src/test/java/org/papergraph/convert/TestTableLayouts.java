package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.papergraph.Conversion;
import org.papergraph.markdown.Cell;
import org.papergraph.markdown.Row;
import org.papergraph.markdown.Table;

/** Tables of any layout: compound, bold and Chinese headers, and the paper's column chosen from the cells. */
class TestTableLayouts {

    /** The column map of a table given as headers and rows of cells (a cell: its text, then its links). */
    static ColumnMap map(List<String> headers, List<List<Cell>> rows) {
        Table t = new Table(1, headers);
        List<Row> rs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) rs.add(new Row(t, 3 + i, rows.get(i), rows.get(i).size(), null, ""));
        return new ColumnMap(t, Map.of(), rs);
    }

    static Cell link(String text, String url) { return new Cell(text, List.of(url)); }

    static Cell text(String text) { return new Cell(text, List.of()); }

    static List<String> choices(ColumnMap m) { return m.choices().stream().map(ColumnMap.Choice::toString).toList(); }

    @Test
    void compoundHeaders() {
        ColumnMap m = map(List.of("Title & Authors", "Paper / Code", "Date"), List.of());
        assertEquals(List.of("date: column 3 \"Date\" (by header)",
                "title: column 1 \"Title & Authors\" (by a part of a compound header)",
                "link: column 2 \"Paper / Code\" (by a part of a compound header)",
                "code: column 2 \"Paper / Code\" (by a part of a compound header: shared with link)",
                "authors: column 1 \"Title & Authors\" (by a part of a compound header: shared with title)"), choices(m));
        assertEquals(List.of(), m.unmapped());

        Conversion c = Conversion.ofText("compound.md", """
                | Paper / Code | Tags and Keywords |
                |---|---|
                | [Compound Paper](https://arxiv.org/abs/2401.00001) [GitHub](https://github.com/example/compound) | Agents |
                """);
        assertEquals("1 row: 1 paper, 0 rejected, 0 warnings", c.report().account(), c.problemText());
        assertEquals(1, c.select("SELECT * { <http://example.org/paper/2401.00001> dcterms:title ?t ;"
                + " pg:hasCode/schema:codeRepository <https://github.com/example/compound> ;"
                + " dcterms:subject <http://example.org/topic/agents> }").size());
    }

    @Test
    void chineseHeaders() {
        ColumnMap m = map(List.of("发表时间", "论文", "简介", "关键词", "仓库", "作者"), List.of());
        assertEquals(List.of("date: column 1 \"发表时间\" (by synonym)", "title: column 2 \"论文\" (by synonym)",
                "abstract: column 3 \"简介\" (by synonym)", "topics: column 4 \"关键词\" (by synonym)",
                "code: column 5 \"仓库\" (by synonym)", "authors: column 6 \"作者\" (by synonym)"), choices(m));

        Conversion c = Conversion.ofText("zh.md", """
                | 日期 | 标题 | 摘要 | 标签 | 代码 | 作者 |
                |---|---|---|---|---|---|
                | 2024-03-05 | [中文论文](https://arxiv.org/abs/2403.00001) | 一段摘要。 | 智能体, RAG | [代码](https://github.com/example/zh) | 张三 |
                """);
        assertEquals("1 row: 1 paper, 0 rejected, 0 warnings", c.report().account(), c.problemText());
        assertEquals(1, c.select("SELECT * { <http://example.org/paper/2403.00001> schema:author (\"张三\") }").size());
        assertEquals(1, c.select("SELECT * { <http://example.org/paper/2403.00001> dcterms:title \"中文论文\" ;"
                + " dcterms:date \"2024-03-05\"^^xsd:date ; dcterms:abstract \"一段摘要。\" ;"
                + " pg:hasCode/schema:codeRepository <https://github.com/example/zh> }").size());
        assertEquals(2, c.select("SELECT * { <http://example.org/paper/2403.00001> dcterms:subject ?t }").size());
    }

    @Test
    void weeklyDigestWithBoldHeaders() {
        Conversion c = Conversion.ofText("digest.md", """
                | **Paper** | **Links** |
                |---|---|
                | **1) Digest Paper** - what it does. | [Paper](https://arxiv.org/abs/2402.00001), [Code](https://github.com/example/digest) |
                | **2) Second Paper** | [Paper](https://openreview.net/forum?id=abc123) |
                """);
        assertEquals("2 rows: 2 papers, 0 rejected, 0 warnings", c.report().account(), c.problemText());
        assertEquals(1, c.select("SELECT * { <http://example.org/paper/2402.00001> dcterms:title \"Digest Paper\" ;"
                + " dcterms:abstract \"what it does.\" ; pg:hasCode/schema:codeRepository <https://github.com/example/digest> }").size());
        assertEquals(1, c.select("SELECT * { ?p schema:url <https://openreview.net/forum?id=abc123> ;"
                + " dcterms:title \"Second Paper\" }").size());
    }

    @Test
    void paperColumnChosenFromCells() {
        List<List<Cell>> rows = List.of(
                List.of(text("1"), link("Reviewed", "https://openreview.net/forum?id=x1"), text("ICLR")),
                List.of(text("2"), link("Anthology", "https://aclanthology.org/2023.acl-long.1.pdf"), text("ACL")),
                List.of(text("3"), link("Proceedings", "https://proceedings.neurips.cc/paper/2020/hash/x-Abstract.html"), text("NeurIPS")),
                List.of(text("4"), text("arXiv:2401.00004"), text("")),
                List.of(text("5"), text("Not linked"), link("venue", "https://example.org/venue")));
        ColumnMap m = map(List.of("#", "Work", "Venue"), rows);
        assertEquals(List.of("title: column 2 \"Work\" (by cells: 4 of 5 rows link a paper)",
                "venue: column 3 \"Venue\" (by header)"), choices(m));
        assertEquals(List.of("#"), m.unmapped());

        Conversion c = Conversion.ofText("cells.md", """
                | # | Work | Venue |
                |---|---|---|
                | 1 | [A PDF](https://example.org/papers/a.pdf) | Workshop |
                | 2 | [A DOI](https://doi.org/10.1000/182) | Journal |
                | 3 | [In PMLR](https://proceedings.mlr.press/v1/x.html) | ICML |
                """);
        assertEquals("3 rows: 3 papers, 0 rejected, 1 warning", c.report().account(), c.problemText());
        assertTrue(c.problemText().contains("column(s) not read: # ("), c.problemText());
        assertEquals(1, c.select("SELECT * { ?p dcterms:title \"In PMLR\" ; prism:publicationName \"ICML\" }").size());
        assertEquals(1, c.select("SELECT * { ?p dcterms:title \"A DOI\" ; prism:doi \"10.1000/182\" }").size());
    }

    @Test
    void aFewLinksDoNotMakeAPaperColumn() {
        List<List<Cell>> rows = List.of(
                List.of(text("Model A"), link("see", "https://arxiv.org/abs/2401.00005")),
                List.of(text("Model B"), text("plain")),
                List.of(text("Model C"), text("plain")));
        assertEquals(List.of(), choices(map(List.of("Model", "Notes"), rows)));
    }

    @Test
    void tableWithoutPaperColumnReportedOnce() {
        Conversion c = Conversion.ofText("scores.md", """
                Prose.

                | Model | Score |
                |---|---|
                | A | 1 |
                | B | 2 |
                | C | 3 |
                """);
        assertEquals("3 rows: 0 papers, 3 rejected, 1 warning", c.report().account(), c.problemText());
        List<Problem> warnings = c.problems().stream().filter(p -> p.kind() == Problem.Kind.WARNING).toList();
        assertEquals(1, warnings.size());
        assertEquals("scores.md:3: warning: table has no paper column: no header names one and no column's cells link"
                + " papers (headers: Model, Score); its 3 row(s) are rejected (name one with --columns title=HEADER)",
                warnings.get(0).toString());
        // Its rows are still accounted for, each a rejected row kept in the graph, but not told of one by one.
        assertEquals(1, c.problems().size(), c.problemText());
        assertEquals(3, c.select("SELECT * { ?r a pg:RejectedRow ; pg:reason \"the table at line 3 has no paper column"
                + " (see the warning there)\" }").size());
    }

    @Test
    void headingsFileAndDateATableWithoutTopicsOrDateColumns() {
        // The weekly-digest layout: a table per week, under a subject's heading; no date or topics column.
        Conversion c = Conversion.ofText("digest.md", """
                # A digest of papers

                ## Multimodal Models

                ### Top ML Papers of the Week (June 23 - June 29) - 2025

                | **Paper** | **Links** |
                |---|---|
                | Seeing Twice | [paper](https://arxiv.org/abs/2506.00001) |

                ## Reasoning

                | Paper | Links |
                |---|---|
                | Thinking Slowly | [paper](https://arxiv.org/abs/2506.00002) |
                """);
        assertEquals("2 rows: 2 papers, 0 rejected, 0 warnings", c.report().account(), c.problemText());
        assertEquals(1, c.select("SELECT * { <http://example.org/paper/2506.00001> dcterms:subject <http://example.org/topic/multimodal-models> ;"
                + " dcterms:date \"2025-06\"^^xsd:gYearMonth }").size(), "a week's heading dates its rows");
        assertEquals(1, c.select("SELECT * { <http://example.org/paper/2506.00002> dcterms:subject ?t . ?t skos:prefLabel \"Reasoning\" }").size());
        assertEquals(0, c.select("SELECT * { ?p dcterms:subject ?t . ?t skos:prefLabel ?l FILTER(CONTAINS(?l, \"Week\") || CONTAINS(?l, \"digest\")) }").size());

        Conversion topics = Conversion.ofText("columns.md", """
                ## Reasoning

                | Title | Link | Topics |
                |---|---|---|
                | Thinking Slowly | https://arxiv.org/abs/2506.00002 | Agents |
                """);
        assertEquals(0, topics.select("SELECT * { ?p dcterms:subject ?t . ?t skos:prefLabel \"Reasoning\" }").size(),
                "a topics column says the topics; headings do not add to them");
    }
}
