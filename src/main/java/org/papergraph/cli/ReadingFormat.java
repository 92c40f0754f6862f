package org.papergraph.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.papergraph.convert.Reading;
import org.papergraph.convert.Report;

/**
 * How {@code inspect} shows what was read: a stable text layout for people (documented in the README) and JSON for
 * tools. Text: the file's path; then per block a line {@code "  KIND   lines A-B  ACCOUNT"}, and under it, indented
 * nine spaces, a table's columns one per line ({@code Header -> role (why)}) or a list's links.
 */
final class ReadingFormat {
    private static final String DETAIL = " ".repeat(9);

    private ReadingFormat() {}

    static List<String> text(Map<String, List<Reading>> byFile) {
        List<String> lines = new ArrayList<>();
        for (var file : byFile.entrySet()) {
            lines.add(file.getKey());
            if (file.getValue().isEmpty()) lines.add("  no table or list read");
            for (Reading r : file.getValue()) block(r, lines);
        }
        return lines;
    }

    private static void block(Reading r, List<String> lines) {
        String head = "  " + String.format("%-6s", r.kind().key()) + " lines " + r.firstLine() + "-" + r.lastLine() + "  ";
        if (!r.hasPaperColumn()) {
            lines.add(head + plural(r.rows(), "row") + " rejected: no paper column (headers: " + String.join(", ", r.headers())
                    + "); try --columns title=HEADER");
            return;
        }
        if (r.kind() == Reading.Kind.LIST) {
            lines.add(head + plural(r.rows() + r.prose(), "item") + ": " + plural(r.papers(), "paper") + ", "
                    + plural(r.repeats(), "repeat") + ", " + r.rejected() + " rejected, " + r.prose() + " prose");
            if (r.rows() > 0)
                lines.add(DETAIL + "links: paper " + r.rows() + ", code " + r.withCode() + ", other " + r.withOtherLinks());
            return;
        }
        lines.add(head + plural(r.rows(), "row") + ": " + plural(r.papers(), "paper") + ", " + plural(r.repeats(), "repeat")
                + ", " + r.rejected() + " rejected");
        for (Reading.ColumnRole c : r.columns())
            lines.add(DETAIL + c.header() + " -> " + (c.role() == null
                    ? "not read (map with --columns ROLE=" + c.header() + ")"
                    : c.role() + " (" + c.reason() + ")"));
    }

    private static String plural(int n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }

    /** The readings as JSON, indented for people. */
    static String json(Map<String, List<Reading>> byFile, Report report) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (var file : byFile.entrySet()) {
            JsonArrayBuilder blocks = Json.createArrayBuilder();
            for (Reading r : file.getValue()) blocks.add(json(r));
            JsonObjectBuilder f = Json.createObjectBuilder();
            f.add("file", file.getKey());
            f.add("blocks", blocks);
            files.add(f);
        }
        JsonObjectBuilder root = Json.createObjectBuilder();
        root.add("files", files);
        root.add("account", report.account());
        return pretty(root.build());
    }

    private static JsonObjectBuilder json(Reading r) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        o.add("kind", r.kind().key());
        o.add("firstLine", r.firstLine());
        o.add("lastLine", r.lastLine());
        o.add("rows", r.rows());
        o.add("papers", r.papers());
        o.add("repeats", r.repeats());
        o.add("rejected", r.rejected());
        if (r.kind() == Reading.Kind.LIST) {
            o.add("prose", r.prose());
            JsonObjectBuilder links = Json.createObjectBuilder();
            links.add("paper", r.rows());
            links.add("code", r.withCode());
            links.add("other", r.withOtherLinks());
            o.add("links", links);
        } else {
            o.add("paperColumn", r.hasPaperColumn());
            JsonArrayBuilder headers = Json.createArrayBuilder();
            r.headers().forEach(headers::add);
            o.add("headers", headers);
            JsonArrayBuilder columns = Json.createArrayBuilder();
            for (Reading.ColumnRole c : r.columns()) {
                JsonObjectBuilder col = Json.createObjectBuilder();
                col.add("position", c.position());
                col.add("header", c.header());
                if (c.role() != null) col.add("role", c.role());
                col.add("reason", c.reason());
                columns.add(col);
            }
            o.add("columns", columns);
        }
        return o;
    }

    /** JSON indented for people (the {@code --json} outputs of inspect and stats). */
    static String pretty(JsonStructure json) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.write(json);
        }
        return out.toString();
    }
}
