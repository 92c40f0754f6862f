package org.papergraph;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.convert.Problem;
import org.papergraph.convert.Report;

/** A real conversion for tests: files in, the dataset (one graph per source), the account and every problem out. */
public record Conversion(DatasetGraph dataset, Report report, List<Problem> problems) {
    public static final String BASE = "http://example.org/";
    public static final String PREFIXES = """
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX prism: <http://prismstandard.org/namespaces/basic/2.0/>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    public static Conversion of(Path... files) {
        List<Input> inputs = new ArrayList<>();
        for (Path f : files) inputs.add(Input.file(f, false));
        return of(Converter.builder().base(BASE).build(), inputs);
    }

    public static Conversion ofText(String name, String markdown) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        return of(Converter.builder().base(BASE).build(),
                List.of(new Input(name, name, () -> new ByteArrayInputStream(bytes), false)));
    }

    public static Conversion of(Converter converter, List<Input> inputs) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF sink = StreamRDFLib.dataset(dsg);
        List<Problem> problems = new ArrayList<>();
        sink.start();
        Report report = converter.convert(inputs, sink, problems::add);
        sink.finish();
        return new Conversion(dsg, report, problems);
    }

    /** The union of the source graphs: what a triples format writes. */
    public Model union() {
        return DatasetFactory.wrap(dataset).getUnionModel();
    }

    /** Runs a SELECT (with {@link #PREFIXES}) over the union. */
    public List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(union()).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    public String problemText() {
        StringBuilder s = new StringBuilder();
        problems.forEach(p -> s.append(p).append('\n'));
        return s.toString();
    }
}
