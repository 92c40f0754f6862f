package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ChildJvm;

/** Bad input gets one clear line naming the file and line, never a stack trace, a crash or a hang. */
class TestBadInput {
    static final String HEADER = "| Date | Name | Abstract | Topics |\n|---|---|---|---|\n";

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    Cli convert(Path file, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "convert";
        args[1] = file.toString();
        args[2] = "--format=nt";
        System.arraycopy(more, 0, args, 3, more.length);
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args), "no hang");
    }

    static void assertNoStackTrace(Cli r) {
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void emptyFile() throws IOException {
        Path f = write("empty.md", "");
        Cli r = convert(f);
        assertEquals(0, r.exitCode());
        assertTrue(r.err().startsWith(f + ":1: warning: no table or list of papers found"), r.err());
        assertTrue(r.err().contains("0 rows: 0 papers, 0 rejected, 1 warning"));
        assertEquals(1, convert(f, "--strict").exitCode());
    }

    @Test
    void noTable() throws IOException {
        Path f = write("prose.md", "# Papers\n\nWe will list papers here soon.\n\n- one\n- two\n");
        Cli r = convert(f);
        assertEquals(0, r.exitCode());
        assertTrue(r.err().startsWith(f + ":1: warning: no table or list of papers found"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Path f = Files.write(dir.resolve("image.md"), bytes);
        Cli r = convert(f);
        assertEquals(1, r.exitCode());
        assertTrue(r.err().matches("(?s)" + java.util.regex.Pattern.quote(f.toString()) + ":\\d+: error: .*"), r.err());
        assertTrue(r.err().contains("1 unreadable file"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void latin1File() throws IOException {
        Path f = Files.write(dir.resolve("latin1.md"),
                (HEADER + "| 1 May 2024 | [Caf\u00e9](https://arxiv.org/abs/2405.00001) | a | b |\n").getBytes(StandardCharsets.ISO_8859_1));
        Cli r = convert(f);
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith(f + ":3: error: not UTF-8 text"), r.err());
    }

    @Test
    void raggedRows() throws IOException {
        Path f = write("ragged.md", HEADER
                + "| 1 May 2024 | [Short](https://arxiv.org/abs/2405.00001) |\n"
                + "| 2 May 2024 | [Long](https://arxiv.org/abs/2405.00002) | a | b | c | d |\n");
        Cli r = convert(f);
        assertEquals(0, r.exitCode());
        assertTrue(r.err().contains(f + ":3: warning: row has 2 of 4 cells; missing: Abstract, Topics"), r.err());
        assertTrue(r.err().contains(f + ":4: warning: row has cells past the header's 4 columns; not read: \"c | d\""), r.err());
        assertTrue(r.err().contains("2 rows: 2 papers, 0 rejected, 2 warnings"), r.err());
    }

    @Test
    void unknownDate() throws IOException {
        Path f = write("date.md", HEADER + "| sometime in spring | [P](https://arxiv.org/abs/2405.00001) | a | b |\n");
        Cli r = convert(f);
        assertEquals(0, r.exitCode());
        assertTrue(r.err().startsWith(f + ":3: warning: unreadable date 'sometime in spring'"), r.err());
        assertTrue(r.out().contains("\"sometime in spring\""), "kept as written");
        assertTrue(r.err().contains("1 row: 1 paper"));
    }

    @Test
    void directoryWithoutMarkdown() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli r = Cli.run("convert", empty.toString());
        assertEquals(1, r.exitCode());
        assertEquals("papergraph: error: " + empty + ": no .md files in this directory\n", r.err());
    }

    @Test
    void fiveMegabyteCellInASmallHeap() throws Exception {
        String cell = "word ".repeat(1_048_576);
        write("big-cell.md", HEADER + "| 1 May 2024 | [P](https://arxiv.org/abs/2405.00001) | " + cell + " | RAG |\n"
                + "| 2 May 2024 | [Q](https://arxiv.org/abs/2405.00002) | short | RAG |\n");
        ChildJvm r = ChildJvm.run("64m", dir, "convert", "big-cell.md", "-o", "out.nt");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("big-cell.md:3: warning: cell 'Abstract' is 5242879 characters long"), r.err());
        assertTrue(r.err().contains("2 rows: 2 papers, 0 rejected, 1 warning"), r.err());
        assertTrue(Files.size(dir.resolve("out.nt")) > 5_000_000);
    }

    @Test
    void twentyThousandNestedEmphasisMarkersInASmallHeap() throws Exception {
        String deep = "*".repeat(10_000) + "deep" + "*".repeat(10_000);
        String open = "_".repeat(20_000);
        write("emphasis.md", HEADER + "| 1 May 2024 | [" + deep + "](https://arxiv.org/abs/2405.00001) | " + open + " | RAG |\n");
        ChildJvm r = ChildJvm.run("64m", dir, "convert", "emphasis.md", "-o", "out.ttl");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("1 row: 1 paper, 0 rejected, 0 warnings"), r.err());
        String ttl = Files.readString(dir.resolve("out.ttl"));
        assertTrue(ttl.contains("fabio:hasArXivId  \"2405.00001\""), "the row is a paper");
        assertTrue(ttl.matches("(?s).*dcterms:title +\"[*]*deep[*]*\".*"), "its title is read from the inline nodes");
    }

    @Test
    void linksThatAreNeitherWebNorArxivNorDoiAreWarned() throws IOException {
        Path f = write("links.md", "| Title | Link |\n|---|---|\n| A | //host/x |\n| B | /x.pdf |\n| C | ftp://x.org/c |\n"
                + "| [D](javascript:alert(1)) | |\n| E | https://example.org/e |\n");
        Cli r = convert(f);
        assertEquals(0, r.exitCode(), r.err());
        for (String line : new String[] {"3: warning: link '//host/x'", "4: warning: link '/x.pdf'", "5: warning: link 'ftp://x.org/c'",
                "6: warning: link 'javascript:alert(1)'"})
            assertTrue(r.err().contains(f + ":" + line), r.err());
        assertTrue(r.err().contains("is not an http(s), arXiv or DOI link; not linked, the paper is known by its title"), r.err());
        assertTrue(r.err().contains("5 rows: 5 papers, 0 rejected, 4 warnings"), r.err());
        assertFalse(r.out().contains("javascript:"), "never linked");
    }

    @Test
    void aDoiLinkIsTheDoi() throws IOException {
        Path f = write("doi.md", "| Title | Link |\n|---|---|\n| A | doi:10.1000/182 |\n| A again | https://doi.org/10.1000/182 |\n");
        Cli r = convert(f);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("2 rows: 1 paper, 1 repeat listing"), r.err());
        assertTrue(r.out().contains("<http://prismstandard.org/namespaces/basic/2.0/doi> \"10.1000/182\""), r.out());
        assertTrue(r.out().contains("<https://schema.org/url> <https://doi.org/10.1000/182>"), r.out());
    }
}
