package org.papergraph.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.markdown.Cell;
import org.papergraph.markdown.Row;
import org.papergraph.markdown.SourceError;
import org.papergraph.markdown.TableReader;
import org.papergraph.rdf.Vocab;

/**
 * The curation file beside the lists, {@code topics.md} (a table: {@code | Topic | Also written as | Broader |},
 * optionally {@code Exact match} and {@code Close match}; several values in a cell separated by {@code ;}) or
 * {@code topics.ttl} (SKOS Turtle: each concept's {@code skos:prefLabel}, {@code altLabel}s, {@code broader} and
 * matches). Both read into the same {@link Curated} topics, checked alike; a bad row is one problem naming its line.
 */
public final class TopicsFile {
    /** A kept topic: its label, the spellings merged into it, its broader topics' labels, its matches, its line. */
    public record Curated(String label, List<String> spellings, List<String> broader, List<String> exactMatch,
                          List<String> closeMatch, int line) {}

    private static final Pattern NAME = Pattern.compile("(?i)topics\\.(md|markdown|ttl)");
    private static final Pattern SEPARATOR = Pattern.compile(";");
    private static final Pattern IRI = Pattern.compile("(?i)https?://\\S+");

    private final String file;
    private final Consumer<Problem> problems;
    private final List<Problem> found = new ArrayList<>();   // told in line order once the file is read

    TopicsFile(String file, Consumer<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Whether a source may be the topics file: it is known by its name, {@code topics.md} or {@code topics.ttl}. */
    public static boolean isTopicsFile(String fileName) { return NAME.matcher(fileName).matches(); }

    static final int PEEK = 1 << 16;
    private static final Pattern CURATION_HEADER = Pattern.compile("(?im)^\\s*\\|?\\s*\\**topic\\**\\s*\\|\\s*\\**(also written as|broader)\\b");

    /**
     * Whether a file so named is a curation: Turtle, or Markdown whose first 64 KiB hold a table headed
     * {@code | Topic | Also written as |} or {@code | Topic | Broader |}; else it is a paper list like any other.
     * The stream is left where it was.
     */
    static boolean isCuration(String fileName, java.io.BufferedInputStream in) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".ttl")) return true;
        try {
            in.mark(PEEK);
            byte[] head = in.readNBytes(PEEK);
            in.reset();
            return CURATION_HEADER.matcher(new String(head, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;   // read as a list, which tells what cannot be read
        }
    }

    /** Reads the file, Markdown or Turtle by its name, and checks it: what it curates, bad rows left out and told. */
    List<Curated> read(String fileName, InputStream in, String base) throws IOException {
        byte[] bytes = in.readAllBytes();
        List<Curated> rows = fileName.toLowerCase(Locale.ROOT).endsWith(".ttl") ? turtle(bytes, base) : markdown(bytes);
        List<Curated> out = checked(rows);
        found.stream().sorted(Comparator.comparingInt(Problem::line)).forEach(problems);
        return out;
    }

    // ---- topics.md ----

    private List<Curated> markdown(byte[] bytes) {
        List<Curated> out = new ArrayList<>();
        try (TableReader reader = new TableReader(new java.io.ByteArrayInputStream(bytes))) {
            for (TableReader.Batch b; (b = reader.next()) != null; ) {
                b.notices().forEach(n -> found.add(new Problem(Problem.Kind.WARNING, file, n.line(), n.message())));
                for (Row row : b.rows()) {
                    if (row.isListItem()) continue;
                    List<String> headers = row.table().headers().stream().map(h -> Column.normalise(h)).toList();
                    int topic = headers.indexOf("topic");
                    if (topic < 0) {
                        reject(row.line(), "a table with no Topic column (headers: " + String.join(", ", row.table().headers())
                                + "); a topics table's header is | Topic | Also written as | Broader |");
                        continue;
                    }
                    out.add(new Curated(row.cell(topic).text().strip(), values(row, headers.indexOf("also written as")),
                            values(row, headers.indexOf("broader")), iris(row, headers.indexOf("exact match")),
                            iris(row, headers.indexOf("close match")), row.line()));
                }
            }
        }
        return out;
    }

    private static List<String> values(Row row, int column) {
        List<String> out = new ArrayList<>();
        if (column < 0) return out;
        for (String v : SEPARATOR.split(row.cell(column).text())) if (!v.isBlank()) out.add(v.strip());
        return out;
    }

    /** A match cell: its links, else its text split at {@code ;}. */
    private static List<String> iris(Row row, int column) {
        if (column < 0) return List.of();
        Cell c = row.cell(column);
        return c.links().isEmpty() ? values(row, column) : List.copyOf(c.links());
    }

    // ---- topics.ttl ----

    private List<Curated> turtle(byte[] bytes, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new java.io.ByteArrayInputStream(bytes)).lang(Lang.TURTLE).base(base)
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(g);
        } catch (RiotException e) {
            Matcher m = Pattern.compile("line: (\\d+)").matcher(String.valueOf(e.getMessage()));
            throw new SourceError(m.find() ? Integer.parseInt(m.group(1)) : 0, "not Turtle: " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Map<Node, String> labels = new HashMap<>();
        g.find(Node.ANY, Vocab.PREF_LABEL, Node.ANY).forEach(t -> labels.merge(t.getSubject(), t.getObject().getLiteralLexicalForm(),
                (a, b) -> a.compareTo(b) <= 0 ? a : b));
        List<Curated> out = new ArrayList<>();
        for (Map.Entry<Node, String> e : labels.entrySet()) {
            Node c = e.getKey();
            List<String> broader = new ArrayList<>();
            for (Node b : objects(g, c, Vocab.BROADER)) {
                if (labels.containsKey(b)) broader.add(labels.get(b));
                else reject(lineOf(text, e.getValue()), "the broader topic " + b + " of \"" + e.getValue() + "\" has no skos:prefLabel in this file");
            }
            // skos:narrower said the other way round is the same arrangement.
            for (Triple t : g.find(Node.ANY, Vocab.NARROWER, c).toList())
                if (labels.containsKey(t.getSubject()) && !broader.contains(labels.get(t.getSubject()))) broader.add(labels.get(t.getSubject()));
            out.add(new Curated(e.getValue(), lexicals(objects(g, c, Vocab.ALT_LABEL)), broader,
                    uris(objects(g, c, Vocab.EXACT_MATCH)), uris(objects(g, c, Vocab.CLOSE_MATCH)), lineOf(text, e.getValue())));
        }
        out.sort(Comparator.comparingInt(Curated::line).thenComparing(Curated::label));
        return out;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private static List<String> lexicals(List<Node> nodes) {
        return nodes.stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList();
    }

    private static List<String> uris(List<Node> nodes) { return nodes.stream().map(n -> n.isURI() ? n.getURI() : n.toString()).toList(); }

    /** The line a label is first written on, quoted: where a curator would look. */
    private static int lineOf(String text, String label) {
        int at = text.indexOf("\"" + label + "\"");
        if (at < 0) return 0;
        int line = 1;
        for (int i = 0; i < at; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    // ---- the checks both forms share ----

    /** Each spelling names one kept topic: a row that would give one a second meaning is left out, and told. */
    private List<Curated> checked(List<Curated> rows) {
        Map<String, Curated> byKey = new LinkedHashMap<>();   // every key named so far → the row keeping it
        List<Curated> out = new ArrayList<>();
        rows:
        for (Curated r : rows) {
            String key = Topics.key(r.label());
            if (key.isEmpty()) { reject(r.line(), "no topic named (the Topic cell is empty)"); continue; }
            if (byKey.containsKey(key)) { reject(r.line(), alreadyNamed(r.label(), byKey.get(key))); continue; }
            Map<String, String> spellings = new LinkedHashMap<>();   // each spelling as written → its key
            for (String s : r.spellings()) {
                String k = Topics.key(s);
                if (s.equals(r.label())) continue;   // the topic's own label again: nothing to merge
                if (byKey.containsKey(k)) { reject(r.line(), alreadyNamed(s, byKey.get(k))); continue rows; }
                spellings.putIfAbsent(s, k);
            }
            for (String b : r.broader())
                if (Topics.key(b).equals(key) || spellings.containsValue(Topics.key(b))) {
                    reject(r.line(), "\"" + b + "\" cannot be broader than \"" + r.label() + "\": it is that topic");
                    continue rows;
                }
            for (String iri : concat(r.exactMatch(), r.closeMatch()))
                if (!IRI.matcher(iri).matches() || !isIri(iri)) {
                    reject(r.line(), "a match must be an http(s) IRI, not \"" + iri + "\"");
                    continue rows;
                }
            byKey.put(key, r);
            spellings.values().forEach(k -> byKey.put(k, r));
            out.add(new Curated(r.label(), List.copyOf(spellings.keySet()), List.copyOf(r.broader()), r.exactMatch(), r.closeMatch(), r.line()));
        }
        return out;
    }

    private static String alreadyNamed(String label, Curated by) {
        return "\"" + label + "\" is already " + (Topics.key(label).equals(Topics.key(by.label())) ? "a topic"
                : "written as \"" + by.label() + "\"") + " at line " + by.line() + "; a spelling names one topic";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static boolean isIri(String s) {
        try {
            return IRIx.create(s).isAbsolute();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void reject(int line, String message) { found.add(new Problem(Problem.Kind.REJECTED, file, line, message)); }
}
