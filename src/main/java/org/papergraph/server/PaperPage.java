package org.papergraph.server;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.papergraph.cite.Citation;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.html.Html;
import org.papergraph.store.views.PaperViews;

/**
 * A paper's page: title, date, abstract, topics, where to read it (arXiv abstract and PDF, DOI, code), every
 * listing of it with its source and line, and the papers sharing most of its topics, its citation files; schema.org
 * JSON-LD inside, and Highwire {@code citation_*} meta tags and its canonical URL in the head.
 */
final class PaperPage {
    private final Site site;

    PaperPage(Site site) { this.site = site; }

    String render(Doc doc, String self) {
        Node p = doc.resource();
        String title = doc.text(Vocab.TITLE);
        Html h = highwire(new Html(), Citation.of(doc.graph(), p)).canonical(Pages.canonical(site, self, 1))
                .begin(title.isEmpty() ? "Paper" : title, Pages.alternates(self));
        h.tag("h1", title.isEmpty() ? doc.label(p) : title);
        String date = doc.text(Vocab.DATE), arxiv = doc.text(Vocab.HAS_ARXIV_ID), doi = doc.text(Vocab.DOI);
        List<String> authors = doc.authors();
        if (!authors.isEmpty()) h.tag("p", "authors", String.join(", ", authors));
        h.raw("<p class=\"meta\">");
        // No list dated it: the month of its arXiv id, said to be that.
        String month = date.isEmpty() ? doc.text(Vocab.ARXIV_MONTH) : "";
        if (!date.isEmpty()) h.raw("<time datetime=\"").text(date).raw("\">").text(date).raw("</time>");
        else if (!month.isEmpty()) h.raw("<time datetime=\"").text(month).raw("\">").text(month).raw("</time>").text(" (from the arXiv id)");
        String venue = doc.text(Vocab.PUBLICATION_NAME);
        if (!venue.isEmpty()) h.text(date.isEmpty() && month.isEmpty() ? venue : " · " + venue);
        if (!arxiv.isEmpty()) h.text(date.isEmpty() && month.isEmpty() && venue.isEmpty() ? "arXiv:" + arxiv : " · arXiv:" + arxiv);
        h.raw("</p><p class=\"formats\">");
        String abs = doc.text(Vocab.URL), pdf = doc.text(Vocab.HAS_URL);
        if (!abs.isEmpty()) h.link(abs, arxiv.isEmpty() ? "Web page" : "arXiv abstract");
        if (!pdf.isEmpty() && !pdf.equals(abs)) h.link(pdf, pdf.contains("arxiv.org/pdf") ? "PDF" : "Link");
        if (!doi.isEmpty()) h.link("https://doi.org/" + doi, "DOI " + doi);
        for (Node code : doc.objects(p, Vocab.HAS_CODE)) {
            String repo = doc.text(code, Vocab.CODE_REPOSITORY);
            h.link(repo.isEmpty() ? site.href(code) : repo, "Code: " + repo.replaceFirst("^https?://", ""));
        }
        h.raw("</p>");
        String abstractText = doc.text(Vocab.ABSTRACT);
        if (!abstractText.isEmpty()) h.tag("h2", "Abstract").tag("p", "abstract", abstractText);

        List<Node> topics = site.views().topicsOf(p);
        if (topics.isEmpty()) topics = doc.objects(p, Vocab.SUBJECT);
        if (!topics.isEmpty()) {
            h.tag("h2", "Topics").raw("<ul class=\"chips\">");
            for (Node t : topics) h.raw("<li>").link(site.href(t), site.views().label(t)).raw("</li>");
            h.raw("</ul>");
        }
        listings(h, doc);
        related(h, p);
        h.tag("h2", "Cite").raw("<p class=\"formats\">");
        Pages.citationLinks(h, self);
        h.raw("</p>");
        h.tag("h2", "Data").raw("<p class=\"formats\">");
        Pages.formatLinks(h, self);
        h.raw("</p>");
        h.jsonLd(SchemaOrg.paper(site, doc, topics));
        return h.end().toString();
    }

    /**
     * Highwire Press's {@code citation_*} meta tags, which Google Scholar and Zotero read: title, authors, date
     * ({@code 2024/05/31}, or as much of it as is known), PDF, arXiv id, DOI.
     */
    private static Html highwire(Html h, Citation c) {
        if (!c.title().isEmpty()) h.meta("citation_title", c.title());
        for (String name : c.authors()) h.meta("citation_author", name);
        if (!c.date().isEmpty()) h.meta("citation_publication_date", c.date().replace('-', '/'));
        if (!c.pdfUrl().isEmpty()) h.meta("citation_pdf_url", c.pdfUrl());
        if (c.isArxiv()) h.meta("citation_arxiv_id", c.arxivId());
        if (!c.doi().isEmpty()) h.meta("citation_doi", c.doi());
        return h;
    }

    private void listings(Html h, Doc doc) {
        List<Node> listings = doc.subjects(Vocab.LISTING_OF, doc.resource());
        if (listings.isEmpty()) return;
        h.tag("h2", "Listed in").raw("<div class=\"scroll\" tabindex=\"0\"><table><tr><th>Source</th><th>Line</th><th>Title as written</th><th>Date as written</th></tr>");
        for (Node l : listings) {
            Node source = doc.objects(l, Vocab.WAS_DERIVED_FROM).stream().findFirst().orElse(null);
            String path = source == null ? "" : doc.text(source, Vocab.PATH);
            h.raw("<tr><td>");
            if (source != null) h.link(site.href(source), path.isEmpty() ? doc.label(source) : path);
            h.raw("</td><td>").link(site.href(l), doc.text(l, Vocab.SOURCE_LINE))
             .raw("</td><td>").text(doc.text(l, Vocab.TITLE)).raw("</td><td>").text(doc.text(l, Vocab.DATE_AS_WRITTEN)).raw("</td></tr>");
        }
        h.raw("</table></div>");
    }

    private void related(Html h, Node paper) {
        List<PaperViews.Scored> related = site.views().neighbours(paper, 8);
        if (related.isEmpty()) return;
        Graph union = site.dataset().getUnionGraph();
        h.tag("h2", "Related papers").raw("<ul class=\"papers\">");
        for (PaperViews.Scored r : related) {
            h.raw("<li>");
            Pages.paperLink(h, site, union, r.node());
            h.raw(" <span class=\"count\">").text(r.shared() == 1 ? "1 shared topic" : r.shared() + " shared topics").raw("</span></li>");
        }
        h.raw("</ul>");
    }
}
