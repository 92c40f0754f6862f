package org.papergraph.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.papergraph.export.RdfFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Where and how a command writes RDF: {@code -o FILE} (or standard output) and {@code --format}, from the registry. */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where to write; - for standard output (the default). The format follows the extension.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatName.class, completionCandidates = RdfFormat.Names.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: from the output's extension, else turtle).")
    RdfFormat format;

    /** The format asked for, or the output's extension's, or Turtle for standard output. */
    RdfFormat format() {
        if (format != null) return format;
        if (output.equals("-")) return RdfFormat.TURTLE;
        return RdfFormat.byFileName(output).orElseThrow(() -> CliException.usage(
                "cannot tell the format from '" + output + "'; use --format or an extension: " + extensions()));
    }

    OutputFile open() throws IOException { return new OutputFile(output); }

    private static String extensions() {
        return Arrays.stream(RdfFormat.values()).map(f -> "." + f.extension()).collect(Collectors.joining(" "));
    }

    /** A {@code --format} value: a format's name or one of its extensions; picocli names the option in its error. */
    static final class FormatName implements ITypeConverter<RdfFormat> {
        @Override
        public RdfFormat convert(String value) {
            return RdfFormat.byName(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not one of " + String.join(", ", new RdfFormat.Names())));
        }
    }
}
