package org.papergraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.NodeFactory;
import org.papergraph.store.views.Search;

/**
 * The facets of a search as its answers show them: each value a link to the search narrowed by it (at {@code path},
 * the page's or the JSON's), with how many papers found have it; and the facets in force, each a link to the search
 * without it. Topics by their labels, most papers first; dates by year, or by month within a year picked.
 */
final class SearchFacets {
    static final int TOPICS = 12, SOURCES = 10;

    /** A facet's value: what it is, how it reads, how many papers (−1 for a facet in force), and its link. */
    record Value(String value, String label, int count, String href) {}

    private final Site site;
    private final SearchAddress a;
    private final Search.Found found;
    private final String path;

    SearchFacets(Site site, SearchAddress address, Search.Found found, String path) {
        this.site = site;
        this.a = address;
        this.found = found;
        this.path = path;
    }

    List<Value> topics() {
        List<Value> out = new ArrayList<>();
        if (found == null) return out;
        for (Search.Count c : found.topics()) {
            String name = name(c.value(), "/topic/");
            if (a.topics().contains(name)) continue;
            if (out.size() == TOPICS) break;
            out.add(new Value(name, topicLabel(c.value()), c.count(), a.withTopic(name).href(path)));
        }
        return out;
    }

    List<Value> sources() {
        List<Value> out = new ArrayList<>();
        if (found == null) return out;
        for (Search.Count c : found.sources()) {
            String name = name(c.value(), "/source/");
            if (a.sources().contains(name)) continue;
            if (out.size() == SOURCES) break;
            out.add(new Value(name, name, c.count(), a.withSource(name).href(path)));
        }
        return out;
    }

    /** Years; or, once one year is picked, its months. */
    List<Value> dates() {
        List<Value> out = new ArrayList<>();
        if (found == null) return out;
        String year = a.from() != null && a.from().length() == 4 && a.from().equals(a.to()) ? a.from() : null;
        Map<String, Integer> counts = new TreeMap<>();
        for (Search.Count c : found.months()) {
            if (year == null) counts.merge(c.value().substring(0, 4), c.count(), Integer::sum);
            else if (c.value().length() == 7 && c.value().startsWith(year)) counts.merge(c.value(), c.count(), Integer::sum);
        }
        if (year == null && counts.size() < 2 && a.from() == null && a.to() == null) counts.clear(); // one year narrows nothing
        counts.forEach((v, n) -> out.add(new Value(v, v, n, a.dated(v, v).href(path))));
        return out;
    }

    List<Value> code() {
        if (found == null || a.withCode() || found.withCode() == 0) return List.of();
        return List.of(new Value("yes", "with code", found.withCode(), a.withCode(true).href(path)));
    }

    /** The facets in force, each linking to the search without it. */
    List<Value> active() {
        List<Value> out = new ArrayList<>();
        for (String t : a.topics())
            out.add(new Value(t, topicLabel(site.iriOf("/topic/" + t).orElseThrow().getURI()), -1, a.withoutTopic(t).href(path)));
        for (String s : a.sources()) out.add(new Value(s, s, -1, a.withoutSource(s).href(path)));
        if (a.from() != null || a.to() != null) {
            String from = a.from() == null ? "" : a.from(), to = a.to() == null ? "" : a.to();
            out.add(new Value(from + ".." + to, from.equals(to) ? from : from + " – " + to, -1, a.dated(null, null).href(path)));
        }
        if (a.withCode()) out.add(new Value("code", "with code", -1, a.withCode(false).href(path)));
        return out;
    }

    private String topicLabel(String iri) { return site.views().label(NodeFactory.createURI(iri)); }

    /** The last part of a minted path ({@code rag} of {@code /topic/rag}). */
    private String name(String iri, String under) {
        String href = site.href(NodeFactory.createURI(iri));
        return href != null && href.startsWith(under) ? href.substring(under.length()) : iri;
    }
}
