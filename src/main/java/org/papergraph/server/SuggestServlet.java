package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.views.Search;

/**
 * {@code /search/suggest?q=…}: what the search box suggests as one types, in the OpenSearch suggestions format
 * ({@code ["q", ["suggestion", …]]}): the labels of the topics of the papers the words find whose labels hold a word
 * starting as the last word typed, then the titles of the likeliest papers. From the same search as the page.
 */
final class SuggestServlet extends ReadOnlyServlet {
    static final String PATH = "/search/suggest", MEDIA_TYPE = "application/x-suggestions+json";
    static final int TOPICS = 3, TITLES = 7;

    private final Site site;

    SuggestServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > SearchAddress.MAX_Q) {
            resp.sendError(400, "a search of " + q.length() + " characters; at most " + SearchAddress.MAX_Q);
            return;
        }
        if (site.generation().notModified(req, resp, "suggest-" + Integer.toHexString(q.hashCode()))) return;
        JsonArrayBuilder found = Json.createArrayBuilder();
        for (String s : suggestions(q)) found.add(s);
        resp.setContentType(MEDIA_TYPE);
        resp.getOutputStream().write(Json.createArrayBuilder().add(q).add(found).build().toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<String> suggestions(String q) {
        List<String> out = new ArrayList<>();
        if (q.isEmpty()) return out;
        Search.Found found;
        try {
            found = site.views().find(new Search.Ask(q, Search.Order.RELEVANCE, List.of(), List.of(), null, null, false, 0, TITLES));
        } catch (IllegalArgumentException | IllegalStateException unsearchable) {
            return out;
        }
        String[] words = q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        for (Search.Count c : found.topics()) {
            if (out.size() == TOPICS) break;
            String label = site.views().label(NodeFactory.createURI(c.value()));
            for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!last.isEmpty() && w.startsWith(last)) {
                    out.add(label);
                    break;
                }
            }
        }
        Txn.executeRead(site.dataset(), () -> {
            for (Node p : found.papers())
                Describer.first(site.dataset().getUnionGraph(), p, Vocab.TITLE).filter(Node::isLiteral)
                        .map(Node::getLiteralLexicalForm).filter(t -> !out.contains(t)).ifPresent(out::add);
        });
        return out;
    }

    @Override
    void describe(ApiPaths api) {
        api.get(PATH, "Suggestions as one types: topic labels, then titles (OpenSearch suggestions)")
                .queryParam("q", ApiPaths.string(), "What is typed so far")
                .answers(200, "[q, [suggestions]]", java.util.List.of(MEDIA_TYPE));
    }
}
