package org.papergraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;

/**
 * Golden tests, as tarql keeps them: each {@code golden/NAME.md} beside the {@code NAME.ttl} it must convert to
 * (with base http://example.org/), compared as graphs. One file per quirk of real lists; {@code golden/real-lists/}
 * holds an excerpt of each real layout, beside its licence. The records of how each block was read (pg:Block,
 * pg:ColumnRole) are left out of the comparison, so a golden says what the rows say; they are held here to the
 * account, and their content is tested in TestReading.
 */
class TestGolden {
    static final Path DIR = Path.of("src/test/resources/golden");
    static final String PG = org.papergraph.rdf.Vocab.PG;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.walk(DIR, 2)) {
            return files.map(p -> DIR.relativize(p).toString().replace('\\', '/')).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsToExpectedGraph(String name) throws IOException {
        Path md = DIR.resolve(name + ".md");
        Model expected = RDFDataMgr.loadModel(DIR.resolve(name + ".ttl").toString());
        Conversion c = Conversion.of(Converter.builder().base(Conversion.BASE).build(),
                List.of(new Input(name + ".md", md.getFileName().toString(), () -> Files.newInputStream(md), false)));
        Model all = c.union();
        Model actual = withoutBlockRecords(all);
        if (!actual.isIsomorphicWith(expected)) {
            fail(name + ".md does not convert to " + name + ".ttl\nmissing:\n" + dump(expected.difference(actual))
                    + "unexpected:\n" + dump(actual.difference(expected)));
        }
        assertEquals(c.report().rows(), c.report().papers() + c.report().repeats() + c.report().rejected());
        assertEquals(c.report().rows(), sum(all, "rowCount"), "the blocks' rows add up to the account");
        assertEquals(c.report().papers() + c.report().repeats(), sum(all, "paperCount") + sum(all, "repeatCount"));
    }

    /** The graph without the records of how its blocks were read: the blocks, their columns, and the links to them. */
    static Model withoutBlockRecords(Model m) {
        Model out = ModelFactory.createDefaultModel().add(m);
        Property block = out.createProperty(PG + "block");
        for (String type : List.of("Block", "ColumnRole"))
            out.listSubjectsWithProperty(RDF.type, out.createResource(PG + type)).toList()
                    .forEach(s -> out.removeAll(s, null, null));
        out.removeAll(null, block, null);
        return out;
    }

    private static int sum(Model m, String countProperty) {
        int n = 0;
        for (Resource b : m.listSubjectsWithProperty(RDF.type, m.createResource(PG + "Block")).toList())
            n += b.getRequiredProperty(m.createProperty(PG + countProperty)).getInt();
        return n;
    }

    private static String dump(Model m) {
        StringBuilder s = new StringBuilder();
        m.listStatements().forEachRemaining(st -> s.append("  ").append(st).append('\n'));
        return s.toString();
    }
}
