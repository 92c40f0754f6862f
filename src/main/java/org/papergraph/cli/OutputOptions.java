package org.papergraph.cli;

import java.io.IOException;

import org.papergraph.export.RdfFormat;

import picocli.CommandLine.Option;

/** Where and how a command writes RDF: {@code -o FILE} (or standard output) and {@code --format}. */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where to write; - for standard output (the default). The format follows the extension.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "turtle, ntriples, nquads, trig, rdfxml or jsonld (default: from the output's extension, else turtle).")
    String format;

    /** The format asked for, or the output's extension's, or Turtle for standard output. */
    RdfFormat format() {
        try {
            if (format != null) return RdfFormat.byName(format);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        if (output.equals("-")) return RdfFormat.TURTLE;
        return RdfFormat.byFileName(output).orElseThrow(() -> CliException.usage(
                "cannot tell the format from '" + output + "'; use --format or an extension: .ttl .nt .nq .trig .jsonld .rdf"));
    }

    OutputFile open() throws IOException { return new OutputFile(output); }
}
