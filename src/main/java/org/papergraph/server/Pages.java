package org.papergraph.server;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.papergraph.cite.CitationFormat;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.html.Html;

/** Pieces every page shares: links to a resource's other formats and citations, its canonical URL, a paper as a list item. */
final class Pages {
    private Pages() {}

    /** The alternate formats of a resource at {@code path}, as (type, href) pairs for the page head. */
    static String[] alternates(String path) {
        List<DocFormat> rdf = DocFormat.rdfFormats();
        String[] out = new String[rdf.size() * 2];
        for (int i = 0; i < rdf.size(); i++) {
            out[2 * i] = rdf.get(i).mediaType;
            out[2 * i + 1] = path + "." + rdf.get(i).extension;
        }
        return out;
    }

    /** A link to each of the resource's RDF documents, named by the registry's label. */
    static void formatLinks(Html h, String path) {
        for (DocFormat f : DocFormat.rdfFormats()) h.link(path + "." + f.extension, f.rdf.label());
    }

    /** A link to each of the citation files of a paper, a topic or a source, named by the registry's label. */
    static void citationLinks(Html h, String path) {
        for (CitationFormat f : CitationFormat.values()) h.link(path + "." + f.extension(), f.label());
    }

    /**
     * The page's canonical URL: its HTML document's under the public base (where the sitemap's and VoID's links
     * are), with the page of a long list beyond the first.
     */
    static String canonical(Site site, String path, int page) {
        return site.publicBase + path.substring(1) + "." + DocFormat.HTML.extension + (page > 1 ? "?page=" + page : "");
    }

    /** A paper's title linked to its page, and its date; looked up in the store (inside the caller's transaction). */
    static void paperLink(Html h, Site site, Graph union, Node paper) {
        String title = Describer.first(union, paper, Vocab.TITLE).map(Node::getLiteralLexicalForm).orElse(paper.getLocalName());
        String date = Describer.first(union, paper, Vocab.DATE).map(Node::getLiteralLexicalForm).orElse("");
        h.link(site.href(paper), title);
        if (!date.isEmpty()) h.raw(" <span class=\"count\">").text(date).raw("</span>");
    }

    /** Links to the newer and older pages of a long list, when it has more than one. */
    static void pager(Html h, int page, int count, int perPage) {
        int pages = (count + perPage - 1) / perPage;
        if (pages <= 1) return;
        h.raw("<p class=\"formats\">");
        if (page > 1) h.link("?page=" + (page - 1), "← newer");
        h.text(" page " + page + " of " + pages + " ");
        if (page < pages) h.link("?page=" + (page + 1), "older →");
        h.raw("</p>");
    }

    /** The alternates of a page that has a feed too ({@link FeedServlet}): the feed first. */
    static String[] withFeed(String feed, String... alternates) {
        String[] out = new String[alternates.length + 2];
        out[0] = AtomFeed.MEDIA_TYPE;
        out[1] = feed;
        System.arraycopy(alternates, 0, out, 2, alternates.length);
        return out;
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
