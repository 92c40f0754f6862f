package org.papergraph.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpStatus;
import org.papergraph.server.html.Html;

/** The page for an error answer: what went wrong, and where to go instead. */
final class ErrorPage {
    private ErrorPage() {}

    private static final Pattern ARXIV_ID = Pattern.compile("(\\d{4}\\.\\d{4,5})(v\\d+)?");

    static String render(int status, String why, String path) {
        Html h = new Html().begin(HttpStatus.getMessage(status));
        h.tag("h1", heading(status)).tag("p", why);
        h.raw("<ul>");
        Matcher m = ARXIV_ID.matcher(path);
        if (m.find() && !path.equals("/paper/" + m.group(1)))
            h.raw("<li>Looking for arXiv paper ").text(m.group(1)).raw("? Try ").link("/paper/" + m.group(1), "/paper/" + m.group(1)).raw(".</li>");
        h.raw("<li>Papers are at <code>/paper/{arXiv id}</code>, topics at <code>/topic/{name}</code>: see ")
         .link("/topics", "all topics").raw(" or the ").link("/", "latest papers").raw(".</li>");
        h.raw("<li>Ask anything with SPARQL at ").link("/sparql", "/sparql").raw(".</li></ul>");
        return h.end().toString();
    }

    private static String heading(int status) {
        return switch (status) {
            case 404 -> "Nothing here";
            case 400 -> "Not a request this site can answer";
            case 405 -> "Not something this address does";
            case 406 -> "Not in a format this address has";
            case 503 -> "Busy: try again shortly";
            default -> HttpStatus.getMessage(status);
        };
    }
}
