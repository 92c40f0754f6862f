package org.papergraph.validate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Prefixes;
import org.papergraph.rdf.ProjectFiles;
import org.papergraph.rdf.Vocab;

/**
 * Checks converted data against {@code ontology/shapes.ttl} and says what is wrong where a curator can fix it: each
 * result names the source file and line of the row behind the resource, when there is one.
 */
public final class Validator {
    private final Shapes shapes;
    private final PrefixMap prefixes;

    public Validator(Iris iris) {
        this.shapes = Shapes.parse(ProjectFiles.shapes());
        this.prefixes = Prefixes.of(iris);
    }

    public int shapeCount() { return shapes.numShapes(); }

    public ValidationReport validate(Graph data) { return ShaclValidator.get().validate(shapes, data); }

    /** One line per result: {@code file:line: severity: resource path: message}. */
    public List<String> describe(ValidationReport report, Graph data) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String where = locate(e.focusNode(), data);
            String path = e.resultPath() == null ? "" : " " + e.resultPath().toString(new Prologue(org.apache.jena.riot.system.Prefixes.adapt(prefixes)));
            String severity = e.severity().level().getLocalName().toLowerCase();
            lines.add((where.isEmpty() ? "" : where + ": ") + severity + ": " + prefixes.abbreviate(uri(e.focusNode()))
                    + path + ": " + e.message());
        }
        return lines;
    }

    private static String uri(Node n) { return n.isURI() ? n.getURI() : n.toString(); }

    /** The file and line of a row behind a resource: a listing's own, or that of a listing of the paper or topic. */
    private String locate(Node focus, Graph data) {
        Node listing = focus;
        if (!data.contains(focus, Vocab.SOURCE_LINE, Node.ANY)) {
            listing = first(data, Node.ANY, Vocab.LISTING_OF, focus);
            if (listing == null) listing = first(data, Node.ANY, Vocab.SUBJECT, focus);
            if (listing == null) return "";
        }
        Node line = object(data, listing, Vocab.SOURCE_LINE);
        Node source = object(data, listing, Vocab.WAS_DERIVED_FROM);
        Node path = source == null ? null : object(data, source, Vocab.PATH);
        if (line == null || path == null) return "";
        return path.getLiteralLexicalForm() + ":" + line.getLiteralLexicalForm();
    }

    private static Node first(Graph g, Node s, Node p, Node o) {
        var it = g.find(s, p, o);
        try {
            return it.hasNext() ? it.next().getSubject() : null;
        } finally {
            it.close();
        }
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

}
