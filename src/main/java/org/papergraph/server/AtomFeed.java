package org.papergraph.server;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.views.PaperViews;

/**
 * An Atom 1.0 feed (RFC 4287) of newly listed papers, written with the JDK's XML stream writer, never by joining
 * strings. Each entry is a paper: its IRI the id, its title, a link to its page, when it was listed (published and
 * updated), its date (Dublin Core's {@code dc:date}), its topics as categories, its abstract as the summary, and
 * the authors its list gave. Links are absolute, under the server's public base, like the sitemap's.
 */
final class AtomFeed {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String MEDIA_TYPE = "application/atom+xml";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** What the feed is of: its title, its own path, and the page it is the feed of. */
    record About(String title, String self, String page) {}

    private final Site site;

    AtomFeed(Site site) { this.site = site; }

    /** Writes the feed of the papers, newest listed first; {@code updated} when there are none. Inside a read transaction. */
    void write(About about, List<PaperViews.Listed> papers, Instant updated, OutputStream out) throws XMLStreamException {
        Graph union = site.dataset().getUnionGraph();
        XMLStreamWriter x = XML.createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed"); // Atom's is the default namespace: its elements need no prefix
        x.writeDefaultNamespace(ATOM);
        x.writeNamespace("dc", DC);
        element(x, "id", absolute(about.self()));
        element(x, "title", about.title());
        element(x, "updated", (papers.isEmpty() ? updated : papers.get(0).listed()).toString());
        link(x, "self", MEDIA_TYPE, absolute(about.self()));
        link(x, "alternate", "text/html", absolute(about.page()));
        x.writeStartElement("author");
        element(x, "name", "papergraph");
        element(x, "uri", site.publicBase);
        x.writeEndElement();
        element(x, "generator", "papergraph");
        for (PaperViews.Listed p : papers) entry(x, new Doc(p.paper(), union), p.listed());
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
    }

    private void entry(XMLStreamWriter x, Doc paper, Instant listed) throws XMLStreamException {
        x.writeStartElement("entry");
        element(x, "id", paper.resource().getURI());
        String title = paper.text(Vocab.TITLE);
        element(x, "title", title.isEmpty() ? paper.label(paper.resource()) : title);
        link(x, "alternate", "text/html", absolute(site.href(paper.resource())));
        element(x, "published", listed.toString());
        element(x, "updated", listed.toString());
        for (String name : paper.authors()) {
            x.writeStartElement("author");
            element(x, "name", name);
            x.writeEndElement();
        }
        // By IRI: the views keep the store's order, which follows the order the lists were loaded in.
        for (Node topic : site.views().topicsOf(paper.resource()).stream().sorted(Comparator.comparing(Node::getURI)).toList()) {
            x.writeEmptyElement("category");
            x.writeAttribute("term", topic.getURI());
            x.writeAttribute("scheme", site.iris.topicScheme().getURI());
            x.writeAttribute("label", xmlText(site.views().label(topic)));
        }
        String abstractText = paper.text(Vocab.ABSTRACT);
        if (!abstractText.isEmpty()) element(x, "summary", abstractText);
        String date = paper.text(Vocab.DATE);
        if (!date.isEmpty()) {
            x.writeStartElement("dc", "date", DC);
            x.writeCharacters(xmlText(date));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** A path on this server as an absolute URL under the public base; other IRIs as they are. */
    private String absolute(String href) {
        return href.startsWith("/") ? site.publicBase + href.substring(1) : href;
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(xmlText(text));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", xmlText(href));
    }

    /** Text as XML 1.0 can hold it: characters it forbids (controls, lone surrogates) dropped; the writer escapes the rest. */
    static String xmlText(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean ok = pair || c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (ok && b != null) b.append(c);
            if (pair) {
                if (b != null) b.append(s.charAt(i + 1));
                i++;
            }
            if (!ok && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
        }
        return b == null ? s : b.toString();
    }
}
