package org.papergraph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.papergraph.store.views.Search;

/**
 * A search as its URL says it, {@code /search?q=words&sort=newest&topic=rag&source=list.md&from=2024&to=2024-06&code=yes&page=2}:
 * read from a request, checked, and written back with one thing changed, so every view of a search (a facet picked
 * or dropped, another order, another page) is a plain link. Topics and sources are named by their paths' last part.
 */
record SearchAddress(String q, Search.Order order, List<String> topics, List<String> sources, String from, String to,
                     boolean withCode, int page, int size) {
    static final String PATH = "/search";
    /** Longest search taken, in characters. */
    static final int MAX_Q = 200;
    static final int PER_PAGE = 20, MAX_PER_PAGE = 100;
    /** Deepest result shown: a page past it is refused rather than sorted for. */
    static final int MAX_RESULTS = 10_000;
    /** Most facet values of one kind a search may narrow by. */
    private static final int MAX_FACETS = 8;

    SearchAddress {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
    }

    /**
     * The search a request asks for.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    static SearchAddress of(HttpServletRequest req) {
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_Q) throw new IllegalArgumentException("a search of " + q.length() + " characters; at most " + MAX_Q);
        String sort = req.getParameter("sort");
        Search.Order order;
        if (sort == null || sort.equals("relevance")) order = Search.Order.RELEVANCE;
        else if (sort.equals("newest")) order = Search.Order.NEWEST;
        else throw new IllegalArgumentException("sort is relevance or newest, not " + sort);
        String from = yearOrMonth(req, "from"), to = yearOrMonth(req, "to");
        String code = req.getParameter("code");
        if (code != null && !code.equals("yes")) throw new IllegalArgumentException("code is yes or absent, not " + code);
        int size = Pages.pageNumber(req.getParameter("size") == null ? Integer.toString(PER_PAGE) : req.getParameter("size"));
        if (size > MAX_PER_PAGE) throw new IllegalArgumentException("size is at most " + MAX_PER_PAGE);
        int page = Pages.pageNumber(req.getParameter("page"));
        if ((long) page * size > MAX_RESULTS)
            throw new IllegalArgumentException("results beyond the " + MAX_RESULTS + "th are not shown: narrow the search");
        return new SearchAddress(q, order, names(req, "topic"), names(req, "source"), from, to, code != null, page, size);
    }

    private static String yearOrMonth(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isEmpty()) return null;
        if (!Search.YEAR_OR_MONTH.matcher(v).matches())
            throw new IllegalArgumentException(name + " is a year or a month (2024, 2024-05), not " + v);
        return v;
    }

    /** A facet's values: the last parts of minted paths, one each, no more than {@link #MAX_FACETS}. */
    private static List<String> names(HttpServletRequest req, String name) {
        String[] given = req.getParameterValues(name);
        if (given == null) return List.of();
        if (given.length > MAX_FACETS) throw new IllegalArgumentException("at most " + MAX_FACETS + " " + name + "s");
        List<String> out = new ArrayList<>();
        for (String v : given) {
            if (!v.matches("[A-Za-z0-9._~-]{1,200}") || v.equals(".") || v.equals(".."))
                throw new IllegalArgumentException("no " + name + " is called " + v);
            if (!out.contains(v)) out.add(v);
        }
        return out;
    }

    /** The search as the views take it, the topics and sources as IRIs under the base. */
    Search.Ask ask(Site site) {
        return new Search.Ask(q, order, iris(site, "topic/", topics), iris(site, "source/", sources), from, to, withCode,
                (page - 1) * size, size);
    }

    private static List<String> iris(Site site, String under, List<String> names) {
        return names.stream().map(n -> site.iriOf("/" + under + n).orElseThrow().getURI()).toList();
    }

    boolean narrowed() { return !topics.isEmpty() || !sources.isEmpty() || from != null || to != null || withCode; }

    SearchAddress withOrder(Search.Order o) { return new SearchAddress(q, o, topics, sources, from, to, withCode, 1, size); }

    SearchAddress withTopic(String t) { return new SearchAddress(q, order, plus(topics, t), sources, from, to, withCode, 1, size); }

    SearchAddress withoutTopic(String t) { return new SearchAddress(q, order, minus(topics, t), sources, from, to, withCode, 1, size); }

    SearchAddress withSource(String s) { return new SearchAddress(q, order, topics, plus(sources, s), from, to, withCode, 1, size); }

    SearchAddress withoutSource(String s) { return new SearchAddress(q, order, topics, minus(sources, s), from, to, withCode, 1, size); }

    SearchAddress dated(String f, String t) { return new SearchAddress(q, order, topics, sources, f, t, withCode, 1, size); }

    SearchAddress withCode(boolean c) { return new SearchAddress(q, order, topics, sources, from, to, c, 1, size); }

    SearchAddress page(int p) { return new SearchAddress(q, order, topics, sources, from, to, withCode, p, size); }

    private static List<String> plus(List<String> l, String v) {
        List<String> out = new ArrayList<>(l);
        if (!out.contains(v)) out.add(v);
        return out;
    }

    private static List<String> minus(List<String> l, String v) {
        return l.stream().filter(x -> !x.equals(v)).toList();
    }

    /** The search's URL at {@code path} ({@code /search}, {@code /search.json} …), its defaults left out. */
    String href(String path) {
        StringBuilder b = new StringBuilder(path).append("?q=").append(enc(q));
        if (order != Search.Order.RELEVANCE) b.append("&sort=").append(order.name().toLowerCase(Locale.ROOT));
        for (String t : topics) b.append("&topic=").append(enc(t));
        for (String s : sources) b.append("&source=").append(enc(s));
        if (from != null) b.append("&from=").append(from);
        if (to != null) b.append("&to=").append(to);
        if (withCode) b.append("&code=yes");
        if (size != PER_PAGE) b.append("&size=").append(size);
        if (page > 1) b.append("&page=").append(page);
        return b.toString();
    }

    String href() { return href(PATH); }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
