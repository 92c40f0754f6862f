package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.MonthlyLists;

class TestConvertCommand {
    static final String SEED = "data/2024-05-seed-papers.md";

    @TempDir
    Path dir;

    /** The monthly lists, as Turtle: graph isomorphism over data/lists' blank-node author lists would take gigabytes. */
    Model turtleOfData() {
        Path ttl = dir.resolve("all.ttl");
        assertEquals(0, Cli.run(convert(ttl)).exitCode());
        return RDFDataMgr.loadModel(ttl.toString());
    }

    static String[] convert(Path out) {
        List<String> args = new ArrayList<>(List.of("convert", "-o", out.toString()));
        args.addAll(MonthlyLists.paths());
        return args.toArray(String[]::new);
    }

    /** Every format parses back with Jena to the same graph; quad formats keep one graph per source. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nt", "nq", "trig", "jsonld", "rdf", "ttl"})
    void everyFormatRoundTrips(String ext) {
        Model expected = turtleOfData();
        Path out = dir.resolve("all." + ext);
        Cli r = Cli.run(convert(out));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().endsWith("205 rows: 204 papers, 1 repeat listing, 0 rejected, 2 warnings\n"), r.err());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        Model actual = ext.equals("nq") || ext.equals("trig") ? ds.getUnionModel() : ds.getDefaultModel();
        assertTrue(actual.isIsomorphicWith(expected), ext);
        if (ext.equals("nq") || ext.equals("trig")) {
            assertEquals(6, ds.asDatasetGraph().size(), "one named graph per source");
            assertTrue(ds.containsNamedModel("http://localhost:3030/source/2024-05-seed-papers"));
        }
    }

    @Test
    void formatByNameOverridesTheExtensionAndStdoutIsTurtle() {
        Cli nt = Cli.run("convert", SEED, "--format", "ntriples");
        assertEquals(0, nt.exitCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(nt.out(), Lang.NTRIPLES).parse(m);
        Cli ttl = Cli.run("convert", SEED);
        Model t = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.out(), Lang.TURTLE).parse(t);
        assertTrue(m.isIsomorphicWith(t));
        assertTrue(ttl.out().contains("PREFIX fabio:"));
    }

    @Test
    void readsStandardInput() throws IOException {
        Cli r = Cli.runWithInput(Files.readString(Path.of(SEED)), "convert", "-", "--format", "nt");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("33 rows: 33 papers, 0 rejected, 0 warnings"));
        assertTrue(r.out().contains("<http://localhost:3030/source/stdin>"));
    }

    @Test
    void baseIsUsedForEveryIri() {
        Cli r = Cli.run("convert", SEED, "--format", "nt", "--base", "https://papers.example.org/");
        assertEquals(0, r.exitCode());
        for (String line : r.out().split("\n")) {
            String subject = line.substring(1, line.indexOf('>'));
            assertTrue(subject.startsWith("https://papers.example.org/"), line);
        }
    }

    @Test
    void sameInputTwiceGivesTheSameIris() throws IOException {
        Cli a = Cli.run("convert", SEED, "--format", "nt");
        Path edited = dir.resolve("2024-05-seed-papers.md");
        Files.writeString(edited, "# A new heading\n\nSome prose added above.\n\n" + Files.readString(Path.of(SEED)));
        Cli b = Cli.run("convert", edited.toString(), "--format", "nt");
        Model ma = ModelFactory.createDefaultModel(), mb = ModelFactory.createDefaultModel();
        RDFParser.fromString(a.out(), Lang.NTRIPLES).parse(ma);
        RDFParser.fromString(b.out(), Lang.NTRIPLES).parse(mb);
        assertEquals(ma.listSubjects().toSet(), mb.listSubjects().toSet(), "an unrelated edit changes no IRI");
    }

    @Test
    void strictFailsOnWarningsAndWritesNothing() {
        Path out = dir.resolve("out.ttl");
        Cli r = Cli.run("convert", "data/2024-03-papers.md", "--strict", "-o", out.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("data/2024-03-papers.md:34: warning:"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(0, Cli.run("convert", SEED, "--strict", "-o", out.toString()).exitCode());
        assertTrue(Files.exists(out));
    }

    @Test
    void reportFileAsTextOrJson() throws IOException {
        Path json = dir.resolve("report.json"), text = dir.resolve("report.txt");
        assertEquals(0, Cli.run("convert", "data", "-o", dir.resolve("x.nt").toString(), "--report", json.toString()).exitCode());
        JsonObject o = JSON.parse(Files.readString(json));
        assertEquals(2240, o.get("rows").getAsNumber().value().intValue());
        assertEquals(11, o.get("problems").getAsArray().size());
        assertEquals("data/2024-01-papers.md", o.get("problems").getAsArray().get(0).getAsObject().get("file").getAsString().value());
        assertEquals(0, Cli.run("convert", "data", "-o", dir.resolve("x.nt").toString(), "--report", text.toString()).exitCode());
        var lines = Files.readAllLines(text);
        assertEquals("2240 rows: 2139 papers, 101 repeat listings, 0 rejected, 11 warnings; 568 list items with no paper link (prose); 4 topics curated", lines.get(lines.size() - 1));
        assertTrue(lines.get(0).startsWith("data/2024-01-papers.md:27: warning: "));
    }

    @Test
    void columnsOverrideChoosesTheHeaders() throws IOException {
        Path md = dir.resolve("notes.md");
        Files.writeString(md, """
                | When | Paper | Notes | Labels |
                |------|-------|-------|--------|
                | 1 May 2024 | [A paper](https://arxiv.org/abs/2405.00001) | My notes. | RAG |
                """);
        Cli r = Cli.run("convert", md.toString(), "--format", "nt",
                "--columns", "date=When,abstract=Notes,topics=Labels");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("1 row: 1 paper, 0 rejected, 0 warnings"), r.err());
        assertTrue(r.out().contains("<http://purl.org/dc/terms/abstract> \"My notes.\""));
        assertTrue(r.out().contains("\"2024-05-01\"^^<http://www.w3.org/2001/XMLSchema#date>"));
        Cli bad = Cli.run("convert", md.toString(), "--columns", "colour=When");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("Invalid value for option '--columns' (ROLE=HEADER): 'colour' is not a column role"), bad.err());
    }

    @Test
    void usageErrorsExitTwoFailuresOne() {
        assertEquals(2, Cli.run("convert").exitCode());
        assertEquals(2, Cli.run("convert", SEED, "--format", "yaml").exitCode());
        assertEquals(2, Cli.run("convert", SEED, "-o", "out.unknown").exitCode());
        assertEquals(2, Cli.run("convert", SEED, "--base", "not an iri").exitCode());
        Cli missing = Cli.run("convert", "no/such/file.md");
        assertEquals(1, missing.exitCode());
        assertEquals("papergraph: error: no/such/file.md: no such file or directory\n", missing.err());
        assertEquals(2, Cli.run().exitCode());
    }

    @Test
    void stackTracesOnlyWithVerbose() {
        assertFalse(Cli.run("convert", "no/such/file.md").err().contains("\tat "));
        Cli verbose = Cli.run("--verbose", "convert", "no/such/file.md");
        assertEquals(1, verbose.exitCode());
        assertTrue(verbose.err().startsWith("papergraph: error: no/such/file.md: no such file or directory\n"));
        assertTrue(verbose.err().contains("\tat org.papergraph.cli."), verbose.err());
    }

    @Test
    void helpAndVersion() {
        Cli help = Cli.run("convert", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--strict"));
        Cli version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("papergraph "), version.out());
        assertEquals(0, Cli.run("validate", "--help").exitCode());
    }

    /** A table with no paper column is one line, on stderr and in --report alike; its rows still add up. */
    @Test
    void aTableWithNoPaperColumnIsToldOnceWhateverItsRows() throws IOException {
        StringBuilder md = new StringBuilder("| Model | Score |\n|---|---|\n");
        for (int i = 0; i < 50; i++) md.append("| M").append(i).append(" | ").append(i).append(" |\n");
        Path in = dir.resolve("scores.md"), json = dir.resolve("r.json"), text = dir.resolve("r.txt");
        Files.writeString(in, md);
        Cli r = Cli.run("convert", in.toString(), "-o", dir.resolve("x.nt").toString(), "--report", json.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of(in + ":1: warning: table has no paper column: no header names one and no column's cells link"
                + " papers (headers: Model, Score); its 50 row(s) are rejected (name one with --columns title=HEADER)",
                "50 rows: 0 papers, 50 rejected, 1 warning"), r.err().lines().toList());
        JsonObject o = JSON.parse(Files.readString(json));
        assertEquals(50, o.get("rejected").getAsNumber().value().intValue());
        assertEquals(1, o.get("problems").getAsArray().size());
        assertEquals(0, Cli.run("convert", in.toString(), "-o", dir.resolve("x.nt").toString(), "--report", text.toString()).exitCode());
        assertEquals(2, Files.readAllLines(text).size());
    }
}
