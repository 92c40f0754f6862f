package org.papergraph.server;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.papergraph.query.CannedQuery;
import org.papergraph.query.QueryCatalog;
import org.papergraph.rdf.ProjectFiles;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.html.Html;

/**
 * The SPARQL editor a browser gets at {@code /sparql}: YASGUI ({@link Assets}) on the read-only endpoint, with
 * papergraph's prefixes, the classes and properties its ontology and shapes name (for completion, so YASGUI need not
 * ask a vocabulary service elsewhere), and the canned queries as tabs, their parameters bound to their defaults.
 * Without JavaScript the page is a plain form. The page is the same for every request, so it is made once.
 */
final class EditorPage {
    /** What the page's scripts may do: this server's files and endpoint, nothing else (YASGUI styles inline). */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** The canned queries shown first; the others follow by name. */
    private static final List<String> FIRST = List.of("latest", "topics", "papers-on-topic", "search");

    private final String html;

    EditorPage(Site site, Assets assets) {
        List<CannedQuery> examples = QueryCatalog.shipped().all().stream()
                .sorted(Comparator.comparingInt((CannedQuery q) -> FIRST.contains(q.name()) ? FIRST.indexOf(q.name()) : FIRST.size())
                        .thenComparing(CannedQuery::name))
                .toList();
        String base = site.iris.base();
        Html h = new Html().stylesheet(assets.href("yasgui.min.css")).stylesheet(assets.href("editor.css"))
                .script(assets.href("yasgui.min.js")).script(assets.href("editor.js"))
                .canonical(site.publicBase + "sparql").begin("SPARQL editor");
        h.tag("h1", "SPARQL editor");
        h.raw("<p class=\"meta\">Queries go to the read-only endpoint <code>/sparql</code> (also <code>/papers/sparql</code>, ")
         .link(Server.DATASET + "/query", "its service description").raw("). Ctrl-Space completes prefixes, papergraph's terms and variables; ")
         .raw("each tab is one of the ").link("/queries", "canned queries").raw(", its parameters set to their defaults.</p>");
        h.raw("<div id=\"editor\"></div><noscript><form action=\"/sparql\" method=\"get\">")
         .raw("<textarea name=\"query\" rows=\"12\" aria-label=\"SPARQL query\">").text(text(examples.get(0), base)).raw("</textarea>")
         .raw("<p><label>Results as <select name=\"format\"><option value=\"json\">JSON</option><option value=\"xml\">XML</option>")
         .raw("<option value=\"csv\">CSV</option><option value=\"tsv\">TSV</option></select></label> <button type=\"submit\">Run</button></p></form></noscript>");
        h.json("editor-config", config(site, examples, base));
        this.html = h.end().toString();
    }

    String html() { return html; }

    private static String config(Site site, List<CannedQuery> examples, String base) {
        JsonObjectBuilder prefixes = Json.createObjectBuilder();
        site.prefixes.forEach(prefixes::add);
        JsonArrayBuilder queries = Json.createArrayBuilder();
        for (CannedQuery q : examples) queries.add(Json.createObjectBuilder().add("name", q.name()).add("title", q.title()).add("query", text(q, base)));
        Graph ontology = ProjectFiles.ontology(), shapes = ProjectFiles.shapes();
        return Json.createObjectBuilder()
                .add("endpoint", "/sparql")
                .add("prefixes", prefixes)
                .add("examples", queries)
                .add("classes", Json.createArrayBuilder(terms(ontology, shapes, List.of(Vocab.OWL + "Class", Vocab.RDFS + "Class"), Vocab.SH + "targetClass")))
                .add("properties", Json.createArrayBuilder(terms(ontology, shapes,
                        List.of(Vocab.OWL + "ObjectProperty", Vocab.OWL + "DatatypeProperty", Vocab.OWL + "AnnotationProperty", Vocab.RDF + "Property"),
                        Vocab.SH + "path")))
                .build().toString();
    }

    /** A canned query as the editor shows it: its header comments, then the query with its parameters' defaults put in. */
    private static String text(CannedQuery q, String base) {
        StringBuilder header = new StringBuilder();
        for (String line : q.text().split("\\R")) {
            if (!line.startsWith("#")) break;
            header.append(line).append('\n');
        }
        header.append("# (parameters set to their defaults)\n");
        return header + CannedQuery.bind(q.query(base), q.bindings(Map.of(), base)).serialize();
    }

    /** The IRIs the ontology declares of one of {@code types}, and those the shapes name by {@code shapePredicate}. */
    private static List<String> terms(Graph ontology, Graph shapes, List<String> types, String shapePredicate) {
        TreeSet<String> out = new TreeSet<>();
        for (String type : types)
            ontology.find(Node.ANY, Vocab.TYPE, NodeFactory.createURI(type))
                    .forEachRemaining(t -> { if (t.getSubject().isURI()) out.add(t.getSubject().getURI()); });
        shapes.find(Node.ANY, NodeFactory.createURI(shapePredicate), Node.ANY)
                .forEachRemaining(t -> { if (t.getObject().isURI()) out.add(t.getObject().getURI()); });
        return List.copyOf(out);
    }
}
