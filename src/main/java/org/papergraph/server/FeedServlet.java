package org.papergraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.xml.stream.XMLStreamException;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.papergraph.store.SourceRecord;
import org.papergraph.store.views.PaperViews;

/**
 * The Atom feeds of newly listed papers, newest listed first: the whole site's at {@code /feed.atom}, a topic's at
 * {@code /topic/{slug}/feed.atom} (its papers by when they entered the store), a source's at
 * {@code /source/{slug}/feed.atom} (its papers by when it first listed them). Validators from the store's
 * generation, like every document's. {@link FeedAddresses} hands it the topics' and sources' addresses.
 */
final class FeedServlet extends ReadOnlyServlet {
    /** Entries in a feed: the newest, as feed readers poll. */
    static final int ENTRIES = 50;
    static final String FILE = "feed.atom";
    private static final Pattern OF = Pattern.compile("(/(?:topic|source)/[A-Za-z0-9._~-]+)/" + Pattern.quote(FILE));

    private final Site site;
    private final AtomFeed atom;

    FeedServlet(Site site) {
        this.site = site;
        this.atom = new AtomFeed(site);
    }

    /** The path of the feed of the page at {@code path} (the home page {@code /}, a topic's or a source's). */
    static String of(String path) { return path.equals("/") ? "/" + FILE : path + "/" + FILE; }

    /** Whether a path is a topic's or source's feed, which this servlet answers. */
    static boolean isFeed(String path) { return OF.matcher(path).matches(); }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Site.path(req);
        Optional<Feed> feed = feed(path);
        if (feed.isEmpty()) {
            resp.sendError(404, "No feed here: " + (path.length() > 120 ? path.substring(0, 120) + "…" : path));
            return;
        }
        if (site.generation().notModified(req, resp, "atom")) return;
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        try {
            Txn.executeRead(site.dataset(), () -> {
                try {
                    atom.write(feed.get().about(), feed.get().papers(), site.generation().lastModified(), body);
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IllegalStateException e) {
            resp.sendError(500, "The feed could not be written: " + e.getMessage());
            return;
        }
        resp.setContentType(AtomFeed.MEDIA_TYPE + "; charset=utf-8");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }

    private record Feed(AtomFeed.About about, List<PaperViews.Listed> papers) {}

    /** The feed a path names: the site's, an existing topic's or a loaded source's. */
    private Optional<Feed> feed(String path) {
        PaperViews views = site.views();
        if (path.equals("/" + FILE))
            return Optional.of(new Feed(new AtomFeed.About("papergraph: newly listed papers", path, "/"), views.newestListed(0, ENTRIES)));
        Matcher m = OF.matcher(path);
        if (!m.matches()) return Optional.empty();
        String page = m.group(1);
        Optional<Node> iri = site.iriOf(page);
        if (iri.isEmpty()) return Optional.empty();
        if (page.startsWith("/topic/")) {
            if (views.count(iri.get()) == 0) return Optional.empty();
            return Optional.of(new Feed(new AtomFeed.About("papergraph: newly listed on " + views.label(iri.get()), path, page),
                    views.newestListedOn(iri.get(), 0, ENTRIES)));
        }
        for (SourceRecord s : site.sources())
            if (s.source().equals(iri.get()))
                return Optional.of(new Feed(new AtomFeed.About("papergraph: newly listed in " + s.path(), path, page),
                        views.newestListedIn(iri.get(), 0, ENTRIES)));
        return Optional.empty();
    }

    @Override
    void describe(ApiPaths api) {
        String atom = AtomFeed.MEDIA_TYPE;
        api.get(of("/"), "The papers newly listed anywhere, newest listed first (the " + ENTRIES + " newest)")
                .answers(200, "The Atom feed", List.of(atom))
                .revalidated();
        api.get(of("/topic/{slug}"), "The papers newly listed on a topic")
                .pathParam("slug", ApiPaths.string(), "The topic's slug, as in its page's address")
                .answers(200, "The Atom feed", List.of(atom))
                .revalidated()
                .answers(404, "No such topic, or it has no papers");
        api.get(of("/source/{slug}"), "The papers a source newly listed")
                .pathParam("slug", ApiPaths.string(), "The source's slug, as in its page's address")
                .answers(200, "The Atom feed", List.of(atom))
                .revalidated()
                .answers(404, "No such source");
    }
}
