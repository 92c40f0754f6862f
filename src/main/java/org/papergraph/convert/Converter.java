package org.papergraph.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.riot.system.StreamRDF;
import org.papergraph.markdown.Notice;
import org.papergraph.markdown.SourceError;
import org.papergraph.markdown.Table;
import org.papergraph.markdown.TableReader;
import org.papergraph.rdf.Iris;

/**
 * Markdown files in, RDF quads out (one named graph per source), with the account of every row. Streams: a second
 * thread parses the tables a chunk at a time and reads each row's facts, while the caller's thread writes them.
 */
public final class Converter {
    private final Iris iris;
    private final Map<Column, String> columns;

    private Converter(Builder b) {
        this.iris = b.iris;
        this.columns = Map.copyOf(b.columns);
    }

    public static Builder builder() { return new Builder(); }

    public Iris iris() { return iris; }

    /** Converts every input into {@code out} (which the caller starts and finishes) and returns the account. */
    public Report convert(List<Input> inputs, StreamRDF out, Consumer<Problem> listener) {
        return convert(inputs, out, listener, r -> {});
    }

    /** As {@link #convert(List, StreamRDF, Consumer)}, handing on what was read in each block as it ends. */
    public Report convert(List<Input> inputs, StreamRDF out, Consumer<Problem> listener, Consumer<Reading> readings) {
        Report report = new Report(listener);
        RowMapper mapper = new RowMapper(iris, out, report, readings);
        Map<String, Integer> slugs = new HashMap<>();
        for (Input input : inputs) {
            String slug = Iris.sourceSlug(input.fileName());
            // Two inputs with one file name (a/list.md, b/list.md) still get two graphs.
            if (slugs.merge(slug, 1, Integer::sum) > 1) slug = slug + "-" + Iris.hash(input.displayName(), 8);
            convertOne(input, slug, mapper, report);
        }
        return report;
    }

    /**
     * Converts one source on its own, as the store keeps it: its graph says all it says of every paper it lists,
     * whatever other sources say, so it can be replaced alone.
     */
    public Report convertSource(Input input, String slug, StreamRDF out, Report report) {
        convertOne(input, slug, new RowMapper(iris, out, report, r -> {}), report);
        return report;
    }

    private void convertOne(Input input, String slug, RowMapper mapper, Report report) {
        InputStream in;
        try {
            in = input.opener().open();
        } catch (IOException e) {
            report.add(new Problem(Problem.Kind.ERROR, input.displayName(), 0, "cannot read: " + e.getMessage()));
            return;
        }
        if (TopicsFile.isTopicsFile(input.fileName())) {
            java.io.BufferedInputStream peek = new java.io.BufferedInputStream(in, TopicsFile.PEEK);
            if (TopicsFile.isCuration(input.fileName(), peek)) {
                curate(input, slug, peek, mapper.out(), report);
                return;
            }
            in = peek;   // a paper list that happens to be called topics.md
        }
        mapper.startSource(input.displayName(), input.fileName(), slug);
        RowInterpreter interpreter = new RowInterpreter(iris, columns);
        int rowsBefore = report.rows();
        try (TableReader reader = new TableReader(in);
             Prefetch<Batch> batches = new Prefetch<>("read " + input.fileName(), 4, () -> read(reader, interpreter))) {
            Batch batch;
            while ((batch = batches.next()) != null) {
                // Notices and rows in line order, so messages read down the file like a compiler's.
                int n = 0;
                List<Notice> notices = batch.notices();
                mapper.columns(batch.columns());
                for (RowFacts row : batch.rows()) {
                    for (; n < notices.size() && notices.get(n).line() <= row.row().line(); n++)
                        mapper.warn(notices.get(n).line(), notices.get(n).message());
                    mapper.map(row);
                }
                for (; n < notices.size(); n++) mapper.warn(notices.get(n).line(), notices.get(n).message());
            }
            mapper.endSource();
            if (reader.tables() == 0 && report.rows() == rowsBefore && !input.discovered())
                mapper.warn(1, "no table or list of papers found; a paper list is a Markdown table with a header row and"
                        + " a | --- | row, or a list whose items link papers (arXiv, DOI, proceedings, PDF)");
        } catch (SourceError e) {
            report.add(new Problem(Problem.Kind.ERROR, input.displayName(), e.line(), e.getMessage()));
        } catch (UncheckedIOException e) {
            report.add(new Problem(Problem.Kind.ERROR, input.displayName(), 0, "cannot read: " + e.getCause().getMessage()));
        } catch (OutOfMemoryError e) {
            // One hostile file (a line of hundreds of megabytes) must not end a run over a directory.
            report.add(new Problem(Problem.Kind.ERROR, input.displayName(), 0, "too large to convert in "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB of memory; not converted (is a line hundreds of MB long?)"));
        } catch (StackOverflowError e) {
            report.add(new Problem(Problem.Kind.ERROR, input.displayName(), 0, "nested too deeply to convert; not converted"));
        }
    }

    /** The topics file: read, checked, and written as its own graph of curated topics. */
    private void curate(Input input, String slug, InputStream in, StreamRDF out, Report report) {
        try (in) {
            List<TopicsFile.Curated> topics = new TopicsFile(input.displayName(), report::add).read(input.fileName(), in, iris.base());
            topics.forEach(t -> report.topic());
            new CuratedTopics(iris, out, iris.source(slug)).write(input.displayName(), input.fileName(), topics);
        } catch (SourceError e) {
            report.add(new Problem(Problem.Kind.ERROR, input.displayName(), e.line(), e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            report.add(new Problem(Problem.Kind.ERROR, input.displayName(), 0, "cannot read: " + e.getMessage()));
        }
    }

    /** A chunk's rows, read on the parsing thread as far as they can be without the run's state. */
    private record Batch(List<RowFacts> rows, List<Notice> notices, Map<Table, ColumnMap> columns) {}

    private static Batch read(TableReader reader, RowInterpreter interpreter) {
        TableReader.Batch b = reader.next();
        if (b == null) return null;
        List<RowFacts> rows = interpreter.read(b.rows());
        return new Batch(rows, b.notices(), interpreter.takeChosen());
    }

    public static final class Builder {
        private Iris iris = new Iris(Iris.DEFAULT_BASE);
        private final Map<Column, String> columns = new EnumMap<>(Column.class);

        public Builder base(String base) {
            this.iris = new Iris(base);
            return this;
        }

        /** Names the header that holds a column, overriding the choice by header name. */
        public Builder column(Column column, String header) {
            columns.put(column, header);
            return this;
        }

        public Converter build() { return new Converter(this); }
    }
}
