package org.papergraph.server;

import java.util.List;

import org.papergraph.cite.CitationFormat;
import org.papergraph.server.html.Html;
import org.papergraph.store.views.Search;

/**
 * The search page: the papers found, their titles and the best passage of their abstracts with the words marked
 * (by the search index's highlighter, after {@link Html#esc}), the orders, the facets in force and those that
 * narrow further, and the pages (rel prev and next); every view a plain link.
 */
final class SearchPage {
    /** About how much of an abstract is shown around the words found. */
    static final int PASSAGE = 240;
    private static final String MARK = "<mark>", UNMARK = "</mark>";

    private final Site site;
    private final SearchAddress a;
    private final Search.Found found;
    private final List<SearchServlet.Hit> hits;

    SearchPage(Site site, SearchAddress address, Search.Found found, List<SearchServlet.Hit> hits) {
        this.site = site;
        this.a = address;
        this.found = found;
        this.hits = hits;
    }

    String render() {
        Html h = new Html().searched(a.q()).meta("robots", "noindex, follow");
        boolean more = found != null && (long) a.page() * a.size() < found.total();
        if (a.page() > 1) h.relation("prev", a.page(a.page() - 1).href());
        if (more) h.relation("next", a.page(a.page() + 1).href());
        String title = a.q().isEmpty() ? "Search" : "Search: " + a.q();
        h.begin(title, SearchServlet.JSON, a.href(SearchAddress.PATH + ".json"));
        h.tag("h1", title);
        if (found == null) {
            h.tag("p", "Type words from a title, an abstract, an author's name or a topic in the box above.");
            return h.end().toString();
        }
        h.raw("<p class=\"meta\">").text(found.total() + (found.total() == 1 ? " paper" : " papers"));
        h.text(" · sorted by ");
        order(h, Search.Order.RELEVANCE, "relevance");
        h.text(" | ");
        order(h, Search.Order.NEWEST, "newest");
        h.raw("</p>");
        SearchFacets facets = new SearchFacets(site, a, found, SearchAddress.PATH);
        List<SearchFacets.Value> active = facets.active();
        if (!active.isEmpty()) {
            h.raw("<ul class=\"chips active\" aria-label=\"Narrowed by\">");
            for (SearchFacets.Value v : active) {
                h.raw("<li>");
                h.link(v.href(), v.label() + " ✕");
                h.raw("</li>");
            }
            h.raw("</ul>");
        }
        results(h);
        pager(h, more);
        h.raw("<div class=\"facets\">");
        facet(h, "Topics", "topics", facets.topics());
        facet(h, a.from() != null && a.from().length() == 4 && a.from().equals(a.to()) ? "Months" : "Years", "dates", facets.dates());
        facet(h, "Code", "code", facets.code());
        facet(h, "Sources", "sources", facets.sources());
        h.raw("</div>");
        if (!hits.isEmpty()) {
            h.raw("<p class=\"formats\">Cite this page's papers: ");
            for (CitationFormat f : CitationFormat.values()) h.link(a.href(SearchAddress.PATH + "." + f.extension()), f.label());
            h.link(a.href(SearchAddress.PATH + ".json"), "JSON");
            h.raw("</p>");
        }
        return h.end().toString();
    }

    private void order(Html h, Search.Order order, String name) {
        if (a.order() == order) h.tag("strong", name);
        else h.link(a.withOrder(order).href(), name);
    }

    private void results(Html h) {
        if (hits.isEmpty()) {
            h.tag("p", a.page() > 1 ? "No more papers." : "No paper holds these words" + (a.narrowed() ? " with these facets." : "."));
            return;
        }
        Search.Marker marker = site.views().marker(a.q(), Html::esc, MARK, UNMARK);
        h.raw("<ol class=\"papers results\" start=\"").text(Integer.toString((a.page() - 1) * a.size() + 1)).raw("\">");
        for (SearchServlet.Hit hit : hits) {
            h.raw("<li>");
            String title = marker.mark(hit.title(), 0);
            String href = Html.safeHref(hit.href());
            // The highlighter's output is the title escaped by Html.esc, with marks added around the words found.
            if (href != null) h.raw("<a href=\"").text(href).raw("\">").raw(title != null ? title : Html.esc(hit.title())).raw("</a>");
            else h.raw(title != null ? title : Html.esc(hit.title()));
            if (!hit.date().isEmpty()) h.raw(" <span class=\"count\">").text(hit.date()).raw("</span>");
            if (!hit.summary().isEmpty()) {
                String passage = marker.mark(hit.summary(), PASSAGE);
                h.raw("<br><span class=\"meta\">")
                 .raw(passage != null ? passage : Html.esc(cut(hit.summary()))).raw("</span>");
            }
            h.raw("</li>");
        }
        h.raw("</ol>");
    }

    private static String cut(String text) {
        return text.length() <= PASSAGE ? text : text.substring(0, PASSAGE) + " …";
    }

    private void pager(Html h, boolean more) {
        if (a.page() == 1 && !more) return;
        h.raw("<p class=\"formats\">");
        if (a.page() > 1) h.raw("<a rel=\"prev\" href=\"").text(a.page(a.page() - 1).href()).raw("\">← previous</a>");
        h.text(" page " + a.page() + " ");
        if (more) h.raw("<a rel=\"next\" href=\"").text(a.page(a.page() + 1).href()).raw("\">next →</a>");
        h.raw("</p>");
    }

    private static void facet(Html h, String heading, String id, List<SearchFacets.Value> values) {
        if (values.isEmpty()) return;
        h.raw("<section id=\"facet-").text(id).raw("\">");
        h.tag("h2", heading);
        h.raw("<ul class=\"chips\">");
        for (SearchFacets.Value v : values) {
            h.raw("<li>");
            h.link(v.href(), v.label());
            h.raw(" <span class=\"count\">").text(Integer.toString(v.count())).raw("</span></li>");
        }
        h.raw("</ul></section>");
    }
}
