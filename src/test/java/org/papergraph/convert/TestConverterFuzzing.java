package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.export.RdfFormat;
import org.papergraph.export.RdfOutput;
import org.papergraph.rdf.Iris;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The converter under a fuzzer (Jazzer). {@code mvn verify} replays the corpus kept in
 * {@code TestConverterFuzzingInputs/convert/}; {@code JAZZER_FUZZ=1} fuzzes for up to a minute, from it (see
 * RELIABILITY.md). Whatever the bytes: no exception escapes, the account adds up, no row is counted that has no
 * line, every problem names a line of the file, and what is written is RDF that parses back without a warning.
 */
class TestConverterFuzzing {

    @FuzzTest(maxDuration = "60s")
    void convert(byte[] markdown) {
        check(markdown);
    }

    /** The same properties over the real lists: the repository's, and the shared data folder's when present. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("realLists")
    void realListsHoldTheSameProperties(Path file) throws IOException {
        Report report = check(Files.readAllBytes(file));
        assertEquals(0, report.errors(), file + " converts");
    }

    static Stream<Path> realLists() throws IOException {
        // CI keeps shared/ beside its clone; a checkout elsewhere names it with -Dpapergraph.sharedData=DIR.
        Path shared = Path.of(System.getProperty("papergraph.sharedData", "../shared/data"));
        List<Path> roots = Stream.of(Path.of("data"), shared).filter(Files::isDirectory).toList();
        assumeTrue(!roots.isEmpty());
        return roots.stream().flatMap(TestConverterFuzzing::markdownUnder).distinct().sorted();
    }

    private static Stream<Path> markdownUnder(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".md")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Report check(byte[] markdown) {
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        StreamRDF out = RdfOutput.open(RdfFormat.NQUADS, nquads, new Iris(Iris.DEFAULT_BASE));
        out.start();
        Input input = new Input("fuzz.md", "fuzz.md", () -> new ByteArrayInputStream(markdown), false);
        Report report = Converter.builder().build().convert(List.of(input), out, p -> { });
        out.finish();
        int lines = lines(markdown);
        assertEquals(report.rows(), report.papers() + report.repeats() + report.rejected(), "every row accounted for");
        assertTrue(report.rows() <= lines, report.rows() + " rows from " + lines + " lines");
        for (Problem p : report.problems())
            assertTrue(p.line() >= 0 && p.line() <= lines, "a problem names a line of the file: " + p);
        RDFParser.source(new ByteArrayInputStream(nquads.toByteArray())).lang(Lang.NQUADS)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(StreamRDFLib.sinkNull()); // a warning fails
        return report;
    }

    /** Lines as CommonMark ends them: at LF, CRLF or CR; an empty file has one (empty) line. */
    static int lines(byte[] b) {
        int n = 1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') n++;
            else if (b[i] == '\r') {
                n++;
                if (i + 1 < b.length && b[i + 1] == '\n') i++;
            }
        }
        return n;
    }
}
