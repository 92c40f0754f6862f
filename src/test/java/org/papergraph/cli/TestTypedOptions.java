package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.papergraph.convert.Column;
import org.papergraph.query.ResultFormat;

/**
 * Options whose values are typed: a bad value is picocli's one line naming the option and what is valid, exit 2,
 * no stack trace; and the valid values in the help come from the enum that defines them.
 */
class TestTypedOptions {
    static final String SEED = "data/2024-05-seed-papers.md";

    private static final String ROLES = Arrays.stream(Column.values()).map(Column::key).collect(Collectors.joining(", "));

    /** The error is one line, then picocli's hint; nothing of a stack trace. */
    private static String usageLine(Cli r) {
        assertEquals(2, r.exitCode(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(1).startsWith("Try 'papergraph "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        return lines.get(0);
    }

    @Test
    void aBadColumnRoleNamesTheOptionAndTheRoles() {
        String line = usageLine(Cli.run("convert", SEED, "--columns", "colour=When"));
        assertTrue(line.startsWith("convert: Invalid value for option '--columns'"), line);
        assertTrue(line.contains("'colour'") && line.endsWith("roles: " + ROLES), line);
    }

    @Test
    void aColumnRoleIsAnyCase() {
        assertEquals(0, Cli.run("convert", SEED, "--format", "nt", "--columns", "Title=Paper").exitCode());
    }

    @Test
    void helpListsTheRolesFromTheEnum() {
        for (String command : List.of("convert", "inspect", "validate", "load")) {
            Cli r = Cli.run(command, "--help");
            assertEquals(0, r.exitCode(), r.err());
            String help = r.out().replaceAll("\\s+", " ");
            assertTrue(help.contains("Roles: " + ROLES + "."), command + ": " + r.out());
        }
    }

    @Test
    void aBadDurationNamesTheOptionAndWhatIsValid() {
        for (String bad : List.of("ten", "10x", "0s", "-5s")) {
            String line = usageLine(Cli.run("serve", "--timeout", bad));
            assertEquals("serve: Invalid value for option '--timeout': '" + bad + "' is not a time such as 10s, 500ms or 2m", line);
        }
    }

    @Test
    void aBadSizeNamesTheOptionAndWhatIsValid() {
        String line = usageLine(Cli.run("serve", "--max-query", "65m"));
        assertEquals("serve: Invalid value for option '--max-query': '65m' is not a size such as 64k or 1m (at most 64m)", line);
    }

    @Test
    void durationsAndSizesInTheFormsTheHelpPromises() {
        Converters.Time time = new Converters.Time();
        assertEquals(java.time.Duration.ofSeconds(10), time.convert("10s"));
        assertEquals(java.time.Duration.ofMillis(500), time.convert("500ms"));
        assertEquals(java.time.Duration.ofMinutes(2), time.convert("2m"));
        assertEquals(java.time.Duration.ofMillis(1500), time.convert("1.5s"));
        assertEquals(java.time.Duration.ofSeconds(3), time.convert("3"));
        Converters.Size size = new Converters.Size();
        assertEquals(64 * 1024, size.convert("64k"));
        assertEquals(1024 * 1024, size.convert("1m"));
        assertEquals(100, size.convert("100"));
        String help = Cli.run("serve", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("e.g. 10s, 500ms, 2m") && help.contains("e.g. 64k, 1m"), help);
    }

    @Test
    void aBadBaseOrPublicBaseNamesTheOptionAndWhatIsValid() {
        for (String command : List.of("convert", "up")) {
            List<String> args = new java.util.ArrayList<>(command.equals("up") ? List.of("up") : List.of("convert", SEED));
            args.addAll(List.of("--base", "not an iri"));
            String line = usageLine(Cli.run(args.toArray(String[]::new)));
            assertEquals(command + ": Invalid value for option '--base': 'not an iri' is not an absolute http(s) IRI", line);
        }
        String line = usageLine(Cli.run("serve", "--public-base", "ftp://example.org/"));
        assertEquals("serve: Invalid value for option '--public-base': 'ftp://example.org/' is not an absolute http(s) URL", line);
    }

    @Test
    void reportAndResultFormatsAreListedAndChecked() {
        String names = Arrays.stream(ResultFormat.values()).map(f -> f.name).collect(Collectors.joining(", "));
        assertTrue(Cli.run("query", "--help").out().replaceAll("\\s+", " ").contains(names + " (default"));
        String line = usageLine(Cli.run("query", "topics", "--format", "yaml"));
        assertEquals("query: Invalid value for option '--format': 'yaml' is not one of " + names, line);
        line = usageLine(Cli.run("stats", "--format", "xml"));
        assertTrue(line.startsWith("stats: Invalid value for option '--format'") && line.contains("text, json"), line);
    }

    @Test
    void theWebOptionsNameWhatIsValid() {
        String line = usageLine(Cli.run("serve", "--cors-origins", "https://a.example,a.example/path"));
        assertEquals("serve: Invalid value for option '--cors-origins' (ORIGIN): 'a.example/path' is not an origin such as https://example.org, nor *", line);
        line = usageLine(Cli.run("up", "--log-format", "xml"));
        assertTrue(line.startsWith("up: Invalid value for option '--log-format'") && line.contains("ncsa, json"), line);
        String help = Cli.run("serve", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--cors-origins") && help.contains("--metrics") && help.contains("ncsa, json, none (default: ncsa; none: no log)"), help);
    }
}
