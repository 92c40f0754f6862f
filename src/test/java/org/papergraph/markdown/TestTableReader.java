package org.papergraph.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TestTableReader {
    record Read(List<Row> rows, List<Notice> notices, int tables) {}

    static Read read(InputStream in, int chunkLines) {
        List<Row> rows = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        try (TableReader r = new TableReader(in, chunkLines, Integer.MAX_VALUE)) {
            TableReader.Batch b;
            while ((b = r.next()) != null) {
                rows.addAll(b.rows());
                notices.addAll(b.notices());
            }
            return new Read(rows, notices, r.tables());
        }
    }

    static Read read(String md) { return read(new ByteArrayInputStream(md.getBytes(StandardCharsets.UTF_8)), 10_000); }

    static Stream<Path> markdownFiles() throws IOException {
        // data/ holds real lists of every layout (data/lists/NAME/README.md); the goldens hold every quirk.
        try (Stream<Path> a = Files.walk(Path.of("data")); Stream<Path> b = Files.walk(Path.of("src/test/resources/golden"));
             Stream<Path> c = Files.list(Path.of("src/test/resources/lists"))) {
            return Stream.concat(Stream.concat(a, b), c).filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    /** Cut into chunks of a few lines, a file reads exactly as it does whole: the same rows, lines and notices. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownFiles")
    void chunkedReadingEqualsWholeReading(Path file) throws IOException {
        Read whole = read(Files.newInputStream(file), 1_000_000);
        for (int lines : new int[] {1, 2, 3, 5, 8}) {
            Read chunked = read(Files.newInputStream(file), lines);
            assertEquals(whole.rows().size(), chunked.rows().size(), file + " in chunks of " + lines);
            for (int i = 0; i < whole.rows().size(); i++) {
                Row a = whole.rows().get(i), b = chunked.rows().get(i);
                assertEquals(a.line(), b.line());
                assertEquals(a.cells(), b.cells());
                assertEquals(a.table(), b.table());
                assertEquals(a.headings(), b.headings());
                assertEquals(a.sourceText(), b.sourceText());
            }
            assertEquals(whole.notices(), chunked.notices(), file + " in chunks of " + lines);
            assertEquals(whole.tables(), chunked.tables());
        }
    }

    @Test
    void findsTablesAmongProseWithSourceLines() {
        Read r = read("""
                # Heading

                > | not | a table in a paragraph of a quote

                | A | B |
                |---|---|
                | [t](http://x) | `c` *e* |

                text

                - item
                  | C | D |
                  |---|---|
                  | 1 | 2 |
                """);
        assertEquals(2, r.tables());
        List<Row> items = r.rows().stream().filter(Row::isListItem).toList();
        assertEquals(1, items.size(), "the list item is handed out too, for the converter to count as prose");
        assertEquals(11, items.get(0).line());
        List<Row> rows = r.rows().stream().filter(x -> !x.isListItem()).toList();
        assertEquals(2, rows.size());
        Row first = rows.get(0);
        assertEquals(7, first.line());
        assertEquals(5, first.table().headerLine());
        assertEquals(List.of("A", "B"), first.table().headers());
        assertEquals("t", first.cell(0).text());
        assertEquals(List.of("http://x"), first.cell(0).links());
        assertEquals("c e", first.cell(1).text());
        assertEquals(14, rows.get(1).line());
    }

    @Test
    void detectsPaddedAndDroppedCellsFromTheSourceLine() {
        Read r = read("""
                | A | B | C |
                |---|---|---|
                | 1 |
                | 1 | 2 | 3 | 4 | 5 |
                | 1 | 2 | 3 |
                | 1 | 2 | `x\\|y` |
                """);
        Row shortRow = r.rows().get(0), longRow = r.rows().get(1), full = r.rows().get(2), piped = r.rows().get(3);
        assertEquals(1, shortRow.presentCells());
        assertTrue(shortRow.isPadded());
        assertNull(shortRow.droppedText());
        assertEquals("4 | 5", longRow.droppedText());
        assertEquals(3, longRow.presentCells());
        assertNull(full.droppedText());
        assertTrue(!full.isPadded());
        assertNull(piped.droppedText());
        assertEquals("x|y", piped.cell(2).text());
    }

    @Test
    void rowsAfterABlankLineStayInTheirTable() {
        Read r = read("""
                | A | B |
                |---|---|
                | 1 | 2 |


                | 3 | 4 |
                | 5 | 6 |

                | lone | pipes |
                """);
        assertEquals(4, r.rows().size());
        assertEquals(List.of(3, 6, 7, 9), r.rows().stream().map(Row::line).toList());
        assertEquals(r.rows().get(0).table(), r.rows().get(3).table());
        assertEquals(2, r.notices().size());
        assertEquals(6, r.notices().get(0).line());
    }

    @Test
    void pipeLinesWithoutADelimiterRowAreReportedNotRead() {
        Read r = read("Intro.\n\n| A | B |\n| 1 | 2 |\n");
        assertEquals(0, r.rows().size());
        assertEquals(1, r.notices().size());
        assertEquals(3, r.notices().get(0).line());
    }

    @Test
    void deepEmphasisIsFlattenedWithoutRecursion() {
        String deep = "*".repeat(20_000) + "x" + "*".repeat(20_000);
        Read r = read("| A |\n|---|\n| " + deep + " |\n");
        assertEquals(1, r.rows().size());
        assertTrue(r.rows().get(0).cell(0).text().contains("x"));
    }

    @Test
    void binaryAndBadUtf8NameTheirLine() {
        SourceError nul = assertThrows(SourceError.class, () -> read("| A |\n|---|\n| a\0b |\n"));
        assertEquals(3, nul.line());
        byte[] bad = "| A |\n|---|\n| \u00e9 |\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceError latin1 = assertThrows(SourceError.class, () -> read(new ByteArrayInputStream(bad), 100));
        assertEquals(3, latin1.line());
    }
}
