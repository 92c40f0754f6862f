package org.papergraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.papergraph.generate.PaperListGenerator;
import org.papergraph.generate.PaperTableGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papergraph generate}: synthetic paper lists for benchmarks, the same bytes for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write a synthetic Markdown paper list, for benchmarks.",
                "Papers spread over 2015-2026, unique arXiv ids, 80-260-word abstracts, Zipf-spread topics;",
                "as one table per month in the seed's layout, or as an awesome-list (--layout list) of the same papers."},
        footer = {"", "Examples:", "  papergraph generate --papers 100000 -o big.md",
                "  papergraph generate --papers 100000 --layout list -o big-list.md"})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--papers", paramLabel = "N", defaultValue = "1000", description = "Rows to write (default: ${DEFAULT-VALUE}).")
    int papers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    enum Layout { table, list }

    @Option(names = "--layout", paramLabel = "L", defaultValue = "table",
            description = "table (the seed's) or list (bullet and numbered lists under topic headings) (default: ${DEFAULT-VALUE}).")
    Layout layout;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-", description = "Where to write; - for standard output.")
    String output;

    @Override
    public Integer call() throws IOException {
        if (papers < 0) throw CliException.usage("--papers must be 0 or more");
        try (Writer out = new BufferedWriter(output.equals("-")
                ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8), 1 << 16)) {
            if (layout == Layout.list) new PaperListGenerator(seed).write(papers, out);
            else new PaperTableGenerator(seed).write(papers, out);
        }
        return 0;
    }
}
