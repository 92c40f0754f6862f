package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * queries/README.md's table lists every canned query (each queries/*.rq, by its name, the file name without .rq)
 * and none that is not there; each row's question begins with the query's own title.
 */
class TestQueriesReadme {
    private static final Path QUERIES = Path.of("queries");
    /** A row of the table: {@code | `name` | question | parameters |}. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\|\\s*`([^`]+)`\\s*\\|\\s*([^|]*?)\\s*\\|");
    private static final Pattern TITLE = Pattern.compile("(?m)^#\\s*title:\\s*(.+?)\\s*$");

    @Test
    void theReadmeListsEveryQueryAndNoOther() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(QUERIES)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                Matcher t = TITLE.matcher(Files.readString(p, StandardCharsets.UTF_8));
                assertTrue(t.find(), p + " has no '# title:' line");
                files.put(p.getFileName().toString().replaceFirst("\\.rq$", ""), t.group(1));
            }
        }
        assertTrue(files.size() > 0, "no queries in " + QUERIES);
        Map<String, String> listed = new TreeMap<>();
        Matcher m = ROW.matcher(Files.readString(QUERIES.resolve("README.md"), StandardCharsets.UTF_8));
        while (m.find()) assertEquals(null, listed.put(m.group(1), m.group(2)), "listed twice: " + m.group(1));
        assertEquals(files.keySet(), listed.keySet(), "queries/README.md's table against queries/*.rq");
        files.forEach((name, title) -> assertTrue(listed.get(name).startsWith(title + ":"),
                name + ": the README's question should begin with its title '" + title + "': " + listed.get(name)));
    }
}
