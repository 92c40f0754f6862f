package org.papergraph.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/** The results as Markdown (for BENCHMARKS.md) and JSON. */
final class Results {
    static final String BEGIN = "<!-- bench:begin -->", END = "<!-- bench:end -->";

    private Results() {}

    static String markdown(List<Figure> figures, String profile, String machine) {
        StringBuilder s = new StringBuilder();
        s.append("Measured ").append(machine).append(".\n\n").append(Figure.header()).append('\n');
        for (Figure f : figures) s.append(f.row()).append('\n');
        s.append("\nCommands, papergraph side then stock side (`bench/run` prints them; `{md}` and `{nt}` are the"
                + " generated list and papergraph's N-Triples of it (`{list-md}` and `{list-nt}` for its papers as a bullet list), `{db}` the store `papergraph load` makes of it,"
                + " `{stock-db}` the store stock `tdb2.tdbloader --loc {stock-db} {nt}` makes of its N-Triples, once, untimed, before the HTTP part;"
                + " `{stock-quad-db}` the store stock `tdb2.tdbloader` makes of `papergraph export --db {db}` (N-Quads), once, untimed, before the query part;"
                + " `fuseki.ttl` a TDB2 assembler of `{db}` with `tdb2:unionDefaultGraph true`):\n\n");
        figures.stream().filter(Figure::measured).map(f -> f.part()).distinct().forEach(part -> {
            Figure f = figures.stream().filter(x -> x.part().equals(part) && x.measured()).findFirst().orElseThrow();
            s.append("- ").append(part).append(": `").append(generic(f.ours().command())).append("` vs `")
                    .append(generic(f.stock().command())).append("`\n");
        });
        if (!profile.isEmpty()) s.append('\n').append(profile);
        return s.toString();
    }

    /** Commands without this machine's paths. */
    private static String generic(String command) {
        return command.replaceAll("'[^']*/papergraph\\.jar'", "target/papergraph.jar")
                .replaceAll("'[^']*/bin/([\\w.]+)'", "$1")
                .replaceAll("'[^']*/papers\\.md'", "{md}")
                .replaceAll("'[^']*/papers\\.nt'", "{nt}")
                .replaceAll("'[^']*/papers-list\\.md'", "{list-md}")
                .replaceAll("'[^']*/papers-list\\.nt'", "{list-nt}")
                .replaceAll("'[^']*/(load-[\\w.-]+)'", "$1")
                .replaceAll("'[^']*/data-\\d+/store'", "{db}")
                .replaceAll("'[^']*/data-\\d+/stock-store'", "{stock-db}");
    }

    static String json(List<Figure> figures) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Figure f : figures) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            o.add("part", f.part());
            o.add("papers", f.papers());
            if (f.measured()) {
                String unit = f.unit().jsonSuffix;
                o.add("papergraph" + unit, f.ours().value());
                o.add("stock" + unit, f.stock().value());
                o.add("ratio", f.ratio());
                putFinite(o, "papergraphP99Ms", f.ours().p99Ms());
                putFinite(o, "stockP99Ms", f.stock().p99Ms());
                putFinite(o, "goalRatio", f.goal().ratio());
                putFinite(o, "goalP99Ms", f.goal().p99Ms());
                putFinite(o, "goalAtMost" + unit, f.goal().atMost());
                o.add("papergraphPeakKiB", f.ours().peakKiB());
                o.add("stockPeakKiB", f.stock().peakKiB());
                o.add("runs", f.runs());
            }
            o.add("note", f.note());
            all.add(o);
        }
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.write(all.build());
        }
        return out.toString();
    }

    private static void putFinite(JsonObjectBuilder o, String key, double value) {
        if (Double.isFinite(value)) o.add(key, value);
    }

    /** Replaces what stands between the bench markers of a file with the new results. */
    static void update(Path file, String results) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int b = text.indexOf(BEGIN), e = text.indexOf(END);
        if (b < 0 || e < b) throw new IOException(file + " has no " + BEGIN + " ... " + END + " section");
        Files.writeString(file, text.substring(0, b + BEGIN.length()) + "\n" + results + text.substring(e), StandardCharsets.UTF_8);
    }
}
