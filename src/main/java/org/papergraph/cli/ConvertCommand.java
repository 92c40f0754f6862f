package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDF;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Report;
import org.papergraph.export.RdfFormat;
import org.papergraph.export.RdfOutput;

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

    @Mixin
    OutputOptions target;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write every problem and the account to FILE (JSON if it ends in .json).")
    Path reportFile;

    @Option(names = "--strict", description = "Fail (exit 1) on any rejection or warning; an output file is then not written.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RdfFormat rdfFormat = target.format();
        Converter converter = sources.converter();
        var inputs = sources.inputs();
        PrintWriter err = spec.commandLine().getErr();
        Report report;
        boolean failed, toFile;
        try (OutputFile out = target.open()) {
            toFile = out.isFile();
            StreamRDF rdf = RdfOutput.open(rdfFormat, out.stream(), converter.iris());
            rdf.start();
            report = converter.convert(inputs, rdf, p -> err.println(p));
            rdf.finish();
            failed = report.errors() > 0 || (strict && (report.rejected() + report.warnings()) > 0);
            if (!failed) out.commit();
        }
        err.println(report.account());
        if (reportFile != null) report.write(reportFile);
        if (failed && toFile) err.println("papergraph: " + target.output + " not written");
        return failed ? 1 : 0;
    }
}
