package org.papergraph.server;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.papergraph.rdf.Vocab;

/**
 * The kinds of resource the site has a page for, in the order they are tried: the rdf:type a resource's document
 * must state, what its document holds beyond the resource's own statements (what points at it), and which HTML page
 * shows it. {@link Describer#describe} and {@link LinkedDataServlet} both take the first kind that matches;
 * {@link #RESOURCE}, last, matches anything. A new kind is one constant here, above {@code RESOURCE}.
 */
enum PageKind {
    /** A paper: its listings (the rows that list it) are fragments of its document. */
    PAPER(Vocab.SCHOLARLY_ARTICLE, (site, union, resource, g) -> {
        for (Node listing : Describer.subjects(union, Vocab.LISTING_OF, resource))
            Describer.copy(union, listing, null, null, g, Integer.MAX_VALUE);
    }, site -> {
        PaperPage page = new PaperPage(site);
        return (doc, self, n) -> page.render(doc, self);
    }),

    /**
     * A topic: the spellings merged into it and the topics narrower than it (what points at it), and its papers,
     * theirs too, newest first and capped (its page pages them).
     */
    TOPIC(Vocab.CONCEPT, (site, union, resource, g) -> {
        Describer.copy(union, null, Vocab.IS_REPLACED_BY, resource, g, Describer.MAX_INCOMING);
        Describer.copy(union, null, Vocab.BROADER, resource, g, Describer.MAX_INCOMING);
        for (Node paper : site.views().papersOf(resource, 0, Describer.MAX_INCOMING))
            g.add(Triple.create(paper, Vocab.SUBJECT, resource));
    }, site -> {
        TopicPage page = new TopicPage(site);
        return page::render;
    }),

    /** The list of all topics: the topics in it, capped. */
    TOPIC_SCHEME(Vocab.CONCEPT_SCHEME, (site, union, resource, g) ->
            Describer.copy(union, null, Vocab.IN_SCHEME, resource, g, Describer.MAX_INCOMING), site -> {
        TopicPage page = new TopicPage(site);
        return (doc, self, n) -> page.renderScheme(self);
    }),

    /** A code repository: the papers that link it, capped; shown as any resource. */
    CODE(Vocab.SOFTWARE_SOURCE_CODE, (site, union, resource, g) ->
            Describer.copy(union, null, Vocab.HAS_CODE, resource, g, Describer.MAX_INCOMING), PageKind::resourcePage),

    /** A source file: what was derived from it, capped, and how it was read (its blocks and their columns); shown as any resource. */
    SOURCE_FILE(Vocab.SOURCE_FILE, (site, union, resource, g) -> {
        Describer.copy(union, null, Vocab.WAS_DERIVED_FROM, resource, g, Describer.MAX_INCOMING);
        for (Node block : Describer.objects(g, resource, Vocab.BLOCK)) {
            Describer.copy(union, block, null, null, g, Integer.MAX_VALUE);
            for (Node column : Describer.objects(g, block, Vocab.COLUMN)) Describer.copy(union, column, null, null, g, Integer.MAX_VALUE);
        }
    }, PageKind::resourcePage),

    /** Anything else, the fallback: its own statements only, as a table of them. */
    RESOURCE(null, (site, union, resource, g) -> {}, PageKind::resourcePage);

    /** What a kind's document holds beyond the resource's own statements: added to {@code doc} from {@code union}. */
    @FunctionalInterface
    interface Incoming {
        void add(Site site, Graph union, Node resource, Graph doc);
    }

    /** A kind's HTML page: the document, the resource's path, the page of a long list asked for (1 when none). */
    @FunctionalInterface
    interface HtmlPage {
        String render(Doc doc, String self, int page);
    }

    /** The rdf:type the resource's document states; null for the fallback. */
    final Node type;
    final Incoming incoming;
    private final Function<Site, HtmlPage> html;

    PageKind(Node type, Incoming incoming, Function<Site, HtmlPage> html) {
        this.type = type;
        this.incoming = incoming;
        this.html = html;
    }

    /** The first kind whose type the document states of the resource; {@link #RESOURCE} when none does. */
    static PageKind of(Graph doc, Node resource) {
        for (PageKind k : values())
            if (k.type == null || doc.contains(resource, Vocab.TYPE, k.type)) return k;
        return RESOURCE;
    }

    /** One HTML page per kind, for a site: what the servlet renders with. */
    static Map<PageKind, HtmlPage> pages(Site site) {
        Map<PageKind, HtmlPage> out = new EnumMap<>(PageKind.class);
        for (PageKind k : values()) out.put(k, k.html.apply(site));
        return out;
    }

    private static HtmlPage resourcePage(Site site) {
        ResourcePage page = new ResourcePage(site);
        return (doc, self, n) -> page.render(doc, self);
    }
}
