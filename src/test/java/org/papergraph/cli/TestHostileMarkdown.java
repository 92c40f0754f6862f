package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.ChildJvm;

/** Lines that hide a table's rows, and cells or lines that would exhaust memory: named, never silent or fatal. */
class TestHostileMarkdown {
    static final String TABLE = "| Title | Link |\n| --- | --- |\n| Paper one | https://arxiv.org/abs/2401.00001 |\n";
    static final String BELOW = "| Paper two | https://arxiv.org/abs/2401.00002 |\n| Paper three | https://arxiv.org/abs/2401.00003 |\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"~~~", "```", "```python", "<!--", "<!-- a comment -->", "<div>", "<pre>", "<script>",
            "<![CDATA[", "> a quote", "## A heading", "- an item", "***"})
    void aStrayLineBetweenRowsHidesNoRow(String stray) throws IOException {
        Path f = Files.writeString(dir.resolve("stray.md"), TABLE + stray + "\n" + BELOW);
        Cli r = Cli.run("convert", f.toString(), "--format=nt");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().startsWith(f + ":4: warning: '" + stray + "' "), r.err());
        assertTrue(r.err().contains("hides the 2 row(s) below it; read as its rows"), r.err());
        assertTrue(r.err().endsWith("3 rows: 3 papers, 0 rejected, 1 warning\n"), r.err());
        assertTrue(r.out().contains("\"2401.00003\""), "the last row is a paper");
    }

    @Test
    void rowsInsideAClosedFenceAndAfterItAreRead() throws IOException {
        Path f = Files.writeString(dir.resolve("closed.md"), TABLE + "~~~\n| Paper two | https://arxiv.org/abs/2401.00002 |\n"
                + "some code\n~~~\n| Paper three | https://arxiv.org/abs/2401.00003 |\n");
        Cli r = Cli.run("convert", f.toString(), "--format=nt");
        assertTrue(r.err().startsWith(f + ":4: warning: '~~~' opens a fenced code block"), r.err());
        assertTrue(r.err().endsWith("3 rows: 3 papers, 0 rejected, 1 warning\n"), r.err());
    }

    /** An unclosed fence hides the rest of a file larger than a chunk: every row below it is still read. */
    @Test
    void anUnclosedFenceInALargeFileHidesNoRow() throws IOException {
        Path f = dir.resolve("large.md");
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write(TABLE + "~~~\n");
            for (int i = 2; i <= 5_000; i++) w.write(String.format("| Paper %d | https://arxiv.org/abs/2401.%05d |\n", i, i));
        }
        Cli r = Cli.run("convert", f.toString(), "--format=nt", "-o", dir.resolve("out.nt").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().startsWith(f + ":4: warning: '~~~' opens a fenced code block"), r.err());
        assertTrue(r.err().contains("5000 rows: 5000 papers, 0 rejected"), r.err());
    }

    @Test
    void aTableInsideAFenceIsNotJoinedToTheOneAbove() throws IOException {
        Path f = Files.writeString(dir.resolve("example.md"), TABLE + "\nHow to write one:\n\n```\n| T | L |\n|---|---|\n| x | y |\n```\n");
        Cli r = Cli.run("convert", f.toString(), "--format=nt");
        assertTrue(r.err().endsWith("1 row: 1 paper, 0 rejected, 0 warnings\n"), r.err());
    }

    /** A megabyte of brackets in one cell, in a 256 MB heap: the cell is read as text, the file beside it converted. */
    @Test
    void aMegabyteOfBracketsInOneCell() throws Exception {
        Files.createDirectory(dir.resolve("lists"));
        Files.writeString(dir.resolve("lists/brackets.md"), "| Title | Link |\n| --- | --- |\n| Paper one " + "[".repeat(1 << 20)
                + " | https://arxiv.org/abs/2401.00001 |\n| Paper two | https://arxiv.org/abs/2401.00002 |\n");
        Files.writeString(dir.resolve("lists/other.md"), TABLE);
        ChildJvm r = ChildJvm.run("256m", dir, "convert", "lists", "-o", "out.nt");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("brackets.md:3: warning: cell 'Title' has more markup"), r.err());
        assertTrue(r.err().contains("read as plain text"), r.err());
        assertTrue(r.err().contains("3 rows: 2 papers, 1 repeat listing, 0 rejected, 2 warnings"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /** A file that still exhausts the heap (a line of 160 MB in 64 MB) is named; the other files are converted. */
    @Test
    void aFileTooLargeForTheHeapIsNamedAndTheRunGoesOn() throws Exception {
        Files.createDirectory(dir.resolve("lists"));
        try (Writer w = Files.newBufferedWriter(dir.resolve("lists/a-huge.md"))) {
            w.write("| Title | Link |\n| --- | --- |\n| Paper one ");
            String words = "abc ".repeat(1 << 16);
            for (int i = 0; i < 640; i++) w.write(words);
            w.write(" | x |\n");
        }
        Files.writeString(dir.resolve("lists/b-other.md"), TABLE);
        ChildJvm r = ChildJvm.run("64m", dir, "convert", "lists", "-o", "out.nt");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("lists/a-huge.md: error: too large to convert in"), r.err());
        assertTrue(r.err().contains("1 row: 1 paper, 0 rejected, 0 warnings, 1 unreadable file"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
