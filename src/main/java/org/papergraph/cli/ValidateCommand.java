package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Report;
import org.papergraph.export.RdfOutput;
import org.papergraph.validate.Validator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph validate}: converts, then checks the result against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Convert Markdown paper tables and validate the RDF against ontology/shapes.ttl.",
                "Each result names the file and line of the row behind it. Exit 1 when the data does not conform."},
        footer = {"", "Example:", "  papergraph validate data/"})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Converter converter = sources.converter();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Graph data = GraphFactory.createDefaultGraph();
        StreamRDF sink = RdfOutput.triplesOnly(StreamRDFLib.graph(data));
        sink.start();
        Report report = converter.convert(sources.inputs(), sink, p -> err.println(p));
        sink.finish();
        err.println(report.account());

        Validator validator = new Validator(converter.iris());
        ValidationReport result = validator.validate(data);
        List<String> lines = validator.describe(result, data);
        lines.forEach(out::println);
        if (result.conforms()) {
            out.println("conforms: " + data.size() + " triples checked against " + validator.shapeCount() + " shapes");
        } else {
            out.println("does not conform: " + lines.size() + " result(s) against " + validator.shapeCount() + " shapes");
        }
        return result.conforms() && report.errors() == 0 ? 0 : 1;
    }
}
