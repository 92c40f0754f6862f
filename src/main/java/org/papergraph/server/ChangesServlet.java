package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.papergraph.server.html.Html;
import org.papergraph.store.SourceRecord;
import org.papergraph.store.views.PaperViews;

/**
 * {@code /changes}: what is new, as the loads saw it: each listing added or changed, last changed first
 * ({@code ?page=N}), with its paper and its source. The whole site's feed is its alternate.
 */
final class ChangesServlet extends ReadOnlyServlet {
    static final String PATH = "/changes";
    static final int PER_PAGE = 50;
    private final Site site;

    ChangesServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int page = Pages.pageNumber(req.getParameter("page"));
        if (site.generation().notModified(req, resp, "changes-p" + page)) return;
        byte[] body = Txn.calculateRead(site.dataset(), () -> render(page)).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Rendered inside a read transaction. */
    String render(int page) {
        PaperViews views = site.views();
        List<PaperViews.Change> changes = views.changes((page - 1) * PER_PAGE, PER_PAGE);
        Map<Node, String> sources = new HashMap<>();
        for (SourceRecord s : site.sources()) sources.put(s.source(), s.path());
        Html h = new Html().begin("What is new", AtomFeed.MEDIA_TYPE, FeedServlet.of("/"));
        h.tag("h1", "What is new");
        h.raw("<p class=\"meta\">").text("Listings as each load found them, last added or changed first. ")
         .link(FeedServlet.of("/"), "Newly listed papers as an Atom feed").raw("</p>");
        h.raw("<ul class=\"papers\">");
        Graph union = site.dataset().getUnionGraph();
        for (PaperViews.Change c : changes) {
            h.raw("<li><span class=\"count\">").text(shown(c.changed()) + (c.isNew() ? " listed" : " changed")).raw("</span> ");
            Pages.paperLink(h, site, union, c.paper());
            h.raw(" <span class=\"count\">in ").link(site.href(c.source()), sources.getOrDefault(c.source(), c.source().getURI()))
             .raw("</span></li>");
        }
        h.raw("</ul>");
        if (changes.isEmpty()) h.tag("p", "meta", page == 1 ? "Nothing is listed yet." : "No such page.");
        Pages.pager(h, page, views.changeCount(), PER_PAGE);
        return h.end().toString();
    }

    /** A time as a reader reads it: to the minute, in UTC. */
    private static String shown(Instant t) { return t.toString().substring(0, 16).replace('T', ' ') + " UTC"; }

    @Override
    void describe(ApiPaths api) {
        api.get(PATH, "What is new: listings added or changed, last first, " + PER_PAGE + " a page")
                .queryParam("page", ApiPaths.integer(1), "The page, from 1")
                .answers(200, "The page", List.of("text/html"))
                .revalidated();
    }
}
