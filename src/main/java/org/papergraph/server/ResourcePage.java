package org.papergraph.server;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.html.Charts;
import org.papergraph.server.html.Html;

/**
 * Any other resource (a source, the catalog, a listing, a rejected row, a code repository, the ontology): its
 * statements as a table; a document about something else (the site's {@code /ontology}, whose
 * {@code foaf:primaryTopic} is papergraph's ontology in its fixed namespace) shows that thing's statements too; the
 * resources inside either (their fragments, anchored so {@code /ontology#Listing} lands on the term, and blank nodes)
 * each in a section, except a source's blocks, shown as one table ({@link ReadingTable});
 * and what refers to it, as a list of links.
 */
final class ResourcePage {
    private final Site site;

    ResourcePage(Site site) { this.site = site; }

    String render(Doc doc, String self) { return render(doc, self, true); }

    /**
     * The page; {@code documents} says whether the resource has documents at {@code self} plus an extension (its
     * alternates, format links and canonical URL), or only by content negotiation at {@code self} itself.
     */
    String render(Doc doc, String self, boolean documents) {
        Node r = doc.resource();
        Node topic = doc.objects(r, Vocab.PRIMARY_TOPIC).stream().filter(Node::isURI).findFirst().orElse(r);
        String label = doc.label(topic);
        PrefixMapping prefixes = doc.graph().getPrefixMapping();
        boolean source = doc.is(Vocab.SOURCE_FILE); // a source has a feed of what it newly lists
        String[] alternates = source ? Pages.withFeed(FeedServlet.of(self), Pages.alternates(self)) : Pages.alternates(self);
        Html h = documents ? new Html().canonical(Pages.canonical(site, self, 1)).begin(label, alternates)
                : new Html().canonical(site.publicBase + self.substring(1)).begin(label);
        h.tag("h1", label).tag("p", "meta", topic.equals(r) ? r.getURI() : r.getURI() + " is about " + topic.getURI());
        if (source) Charts.months(h, "chart-months", "Papers per month in " + label, site.views().papersPerMonthIn(r));
        table(h, doc, r, prefixes);
        if (!topic.equals(r)) table(h, doc, topic, prefixes);
        ReadingTable.render(h, doc);
        Set<Node> parts = new LinkedHashSet<>(), referrers = new LinkedHashSet<>();
        doc.graph().find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.equals(r) || s.equals(topic) || ReadingTable.shows(doc, s)) return;
            if (isFragmentOf(s, r) || isFragmentOf(s, topic) || (s.isBlank() && !t.getObject().equals(r))) parts.add(s);
            else if (t.getObject().equals(r) || t.getObject().equals(topic)) referrers.add(s);
        });
        for (Node o : parts) {
            String id = o.isURI() ? o.getURI().substring(o.getURI().indexOf('#') + 1) : null;
            h.raw(id == null ? "<section>" : "<section id=\"" + Html.esc(id) + "\">");
            h.raw("<h2>").link(site.href(o), doc.label(o)).raw("</h2>");
            table(h, doc, o, prefixes);
            h.raw("</section>");
        }
        if (!referrers.isEmpty()) {
            h.tag("h2", "Referred to by").raw("<ul class=\"papers\">");
            for (Node o : referrers) h.raw("<li>").link(site.href(o), doc.label(o)).raw("</li>");
            h.raw("</ul>");
            if (referrers.size() >= Describer.MAX_INCOMING)
                h.tag("p", "meta", "The first " + Describer.MAX_INCOMING + "; ask SPARQL for all of them.");
        }
        if (doc.is(Vocab.SOURCE_FILE)) {
            h.tag("h2", "Cite its papers").raw("<p class=\"formats\">");
            Pages.citationLinks(h, self);
            h.raw("</p>");
        }
        if (!documents)
            return h.tag("p", "meta", "Also as " + String.join(", ", DocFormat.rdfFormats().stream().map(f -> f.rdf.label()).toList())
                    + " here, by Accept.").end().toString();
        h.tag("h2", "Data").raw("<p class=\"formats\">");
        Pages.formatLinks(h, self);
        if (source) h.link(FeedServlet.of(self), "Newly listed (Atom)");
        return h.raw("</p>").end().toString();
    }

    private static boolean isFragmentOf(Node s, Node r) { return s.isURI() && s.getURI().startsWith(r.getURI() + "#"); }

    private void table(Html h, Doc doc, Node s, PrefixMapping prefixes) {
        h.raw("<div class=\"scroll\" tabindex=\"0\"><table>");
        for (Triple t : doc.about(s)) {
            if (t.getPredicate().equals(Vocab.BLOCK)) continue; // the blocks have a table of their own
            h.raw("<tr><th>").link(site.href(t.getPredicate()), prefixes.shortForm(t.getPredicate().getURI())).raw("</th><td>");
            Node o = t.getObject();
            if (o.isURI()) h.link(site.href(o), site.isLocal(o) ? doc.label(o) : o.getURI());
            else if (o.isLiteral()) h.text(o.getLiteralLexicalForm());
            else h.text(o.toString());
            h.raw("</td></tr>");
        }
        h.raw("</table></div>");
    }
}
