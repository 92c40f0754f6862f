package org.papergraph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.html.Charts;
import org.papergraph.server.html.Html;
import org.papergraph.store.SourceRecord;
import org.papergraph.store.views.PaperViews;

/** The home page: what the dataset holds, its topics, the latest papers, and a SPARQL form with examples. */
final class IndexPage {
    private final Site site;

    IndexPage(Site site) { this.site = site; }

    /** Rendered inside a read transaction. */
    String render() {
        PaperViews views = site.views();
        List<SourceRecord> sources = site.sources();
        Html h = new Html().begin("Research papers as linked data", AtomFeed.MEDIA_TYPE, FeedServlet.of("/"));
        h.tag("h1", "Research papers as linked data");
        String summary = views.paperCount() + " papers · " + views.topicCount() + " topics · " + sources.size()
                + " sources · " + site.triples() + " triples";
        h.tag("p", "meta", summary);
        Charts.months(h, "chart-months", "Papers per month", views.papersPerMonth());
        PaperViews.Share code = views.withCode(null);
        Charts.share(h, "chart-code", "Papers with code", code.withCode(), code.of());
        h.tag("h2", "Topics").raw("<ul class=\"chips\">");
        for (Node t : views.topicsByCount().stream().limit(40).toList())
            h.raw("<li>").link(site.href(t), views.label(t) + " (" + views.count(t) + ")").raw("</li>");
        h.raw("</ul>");
        if (views.topicCount() > 40) h.raw("<p>").link("/topics", "All " + views.topicCount() + " topics").raw("</p>");

        h.tag("h2", "Latest papers").raw("<ul class=\"papers\">");
        Graph union = site.dataset().getUnionGraph();
        for (Node p : views.newest(0, 20)) {
            h.raw("<li>");
            Pages.paperLink(h, site, union, p);
            h.raw("</li>");
        }
        h.raw("</ul><p>").link(ChangesServlet.PATH, "What is new").text(" · ").link(FeedServlet.of("/"), "Newly listed (Atom feed)").raw("</p>");

        h.tag("h2", "Sources").raw("<ul>");
        for (SourceRecord s : sources)
            h.raw("<li>").link(site.href(s.source()), s.path()).raw(" <span class=\"count\">").text(s.papers() + " papers").raw("</span></li>");
        h.raw("</ul>");

        sparqlForm(h, views);
        h.tag("h2", "Data").raw("<p class=\"formats\">").link("/dumps/papers.ttl.gz", "Turtle dump")
         .link("/dumps/papers.nq.gz", "N-Quads dump").link("/dumps/papers.jsonld", "JSON-LD dump")
         .link("/context.jsonld", "JSON-LD context").link("/queries", "Canned queries")
         .link("/.well-known/void", "Dataset description (VoID)").link(OpenApiServlet.PATH, "HTTP API (OpenAPI)")
         .link("/sitemap.xml", "Sitemap").link("/ontology", "Ontology").raw("</p>");
        h.jsonLd(SchemaOrg.dataset(site, summary));
        return h.end().toString();
    }

    private void sparqlForm(Html h, PaperViews views) {
        String topic = views.topicsByCount().isEmpty() ? "Alignment" : views.label(views.topicsByCount().get(0));
        Map<String, String> examples = new java.util.LinkedHashMap<>();
        examples.put("Topics with their paper counts", PREFIXES
                + "SELECT ?topic (COUNT(?paper) AS ?papers) WHERE {\n  ?paper dcterms:subject ?t .\n  ?t skos:prefLabel ?topic .\n}\nGROUP BY ?topic ORDER BY DESC(?papers)");
        examples.put("The ten latest papers", PREFIXES
                + "SELECT ?paper ?date ?title WHERE {\n  ?paper a schema:ScholarlyArticle ; dcterms:title ?title ; dcterms:date ?date .\n}\nORDER BY DESC(?date) LIMIT 10");
        examples.put("Papers on " + topic, PREFIXES
                + "SELECT ?paper ?title WHERE {\n  ?t skos:prefLabel " + sparqlString(topic) + " .\n  ?paper dcterms:subject ?t ; dcterms:title ?title .\n}");
        h.raw("<h2 id=\"sparql\">SPARQL</h2><form action=\"/papers/sparql\" method=\"get\">")
         .raw("<textarea name=\"query\" rows=\"9\" aria-label=\"SPARQL query\">").text(examples.values().iterator().next()).raw("</textarea>")
         .raw("<p><label>Results as <select name=\"format\"><option value=\"json\">JSON</option><option value=\"xml\">XML</option>")
         .raw("<option value=\"csv\">CSV</option><option value=\"tsv\">TSV</option></select></label> <button type=\"submit\">Run</button></p></form>");
        h.raw("<p>Examples (the endpoint is <code>/papers/sparql</code>, also <code>/sparql</code>, where a browser gets ")
         .link("/sparql", "an editor with completion and the canned queries").raw("):</p><ul>");
        examples.forEach((title, q) -> h.raw("<li>").link("/papers/sparql?format=csv&query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), title).raw("</li>"));
        h.raw("</ul>");
    }

    private static String sparqlString(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    private static final String PREFIXES = "PREFIX dcterms: <" + Vocab.DCTERMS + ">\nPREFIX skos: <" + Vocab.SKOS
            + ">\nPREFIX schema: <" + Vocab.SCHEMA + ">\n";
}
