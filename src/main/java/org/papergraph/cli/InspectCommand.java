package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDFLib;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.convert.Reading;
import org.papergraph.convert.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph inspect}: what was read in each table and list of each file, and why; no RDF is written. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Show what was read in each table and list of each file: its lines, each column's role and why,",
                "and what its rows became. No RDF is written; problems and the account go to stderr."},
        footer = {"", "Examples:", "  papergraph inspect data/2024-05-seed-papers.md",
                "  papergraph inspect list.md --columns title=Paper --format json"})
final class InspectCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Converters.Report format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean json = format == Converters.Report.json;
        Converter converter = sources.converter();
        List<Input> inputs = sources.inputs();
        PrintWriter err = spec.commandLine().getErr();
        // Every file given, in order, even one with nothing read.
        Map<String, List<Reading>> byFile = new LinkedHashMap<>();
        for (Input in : inputs) byFile.putIfAbsent(in.displayName(), new ArrayList<>());
        Report report = converter.convert(inputs, StreamRDFLib.sinkNull(), p -> err.println(p),
                r -> byFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r));
        err.println(report.account());
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(ReadingFormat.json(byFile, report));
        else ReadingFormat.text(byFile).forEach(out::println);
        out.flush();
        return report.errors() > 0 ? 1 : 0;
    }
}
