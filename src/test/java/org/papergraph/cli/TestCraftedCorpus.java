package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ChildJvm;

/**
 * The reliability suite's crafted corpus: hostile Markdown built here, each file with the number of rows it holds
 * known by construction, converted in one run of the real CLI in a 256 MB heap. No crash, no stack trace, no hang,
 * and the run's account has exactly those rows: each a paper, a repeat listing or a rejection.
 */
class TestCraftedCorpus {
    static final String HEAD = "| Title | Link | Abstract |\n| --- | --- | --- |\n";
    static final String[] STRAY = {"~~~", "```", "<!--", "<!-- c -->", "<div>", "<pre>", "<script>", "<![CDATA[",
            "> quote", "## heading", "- item", "***", "    indented"};

    @TempDir
    Path dir;

    record Case(byte[] bytes, int rows, boolean readable) {}

    static String row(int i, String title, String abs) {
        return "| " + title + " | https://arxiv.org/abs/2401." + String.format("%05d", i) + " | " + abs + " |\n";
    }

    static Map<String, Case> corpus() {
        Map<String, Case> c = new LinkedHashMap<>();
        String mb = "word ".repeat(1 << 18);
        c.put("megabyte-line", text(HEAD + row(1, "P", mb) + row(2, "Q", "short"), 2));
        c.put("megabyte-brackets", text(HEAD + row(1, "P " + "[".repeat(1 << 20), "a") + row(2, "Q", "b"), 2));
        c.put("megabyte-emphasis", text(HEAD + row(1, "P", "*_".repeat(1 << 19)), 1));
        c.put("megabyte-links", text(HEAD + row(1, "P", "[a](http://x) ".repeat(1 << 16)), 1));
        c.put("deep-brackets", text(HEAD + row(1, "[".repeat(20_000) + "P" + "]".repeat(20_000), "a"), 1));
        c.put("deep-quote", text(">".repeat(50_000) + " text\n\n" + HEAD + row(1, "P", "a"), 1));
        c.put("deep-list", text(deepList(3_000) + "\n" + HEAD + row(1, "P", "a"), 1));
        c.put("five-thousand-columns", text("|" + " H |".repeat(5_000).replaceFirst(" H ", " Title ") + "\n|"
                + " --- |".repeat(5_000) + "\n" + ("|" + " x |".repeat(5_000) + "\n").repeat(2), 2));
        c.put("stray-lines", text(HEAD + row(0, "P", "a") + String.join("", java.util.stream.IntStream.range(0, STRAY.length)
                .mapToObj(i -> STRAY[i] + "\n" + row(i + 1, "P" + i, "a")).toList()), 1 + STRAY.length));
        StringBuilder many = new StringBuilder(HEAD);
        for (int i = 0; i < 600; i++) many.append(STRAY[i % STRAY.length]).append('\n').append(row(i, "P" + i, "a"));
        c.put("six-hundred-stray-lines", text(many.toString(), 600));
        StringBuilder headings = new StringBuilder(HEAD);
        for (int i = 0; i < 600; i++) headings.append("## H").append(i).append('\n').append(row(i, "P" + i, "a"));
        c.put("six-hundred-headings", text(headings.toString(), 600)); // one parse of the chunk each
        StringBuilder unclosed = new StringBuilder(HEAD + row(0, "P", "a") + "~~~\n");
        for (int i = 1; i <= 3_000; i++) unclosed.append(row(i, "P" + i, "a"));
        c.put("unclosed-fence", text(unclosed.toString(), 3_001));
        c.put("cr-only", text((HEAD + row(1, "P", "a") + row(2, "Q", "b")).replace('\n', '\r'), 2));
        c.put("crlf", text((HEAD + row(1, "P", "a")).replace("\n", "\r\n"), 1));
        c.put("nul", text(HEAD + row(1, "P\0", "a"), 0, false));
        byte[] bad = (HEAD + row(1, "P", "a")).getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 4] = (byte) 0xC3;
        c.put("invalid-utf8", new Case(bad, 0, false));
        c.put("only-pipes", text("|".repeat(1 << 20) + "\n", 0));
        c.put("empty-rows", text(HEAD + "| | | |\n".repeat(100), 100));
        return c;
    }

    static String deepList(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) s.append("  ".repeat(i)).append("- x\n");
        return s.toString();
    }

    static Case text(String s, int rows) { return text(s, rows, true); }

    static Case text(String s, int rows, boolean readable) { return new Case(s.getBytes(StandardCharsets.UTF_8), rows, readable); }

    @Test
    void theCraftedCorpusConvertsInBoundedMemoryWithEveryRowAccountedFor() throws Exception {
        Path lists = Files.createDirectory(dir.resolve("lists"));
        int rows = 0, unreadable = 0;
        for (var e : corpus().entrySet()) {
            Files.write(lists.resolve(e.getKey() + ".md"), e.getValue().bytes());
            rows += e.getValue().rows();
            if (!e.getValue().readable()) unreadable++;
        }
        ChildJvm r = ChildJvm.run("256m", dir, "convert", "lists", "-o", "out.nt", "--report", "report.json");
        assertEquals(1, r.exitCode(), "unreadable files fail the run: " + tail(r.err()));
        assertFalse(r.err().contains("\tat "), tail(r.err()));
        assertFalse(r.err().contains("Exception"), tail(r.err()));
        assertFalse(r.err().contains("OutOfMemoryError"), tail(r.err()));
        String account = r.err().lines().filter(l -> l.matches("\\d+ rows?: .*")).findFirst().orElse("");
        assertTrue(account.startsWith(rows + " rows: "), "expected " + rows + " rows: " + account);
        assertTrue(account.contains(", " + unreadable + " unreadable files"), account);
        var json = org.apache.jena.atlas.json.JSON.read(dir.resolve("report.json").toString());
        assertEquals(rows, json.get("papers").getAsNumber().value().intValue() + json.get("repeats").getAsNumber().value().intValue()
                + json.get("rejected").getAsNumber().value().intValue(), "papers + repeat listings + rejections");
    }

    private static String tail(String s) { return s.length() < 4000 ? s : s.substring(s.length() - 4000); }
}
