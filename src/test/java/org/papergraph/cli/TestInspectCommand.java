package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papergraph inspect} through the real command line: what was read in each table and list, and why. */
class TestInspectCommand {
    static final String MIXED = "src/test/resources/lists/mixed.md";

    @TempDir
    Path dir;

    @Test
    void showsEachBlockItsColumnsAndItsAccount() {
        Cli r = Cli.run("inspect", MIXED);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("""
                src/test/resources/lists/mixed.md
                  table  lines 5-9  3 rows: 2 papers, 0 repeats, 1 rejected
                         Date -> date (by header)
                         Name -> title (by synonym)
                         Summary -> abstract (by synonym)
                         Stars -> not read (map with --columns ROLE=Stars)
                  list   lines 13-17  5 items: 3 papers, 1 repeat, 0 rejected, 1 prose
                         links: paper 4, code 1, other 1
                  table  lines 21-25  3 rows rejected: no paper column (headers: Model, Score); try --columns title=HEADER
                """, r.out());
        // Problems and the account go to stderr as convert prints them; the table with no paper column once.
        assertTrue(r.err().endsWith("10 rows: 5 papers, 1 repeat listing, 4 rejected, 3 warnings;"
                + " 1 list item with no paper link (prose)\n"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("no paper column")).count(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains(": rejected: ")).count(), r.err());
    }

    @Test
    void columnsOptionShowsAsTheReason() {
        Cli r = Cli.run("inspect", MIXED, "--columns", "title=Model");
        assertEquals(0, r.exitCode(), r.err());
        // --columns names the header of every table: the first table has no "Model", so no paper column now.
        assertTrue(r.out().contains("  table  lines 5-9  3 rows rejected: no paper column (headers: Date, Name, Summary, Stars)"), r.out());
        assertTrue(r.out().contains("  table  lines 21-25  3 rows: 3 papers, 0 repeats, 0 rejected\n"
                + "         Model -> title (named by --columns)\n"
                + "         Score -> not read (map with --columns ROLE=Score)\n"), r.out());
    }

    @Test
    void aTableChosenByItsCellsAndACompoundHeaderSayWhy() throws Exception {
        Path md = dir.resolve("why.md");
        Files.writeString(md, """
                | Paper / Code | Notes |
                |---|---|
                | [A](https://arxiv.org/abs/2405.00001) [code](https://github.com/o/a) | x |

                | Venue | Where |
                |---|---|
                | ICML | [B](https://arxiv.org/abs/2405.00002) |
                """);
        Cli r = Cli.run("inspect", md.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("         Paper / Code -> title (by a part of a compound header)\n"
                + "         Paper / Code -> code (by a part of a compound header: shared with title)\n"), r.out());
        assertTrue(r.out().contains("         Where -> title (by cells: 1 of 1 rows link a paper)\n"), r.out());
    }

    /** The JSON form, parsed back: every file given, its blocks adding up to what convert counts. */
    @Test
    void jsonAddsUpToTheAccountForEveryLayout() throws Exception {
        List<String> files = List.of(MIXED, "src/test/resources/lists/layouts.md", "src/test/resources/golden/columns.md",
                "src/test/resources/golden/headers.md", "src/test/resources/golden/ragged.md", "data/2024-05-seed-papers.md");
        String[] args = new String[files.size() + 3];
        args[0] = "inspect";
        for (int i = 0; i < files.size(); i++) args[i + 1] = files.get(i);
        args[files.size() + 1] = "--format";
        args[files.size() + 2] = "json";
        Cli r = Cli.run(args);
        assertEquals(0, r.exitCode(), r.err());
        JsonObject root = JSON.parse(r.out());
        JsonArray read = root.get("files").getAsArray();
        assertEquals(files.size(), read.size());
        int rows = 0, papers = 0, prose = 0;
        for (int i = 0; i < files.size(); i++) {
            JsonObject f = read.get(i).getAsObject();
            assertEquals(files.get(i), f.getString("file"));
            JsonArray blocks = f.get("blocks").getAsArray();
            assertTrue(blocks.size() > 0, files.get(i));
            for (JsonValue v : blocks) {
                JsonObject b = v.getAsObject();
                int n = num(b, "rows");
                assertEquals(n, num(b, "papers") + num(b, "repeats") + num(b, "rejected"), b.toString());
                assertTrue(num(b, "firstLine") <= num(b, "lastLine"), b.toString());
                rows += n;
                papers += num(b, "papers");
                if (b.getString("kind").equals("list")) prose += num(b, "prose");
                else assertEquals(b.get("headers").getAsArray().size(),
                        b.get("columns").getAsArray().stream().mapToInt(c -> num(c.getAsObject(), "position")).max().orElse(0));
            }
        }
        String account = root.getString("account");
        assertTrue(account.startsWith(rows + " rows: " + papers + " papers"), account + " vs " + rows + "/" + papers);
        assertTrue(account.endsWith(prose + " list items with no paper link (prose)"), account);
        JsonObject seed = read.get(files.size() - 1).getAsObject().get("blocks").getAsArray().get(0).getAsObject();
        assertEquals("table", seed.getString("kind"));
        assertEquals(33, num(seed, "papers"));
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli r = Cli.run("inspect", MIXED, "--format", "xml");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Invalid value for option '--format': expected one of [text, json] (case-sensitive) but was 'xml'"), r.err());
    }

    private static int num(JsonObject o, String key) { return o.get(key).getAsNumber().value().intValue(); }
}
