package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.export.RdfFormat;

/** {@code --format} of convert and export is the format registry's: its help names them, picocli refuses the rest. */
class TestFormatOption {
    static final String SEED = "data/2024-05-seed-papers.md";

    static List<String> names() { return Arrays.stream(RdfFormat.values()).map(RdfFormat::formatName).toList(); }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "export"})
    void helpListsExactlyTheRegistrysNames(String command) {
        Cli r = Cli.run(command, "--help");
        assertEquals(0, r.exitCode(), r.err());
        // picocli wraps the description: join the option's lines before reading the list.
        String help = r.out().replaceAll("\\s*\\n\\s+", " ");
        Matcher m = Pattern.compile("--format=FORMAT\\s+One of: ([^(]+?) \\(").matcher(help);
        assertTrue(m.find(), help);
        assertEquals(names(), List.of(m.group(1).split(", ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "export"})
    void aBadFormatIsOneLineNamingTheOptionAndTheValidValues(String command) {
        Cli r = command.equals("convert") ? Cli.run("convert", SEED, "--format", "yaml") : Cli.run("export", "--format", "yaml");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("", r.out());
        String first = r.err().lines().findFirst().orElseThrow();
        assertTrue(first.contains("'--format'") && first.contains("'yaml'"), first);
        assertTrue(first.endsWith(String.join(", ", names())), first);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        assertEquals(List.of(first, "Try 'papergraph " + command + " --help' for more."), r.err().lines().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ntriples", "nt", "N-Triples", "NT"})
    void aFormatIsNamedByItsNameOrExtensionInAnyCase(String value) {
        Cli r = Cli.run("convert", SEED, "--format", value);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("<http"), r.out().substring(0, 80));
    }
}
