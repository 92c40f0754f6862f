package org.papergraph.convert;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * The account of a conversion: every table row and every list item that links a paper is a paper, a repeat listing
 * of a paper already seen, or a rejection, and the three add up to the rows; list items that link no paper are
 * counted as prose. Problems go to the listener as they happen and are kept for
 * {@code --report}.
 */
public final class Report {
    private final Consumer<Problem> listener;
    private final List<Problem> problems = new ArrayList<>();
    private volatile int rows; // read by progress displays on other threads
    private int papers, repeats, rejected, warnings, errors, prose, topics;

    public Report(Consumer<Problem> listener) { this.listener = listener; }

    void add(Problem p) {
        switch (p.kind()) {
            case REJECTED -> { rejected++; rows++; }
            case WARNING -> warnings++;
            case ERROR -> errors++;
        }
        problems.add(p);
        listener.accept(p);
    }

    void paper() { rows++; papers++; }

    void repeat() { rows++; repeats++; }

    /** A row of the topics file that curates a topic: no paper row, so counted apart from the rows. */
    void topic() { topics++; }

    /** A rejected row whose problem is told with others' (a table with no paper column): counted, not listed. */
    void rejectedUntold() { rows++; rejected++; }

    /** A list item that links no paper: counted apart from the rows. */
    void countProse() { prose++; }

    public int rows() { return rows; }
    public int papers() { return papers; }
    public int repeats() { return repeats; }
    public int rejected() { return rejected; }
    public int warnings() { return warnings; }
    public int errors() { return errors; }
    public int prose() { return prose; }
    public int topics() { return topics; }
    public List<Problem> problems() { return List.copyOf(problems); }

    /** "33 rows: 33 papers, 0 rejected, 0 warnings", with repeats and unreadable files when there are any. */
    public String account() {
        if (topics > 0 && rows == rejected && papers == 0) // the topics file alone: "4 topics, 0 rejected, 0 warnings"
            return plural(topics, "topic") + ", " + rejected + " rejected, " + plural(warnings, "warning");
        StringBuilder s = new StringBuilder(plural(rows, "row")).append(": ").append(plural(papers, "paper"));
        if (repeats > 0) s.append(", ").append(plural(repeats, "repeat listing"));
        s.append(", ").append(rejected).append(" rejected, ").append(plural(warnings, "warning"));
        if (errors > 0) s.append(", ").append(plural(errors, "unreadable file"));
        if (prose > 0) s.append("; ").append(plural(prose, "list item")).append(" with no paper link (prose)");
        if (topics > 0) s.append("; ").append(plural(topics, "topic")).append(" curated");
        return s.toString();
    }

    private static String plural(int n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }

    /** Writes every problem and the account: JSON when the name ends in .json, else one line each. */
    public void write(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase().endsWith(".json")) {
            JsonObjectBuilder root = Json.createObjectBuilder();
            root.add("rows", rows);
            root.add("papers", papers);
            root.add("repeats", repeats);
            root.add("rejected", rejected);
            root.add("warnings", warnings);
            root.add("errors", errors);
            root.add("prose", prose);
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (Problem p : problems) {
                JsonObjectBuilder o = Json.createObjectBuilder();
                o.add("kind", p.kind().label);
                o.add("file", p.file());
                o.add("line", p.line());
                o.add("message", p.message());
                list.add(o);
            }
            root.add("problems", list);
            StringWriter json = new StringWriter();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
                w.write(root.build());
            }
            Files.writeString(file, json + "\n");
        } else {
            List<String> lines = new ArrayList<>();
            for (Problem p : problems) lines.add(p.toString());
            lines.add(account());
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
    }
}
