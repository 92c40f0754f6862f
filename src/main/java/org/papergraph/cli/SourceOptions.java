package org.papergraph.cli;

import java.util.List;
import java.util.Map;

import org.papergraph.convert.Column;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.rdf.Iris;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads Markdown takes: the files, the base IRI, and column overrides. */
final class SourceOptions {
    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Markdown files, directories (every .md inside) or - for standard input.")
    List<String> files;

    @Option(names = "--base", paramLabel = "IRI", converter = Converters.BaseIri.class,
            description = "Base of every IRI minted (default: " + Iris.DEFAULT_BASE + ", or the store's own).")
    String base;

    @Option(names = "--columns", paramLabel = "ROLE=HEADER", split = ",",
            converter = {Converters.ColumnRole.class, Converters.Header.class}, completionCandidates = Converters.Roles.class,
            description = "Which header holds a column, e.g. title=Paper,abstract=Notes. Roles: ${COMPLETION-CANDIDATES}.")
    Map<Column, String> columns = Map.of();

    Converter converter() { return converter(base != null ? base : Iris.DEFAULT_BASE); }

    /** A converter minting under {@code base} (a store's, say), with the columns asked for. */
    Converter converter(String base) {
        Converter.Builder b = Converter.builder();
        b.base(base);
        columns.forEach(b::column);
        return b.build();
    }

    List<Input> inputs() { return Inputs.of(files); }
}
