package org.papergraph.server;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.papergraph.server.html.Charts;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.html.Html;
import org.papergraph.store.views.PaperViews;

/** A topic's page (its papers newest first, its narrower topics' too, paged; how many; its other spellings, broader and narrower topics; the topics listed with it), and the list of all topics. */
final class TopicPage {
    static final int PER_PAGE = 50;
    private final Site site;

    TopicPage(Site site) { this.site = site; }

    String render(Doc doc, String self, int page) {
        PaperViews views = site.views();
        Node topic = doc.resource();
        String label = views.label(topic);
        int count = views.count(topic);
        Html h = new Html().canonical(Pages.canonical(site, self, page)).begin(label, Pages.withFeed(FeedServlet.of(self), Pages.alternates(self)));
        List<Node> narrower = views.narrower(topic), broader = views.broader(topic);
        h.tag("h1", label).tag("p", "meta", (count == 1 ? "1 paper" : count + " papers") + (narrower.isEmpty() ? "" : ", with its narrower topics'"));
        List<String> spellings = doc.graph().find(topic, Vocab.ALT_LABEL, Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().toList();
        if (!spellings.isEmpty()) h.tag("p", "spellings", "Also written as: " + String.join("; ", spellings));
        topicLinks(h, "Broader", broader);
        topicLinks(h, "Narrower", narrower);
        Charts.months(h, "chart-months", "Papers per month on " + label, views.papersPerMonthOn(topic));
        PaperViews.Share code = views.withCode(topic);
        Charts.share(h, "chart-code", "Papers with code", code.withCode(), code.of());
        List<PaperViews.Scored> related = views.relatedTopics(topic, 12);
        if (!related.isEmpty()) {
            h.tag("h2", "Listed with");
            Charts.bars(h, "chart-related", "Topics sharing most papers with " + label, "Topic", "Papers shared",
                    related.stream().map(r -> new Charts.Bar(views.label(r.node()), site.href(r.node()), r.shared())).toList());
        }
        h.tag("h2", "Papers, newest first").raw("<ul class=\"papers\">");
        Graph union = site.dataset().getUnionGraph();
        for (Node paper : views.papersOf(topic, (page - 1) * PER_PAGE, PER_PAGE)) {
            h.raw("<li>");
            Pages.paperLink(h, site, union, paper);
            h.raw("</li>");
        }
        h.raw("</ul>");
        Pages.pager(h, page, count, PER_PAGE);
        h.tag("h2", "Cite").raw("<p class=\"formats\">");
        Pages.citationLinks(h, self);
        h.raw("</p>");
        if (count > CitedPapers.PER_PAGE) h.tag("p", "meta", "Citation files hold " + CitedPapers.PER_PAGE + " papers a page (?page=2 …).");
        h.tag("h2", "Data").raw("<p class=\"formats\">");
        Pages.formatLinks(h, self);
        h.link(FeedServlet.of(self), "Newly listed (Atom)");
        h.raw("</p>");
        h.jsonLd(SchemaOrg.topic(site, topic, spellings));
        return h.end().toString();
    }

    private void topicLinks(Html h, String heading, List<Node> topics) {
        if (topics.isEmpty()) return;
        h.tag("h2", heading).raw("<ul class=\"chips " + heading.toLowerCase(java.util.Locale.ROOT) + "\">");
        for (Node t : topics) h.raw("<li>").link(site.href(t), site.views().label(t)).raw("</li>");
        h.raw("</ul>");
    }

    /** The topic scheme: every topic with its count, most listed first. */
    String renderScheme(String self) {
        PaperViews views = site.views();
        Html h = new Html().canonical(Pages.canonical(site, self, 1)).begin("Topics", Pages.alternates(self));
        h.tag("h1", "Topics").tag("p", "meta", views.topicCount() + " topics over " + views.paperCount() + " papers");
        h.raw("<ul class=\"chips\">");
        for (Node t : views.topicsByCount()) h.raw("<li>").link(site.href(t), views.label(t) + " (" + views.count(t) + ")").raw("</li>");
        h.raw("</ul>");
        h.tag("h2", "Data").raw("<p class=\"formats\">");
        Pages.formatLinks(h, self);
        return h.raw("</p>").end().toString();
    }
}
