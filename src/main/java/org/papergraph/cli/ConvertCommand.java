package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDF;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Report;
import org.papergraph.rdf.Prefixes;
import org.papergraph.rdf.RdfFormat;
import org.papergraph.rdf.RdfOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph convert}: Markdown tables to RDF, streaming, with the account of every row on stderr. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Convert the paper tables in Markdown files to RDF.",
                "Rejections and warnings go to stderr as FILE:LINE: message; the run ends with the account."},
        footer = {"", "Examples:", "  papergraph convert data/ -o papers.ttl",
                "  papergraph convert list.md --format ntriples --base https://papers.example.org/ > papers.nt",
                "  cat list.md | papergraph convert - --columns title=Paper,abstract=Notes --strict"})
final class ConvertCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where to write; - for standard output (the default). The format follows the extension.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "turtle, ntriples, jsonld, rdfxml, trig or nquads (default: from the output's extension, else turtle).")
    String format;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write every problem and the account to FILE (JSON if it ends in .json).")
    Path reportFile;

    @Option(names = "--strict", description = "Fail (exit 1) on any rejection or warning; an output file is then not written.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RdfFormat rdfFormat = format();
        Converter converter = sources.converter();
        var inputs = sources.inputs();
        PrintWriter err = spec.commandLine().getErr();
        boolean toStdout = output.equals("-");
        Path target = toStdout ? null : Path.of(output);
        Path temp = toStdout ? null : Files.createTempFile(absoluteParent(target), ".papergraph-", ".tmp");
        Report report;
        try (OutputStream out = toStdout ? nonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            StreamRDF rdf = RdfOutput.open(rdfFormat, out, Prefixes.ordered(converter.iris()));
            rdf.start();
            report = converter.convert(inputs, rdf, p -> err.println(p));
            rdf.finish();
        } catch (IOException | RuntimeException e) {
            if (temp != null) Files.deleteIfExists(temp);
            throw e;
        }
        err.println(report.account());
        if (reportFile != null) report.write(reportFile);
        boolean failed = report.errors() > 0 || (strict && (report.rejected() + report.warnings()) > 0);
        if (temp != null) {
            if (failed) {
                Files.deleteIfExists(temp);
                err.println("papergraph: " + output + " not written");
            } else {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return failed ? 1 : 0;
    }

    private RdfFormat format() {
        try {
            if (format != null) return RdfFormat.byName(format);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        if (output.equals("-")) return RdfFormat.TURTLE;
        return RdfFormat.byFileName(output).orElseThrow(() -> CliException.usage(
                "cannot tell the format from '" + output + "'; use --format or an extension: .ttl .nt .nq .trig .jsonld .rdf"));
    }

    private static Path absoluteParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) throw CliException.failure(file + ": no such directory " + parent.getFileName());
        return parent;
    }

    /** Standard output stays open for whoever prints after us. */
    private static OutputStream nonClosing(OutputStream out) {
        return new BufferedOutputStream(out, 1 << 16) {
            @Override
            public void close() throws IOException { flush(); }
        };
    }
}
