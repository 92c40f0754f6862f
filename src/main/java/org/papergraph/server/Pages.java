package org.papergraph.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.html.Html;

/** Pieces every page shares: links to a resource's other formats, a paper as a list item. */
final class Pages {
    private Pages() {}

    /** The alternate formats of a resource at {@code path}, as (type, href) pairs for the page head. */
    static String[] alternates(String path) {
        DocFormat[] rdf = {DocFormat.TURTLE, DocFormat.JSONLD, DocFormat.NTRIPLES, DocFormat.RDFXML};
        String[] out = new String[rdf.length * 2];
        for (int i = 0; i < rdf.length; i++) {
            out[2 * i] = rdf[i].mediaType;
            out[2 * i + 1] = path + "." + rdf[i].extension;
        }
        return out;
    }

    static void formatLinks(Html h, String path) {
        h.link(path + ".ttl", "Turtle").link(path + ".jsonld", "JSON-LD").link(path + ".nt", "N-Triples").link(path + ".rdf", "RDF/XML");
    }

    /** A paper's title linked to its page, and its date; looked up in the store (inside the caller's transaction). */
    static void paperLink(Html h, Site site, Graph union, Node paper) {
        String title = Describer.first(union, paper, Vocab.TITLE).map(Node::getLiteralLexicalForm).orElse(paper.getLocalName());
        String date = Describer.first(union, paper, Vocab.DATE).map(Node::getLiteralLexicalForm).orElse("");
        h.link(site.href(paper), title);
        if (!date.isEmpty()) h.raw(" <span class=\"count\">").text(date).raw("</span>");
    }

    /** Which page of a long list a request asks for ({@code ?page=2}); 1 when absent or malformed. */
    static int pageNumber(String param) {
        try {
            return param == null ? 1 : Math.max(1, Math.min(1_000_000, Integer.parseInt(param)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
