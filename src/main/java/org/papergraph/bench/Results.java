package org.papergraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** The results as Markdown (for BENCHMARKS.md) and JSON. */
final class Results {
    static final String BEGIN = "<!-- bench:begin -->", END = "<!-- bench:end -->";

    private Results() {}

    static String markdown(List<Figure> figures, String profile, String machine) {
        StringBuilder s = new StringBuilder();
        s.append("Measured ").append(machine).append(".\n\n").append(Figure.header()).append('\n');
        for (Figure f : figures) s.append(f.row()).append('\n');
        s.append("\nCommands, papergraph side then stock side (`bench/run` prints them; `{md}` and `{nt}` are the"
                + " generated list and papergraph's N-Triples of it):\n\n");
        figures.stream().filter(Figure::measured).map(f -> f.part()).distinct().forEach(part -> {
            Figure f = figures.stream().filter(x -> x.part().equals(part) && x.measured()).findFirst().orElseThrow();
            s.append("- ").append(part).append(": `").append(generic(f.ours())).append("` vs `").append(generic(f.stock())).append("`\n");
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
                .replaceAll("'[^']*/(load-[\\w.-]+)'", "$1");
    }

    static String json(List<Figure> figures) {
        JsonArray all = new JsonArray();
        for (Figure f : figures) {
            JsonObject o = new JsonObject();
            o.put("part", f.part());
            o.put("papers", f.papers());
            if (f.measured()) {
                o.put("papergraphSeconds", JsonNumber.value(f.oursSeconds()));
                o.put("stockSeconds", JsonNumber.value(f.stockSeconds()));
                o.put("ratio", JsonNumber.value(f.ratio()));
                o.put("goalRatio", JsonNumber.value(f.goalRatio()));
                o.put("papergraphPeakKiB", f.oursPeakKiB());
                o.put("stockPeakKiB", f.stockPeakKiB());
                o.put("runs", f.runs());
            }
            o.put("note", f.note());
            all.add(o);
        }
        return all.toString();
    }

    /** Replaces what stands between the bench markers of a file with the new results. */
    static void update(Path file, String results) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int b = text.indexOf(BEGIN), e = text.indexOf(END);
        if (b < 0 || e < b) throw new IOException(file + " has no " + BEGIN + " ... " + END + " section");
        Files.writeString(file, text.substring(0, b + BEGIN.length()) + "\n" + results + text.substring(e), StandardCharsets.UTF_8);
    }
}
