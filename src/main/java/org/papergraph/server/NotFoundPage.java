package org.papergraph.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.server.html.Html;

/** The page for an address that names nothing here: what went wrong, and where to go instead. */
final class NotFoundPage {
    private NotFoundPage() {}

    private static final Pattern ARXIV_ID = Pattern.compile("(\\d{4}\\.\\d{4,5})(v\\d+)?");

    static String render(Site site, int status, String why, String path) {
        Html h = new Html().begin(status == 404 ? "Not found" : "Bad address");
        h.tag("h1", status == 404 ? "Nothing here" : "Not an address of this dataset").tag("p", why);
        h.raw("<ul>");
        Matcher m = ARXIV_ID.matcher(path);
        if (m.find() && !path.equals("/paper/" + m.group(1)))
            h.raw("<li>Looking for arXiv paper ").text(m.group(1)).raw("? Try ").link("/paper/" + m.group(1), "/paper/" + m.group(1)).raw(".</li>");
        h.raw("<li>Papers are at <code>/paper/{arXiv id}</code>, topics at <code>/topic/{name}</code>: see ")
         .link("/topics", "all topics").raw(" or the ").link("/", "latest papers").raw(".</li>");
        h.raw("<li>Ask anything with SPARQL at ").link("/sparql", "/sparql").raw(".</li></ul>");
        return h.end().toString();
    }
}
