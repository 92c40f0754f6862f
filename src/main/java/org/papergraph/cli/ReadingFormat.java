package org.papergraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
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

    static JsonObject json(Map<String, List<Reading>> byFile, Report report) {
        JsonArray files = new JsonArray();
        for (var file : byFile.entrySet()) {
            JsonArray blocks = new JsonArray();
            for (Reading r : file.getValue()) blocks.add(json(r));
            JsonObject f = new JsonObject();
            f.put("file", file.getKey());
            f.put("blocks", blocks);
            files.add(f);
        }
        JsonObject root = new JsonObject();
        root.put("files", files);
        root.put("account", report.account());
        return root;
    }

    private static JsonObject json(Reading r) {
        JsonObject o = new JsonObject();
        o.put("kind", r.kind().key());
        o.put("firstLine", r.firstLine());
        o.put("lastLine", r.lastLine());
        o.put("rows", r.rows());
        o.put("papers", r.papers());
        o.put("repeats", r.repeats());
        o.put("rejected", r.rejected());
        if (r.kind() == Reading.Kind.LIST) {
            o.put("prose", r.prose());
            JsonObject links = new JsonObject();
            links.put("paper", r.rows());
            links.put("code", r.withCode());
            links.put("other", r.withOtherLinks());
            o.put("links", links);
        } else {
            o.put("paperColumn", r.hasPaperColumn());
            JsonArray headers = new JsonArray();
            r.headers().forEach(headers::add);
            o.put("headers", headers);
            JsonArray columns = new JsonArray();
            for (Reading.ColumnRole c : r.columns()) {
                JsonObject col = new JsonObject();
                col.put("position", c.position());
                col.put("header", c.header());
                if (c.role() != null) col.put("role", c.role());
                col.put("reason", c.reason());
                columns.add(col);
            }
            o.put("columns", columns);
        }
        return o;
    }
}
