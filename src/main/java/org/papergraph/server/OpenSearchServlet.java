package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.papergraph.server.html.Html;

/**
 * {@code /opensearch.xml}: the OpenSearch description every page names in its head, so a browser can add the
 * search to its own: the search page, its JSON, and the suggestions, at the public base.
 */
final class OpenSearchServlet extends ReadOnlyServlet {
    static final String MEDIA_TYPE = "application/opensearchdescription+xml";

    private final Site site;
    private final byte[] body;

    OpenSearchServlet(Site site) {
        this.site = site;
        this.body = description(site.publicBase).getBytes(StandardCharsets.UTF_8);
    }

    static String description(String publicBase) {
        String base = Html.esc(publicBase), search = base + SearchAddress.PATH.substring(1);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
                + "  <ShortName>papergraph</ShortName>\n"
                + "  <Description>The papers of curated research-paper lists: titles, abstracts, authors and topics</Description>\n"
                + "  <InputEncoding>UTF-8</InputEncoding>\n"
                + "  <Url type=\"text/html\" method=\"get\" template=\"" + search + "?q={searchTerms}&amp;page={startPage?}\"/>\n"
                + "  <Url type=\"" + SearchServlet.JSON + "\" method=\"get\" template=\"" + search + ".json?q={searchTerms}&amp;page={startPage?}\"/>\n"
                + "  <Url type=\"" + SuggestServlet.MEDIA_TYPE + "\" method=\"get\" template=\"" + base
                + SuggestServlet.PATH.substring(1) + "?q={searchTerms}\"/>\n"
                + "  <Url type=\"" + MEDIA_TYPE + "\" rel=\"self\" template=\"" + base + Html.OPENSEARCH.substring(1) + "\"/>\n"
                + "</OpenSearchDescription>\n";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (site.generation().notModified(req, resp, "opensearch")) return;
        resp.setContentType(MEDIA_TYPE + "; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    @Override
    void describe(ApiPaths api) {
        api.get(Html.OPENSEARCH, "The OpenSearch description, so a browser can add the search")
                .answers(200, "The description", java.util.List.of(MEDIA_TYPE));
    }
}
