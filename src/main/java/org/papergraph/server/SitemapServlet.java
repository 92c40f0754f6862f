package org.papergraph.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.papergraph.server.html.Html;
import org.papergraph.store.views.PaperViews;

/**
 * {@code /sitemap.xml}: every topic and paper page, as absolute URLs under the server's public base (configured,
 * never taken from the request, since the sitemap is cached publicly). Sitemaps hold at most 50,000 URLs, so a larger
 * dataset gets a sitemap index whose parts are {@code /sitemap.xml?part=N}.
 */
final class SitemapServlet extends ReadOnlyServlet {
    static final int PER_SITEMAP = 50_000;
    private final Site site;

    SitemapServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String part = req.getParameter("part");
        if (site.generation().notModified(req, resp, part == null ? "sitemap" : "sitemap-" + Pages.pageNumber(part))) return;
        PaperViews views = site.views();
        List<Node> pages = new ArrayList<>(views.topicsByCount());
        pages.addAll(views.newest(0, views.paperCount()));
        String root = site.publicBase;
        resp.setContentType("application/xml; charset=utf-8");
        PrintWriter out = resp.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        int parts = (pages.size() + 1 + PER_SITEMAP - 1) / PER_SITEMAP;
        if (part == null && parts > 1) {
            out.println("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
            for (int i = 1; i <= parts; i++) out.println("<sitemap><loc>" + Html.esc(root + "sitemap.xml?part=" + i) + "</loc></sitemap>");
            out.println("</sitemapindex>");
            return;
        }
        int n = part == null ? 1 : Pages.pageNumber(part);
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        if (n == 1) out.println("<url><loc>" + Html.esc(root) + "</loc></url>");
        int from = Math.max(0, (n - 1) * PER_SITEMAP - 1), to = Math.min(pages.size(), n * PER_SITEMAP - 1);
        String lastmod = site.generation().lastModified().toString().substring(0, 10);
        for (int i = from; i < to; i++)
            out.println("<url><loc>" + Html.esc(root + site.href(pages.get(i)).substring(1)) + "</loc><lastmod>" + lastmod + "</lastmod></url>");
        out.println("</urlset>");
    }

    @Override
    void describe(ApiPaths api) {
        api.get("/sitemap.xml", "Every topic and paper page, for crawlers (a sitemap index past " + PER_SITEMAP + " pages)")
                .queryParam("part", ApiPaths.integer(1), "A part of a sitemap index")
                .answers(200, "The sitemap, or the index of its parts", List.of("application/xml"))
                .revalidated();
    }
}
