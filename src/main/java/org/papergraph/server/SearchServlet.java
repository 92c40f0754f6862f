package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.papergraph.cite.Citation;
import org.papergraph.cite.CitationFormat;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.views.Search;

/**
 * {@code /search?q=…}: the papers whose titles, abstracts, authors or topics hold the words, with facets that narrow
 * them ({@link SearchAddress}), as a page ({@link SearchPage}), as JSON ({@code /search.json} or by Accept), or as
 * the citations of the page's papers ({@code /search.bib}, {@code .csl.json}, {@code .ris}). From the search index
 * through the views; titles, dates and abstracts from the store.
 */
final class SearchServlet extends ReadOnlyServlet {
    static final String HTML = "text/html", JSON = "application/json";
    /** What {@code /search} offers by Accept: the page, JSON, and the citation formats' media types. */
    private static final AcceptList OFFERS = offers();

    /** A paper found, as the answers show it. */
    record Hit(Node paper, String href, String title, String date, String summary) {}

    private final Site site;

    SearchServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Site.path(req);
        Optional<String> type = type(path, req.getHeader("Accept"));
        if (type.isEmpty()) {
            resp.sendError(406, "A search answers as HTML, JSON, BibTeX, CSL-JSON or RIS (by Accept, or /search.json …)");
            return;
        }
        if (path.equals(SearchAddress.PATH)) resp.addHeader("Vary", "Accept");
        SearchAddress address;
        try {
            address = SearchAddress.of(req);
        } catch (IllegalArgumentException e) {
            resp.sendError(400, e.getMessage());
            return;
        }
        if (site.generation().notModified(req, resp, "s-" + Integer.toHexString((type.get() + address.href()).hashCode()))) return;
        Search.Found found;
        List<Hit> hits;
        try {
            found = address.q().isEmpty() ? null : site.views().find(address.ask(site));
            hits = found == null ? List.of() : hits(found.papers());
        } catch (IllegalArgumentException e) {
            resp.setHeader("ETag", null);
            resp.sendError(400, e.getMessage());
            return;
        } catch (IllegalStateException e) {
            resp.setHeader("ETag", null);
            resp.sendError(503, e.getMessage());
            return;
        }
        String body;
        Optional<CitationFormat> cited = CitationFormat.byMediaType(type.get());
        if (cited.isPresent()) {
            body = Txn.calculateRead(site.dataset(), () -> {
                Graph union = site.dataset().getUnionGraph();
                return cited.get().write(hits.stream().map(h -> Citation.of(union, h.paper())).toList());
            });
            resp.setContentType(cited.get().contentType());
        } else if (type.get().equals(JSON)) {
            body = json(address, found, hits);
            resp.setContentType(JSON);
        } else {
            body = new SearchPage(site, address, found, hits).render();
            resp.setContentType("text/html; charset=utf-8");
        }
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The format: by the path's extension, else by Accept (HTML when none is said); empty when none offered fits. */
    static Optional<String> type(String path, String accept) {
        if (!path.equals(SearchAddress.PATH)) {
            Optional<CitationFormat> cited = CitationFormat.ofPath(path);
            if (cited.isPresent()) return Optional.of(cited.get().mediaType());
            return Optional.of(path.endsWith(".json") ? JSON : HTML);
        }
        if (accept == null || accept.isBlank()) return Optional.of(HTML);
        try {
            return Optional.ofNullable(AcceptList.match(new AcceptList(accept), OFFERS)).map(MediaType::getContentTypeStr)
                    .map(t -> CitationFormat.byMediaType(t).map(CitationFormat::mediaType).orElse(t));
        } catch (RuntimeException badHeader) {
            return Optional.of(HTML);
        }
    }

    /** The paths this servlet answers at. */
    static List<String> paths() {
        List<String> out = new ArrayList<>(List.of(SearchAddress.PATH, SearchAddress.PATH + ".html", SearchAddress.PATH + ".json"));
        for (CitationFormat f : CitationFormat.values()) out.add(SearchAddress.PATH + "." + f.extension());
        return out;
    }

    private static AcceptList offers() {
        List<String> types = new ArrayList<>(List.of(HTML, JSON));
        for (CitationFormat f : CitationFormat.values()) types.addAll(f.mediaTypes());
        return AcceptList.create(types.toArray(String[]::new));
    }

    /** The papers' titles, dates and abstracts, as the store has them. */
    private List<Hit> hits(List<Node> papers) {
        return Txn.calculateRead(site.dataset(), () -> {
            Graph union = site.dataset().getUnionGraph();
            List<Hit> out = new ArrayList<>(papers.size());
            for (Node p : papers) {
                out.add(new Hit(p, site.href(p), text(union, p, Vocab.TITLE, p.getLocalName()), text(union, p, Vocab.DATE, ""),
                        text(union, p, Vocab.ABSTRACT, "")));
            }
            return out;
        });
    }

    private static String text(Graph union, Node s, Node p, String otherwise) {
        return Describer.first(union, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(otherwise);
    }

    private String json(SearchAddress a, Search.Found found, List<Hit> hits) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("q", a.q())
                .add("sort", a.order().name().toLowerCase(java.util.Locale.ROOT))
                .add("total", found == null ? 0 : found.total()).add("page", a.page()).add("size", a.size());
        JsonArrayBuilder papers = Json.createArrayBuilder();
        for (Hit h : hits) {
            JsonObjectBuilder p = Json.createObjectBuilder().add("iri", h.paper().getURI()).add("href", h.href()).add("title", h.title());
            if (!h.date().isEmpty()) p.add("date", h.date());
            papers.add(p);
        }
        o.add("papers", papers);
        SearchFacets facets = new SearchFacets(site, a, found, SearchAddress.PATH + ".json");
        JsonObjectBuilder f = Json.createObjectBuilder();
        f.add("topics", values(facets.topics()));
        f.add("dates", values(facets.dates()));
        f.add("code", values(facets.code()));
        f.add("sources", values(facets.sources()));
        o.add("facets", f);
        o.add("active", values(facets.active()));
        if (found != null && a.page() * a.size() < found.total()) o.add("next", a.page(a.page() + 1).href(SearchAddress.PATH + ".json"));
        if (a.page() > 1) o.add("prev", a.page(a.page() - 1).href(SearchAddress.PATH + ".json"));
        return o.build().toString();
    }

    private static JsonArrayBuilder values(List<SearchFacets.Value> values) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (SearchFacets.Value v : values) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("value", v.value()).add("label", v.label()).add("href", v.href());
            if (v.count() >= 0) o.add("count", v.count());
            out.add(o);
        }
        return out;
    }

    @Override
    void describe(ApiPaths api) {
        List<String> types = new ArrayList<>(List.of(HTML, JSON));
        List<String> extensions = new ArrayList<>(List.of("html", "json"));
        for (CitationFormat f : CitationFormat.values()) {
            types.add(f.mediaType());
            extensions.add(f.extension());
        }
        params(api.get(SearchAddress.PATH, "Search the papers: their titles, abstracts, authors and topics, with facets")
                .description("The HTML page, or JSON or a citation format by Accept"))
                .answers(200, "The results", types).answers(400, "A search that cannot be made, said in one line").answers(406, "No offered format");
        params(api.get(SearchAddress.PATH + ".{ext}", "The same search in one format")
                .pathParam("ext", ApiPaths.oneOf(extensions), "The format"))
                .answers(200, "The results", types).answers(400, "A search that cannot be made, said in one line");
    }

    private static ApiPaths.Operation params(ApiPaths.Operation op) {
        return op.queryParam("q", ApiPaths.string().add("maxLength", SearchAddress.MAX_Q), "The words, all of them matched; the last may be unfinished")
                .queryParam("sort", ApiPaths.oneOf(List.of("relevance", "newest")), "The order (default: relevance)")
                .queryParam("topic", ApiPaths.string(), "A topic's slug: only its papers (repeatable)")
                .queryParam("source", ApiPaths.string(), "A source's slug: only its papers (repeatable)")
                .queryParam("from", ApiPaths.string(), "A year or month (2024, 2024-05): papers dated from it")
                .queryParam("to", ApiPaths.string(), "A year or month: papers dated up to it")
                .queryParam("code", ApiPaths.oneOf(List.of("yes")), "Only papers with code")
                .queryParam("page", ApiPaths.integer(1), "The page, from 1")
                .queryParam("size", ApiPaths.integer(1).add("maximum", SearchAddress.MAX_PER_PAGE), "Results a page (default " + SearchAddress.PER_PAGE + ")");
    }
}
