package org.papergraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;

/**
 * Every IRI minted under the base answers at its path. The IRI itself names a thing, not a document: a GET answers
 * 303 to the document in the format the client accepts ({@code /paper/2405.18870} → {@code .html}, {@code .ttl},
 * {@code .jsonld} …: the HTML page and the registry's one-graph formats, {@link DocFormat}); each document URL also answers directly, with validators from the
 * store's generation. Anything else gets a helpful 404 page.
 */
final class LinkedDataServlet extends ReadOnlyServlet {
    /** An arXiv paper's address with a version: new-style and old-style ids. */
    private static final Pattern VERSIONED = Pattern.compile("(/paper/(?:\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))v\\d+");

    private final Site site;
    /** Each kind's HTML page ({@link PageKind}: the one table of page kinds, also the describer's). */
    private final Map<PageKind, PageKind.HtmlPage> pages;

    LinkedDataServlet(Site site) {
        this.site = site;
        this.pages = PageKind.pages(site);
    }

    /** Documents are read-only: other methods get 405 where there is a resource, 404 where there is none. */
    @Override
    protected void refuse(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Site.path(req);
        String resourcePath = resourcePath(path, DocFormat.ofPath(path));
        boolean exists = site.iriOf(resourcePath).map(iri -> Txn.calculateRead(site.dataset(), () -> site.describer.exists(iri))).orElse(false);
        if (exists) resp.sendError(405, "Linked-data documents are read-only");
        else notFound(resp, 404, "This address names nothing here: " + abbreviate(path));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Site.path(req);
        if (path.length() > Site.MAX_PATH) {
            notFound(resp, 400, "This address names nothing here: " + abbreviate(path));
            return;
        }
        Optional<DocFormat> asked = DocFormat.ofPath(path);
        String resourcePath = resourcePath(path, asked);
        // Known to exist before any validator is compared: If-None-Match: * is no 304 for what is not here.
        Optional<Node> iri = site.iriOf(resourcePath).filter(this::exists);
        if (iri.isEmpty()) {
            Optional<String> canonical = canonical(resourcePath);
            if (canonical.isPresent()) Site.redirect(req, resp, 301, canonical.get() + asked.map(f -> "." + f.extension).orElse(""));
            else notFound(resp, 404, site.iriOf(resourcePath).map(i -> "Nothing is known about " + i.getURI())
                    .orElse("This address names nothing here: " + abbreviate(path)));
            return;
        }
        if (asked.isEmpty()) {
            redirect(req, resp, resourcePath);
            return;
        }
        DocFormat format = asked.get();
        resp.setHeader("Link", links(resourcePath, format));
        resp.setHeader("Content-Location", path);
        int page = Pages.pageNumber(req.getParameter("page"));
        if (site.generation().notModified(req, resp, format.extension + (page > 1 ? "-p" + page : ""))) return;
        byte[] body = Txn.calculateRead(site.dataset(), () -> site.describer.describe(iri.get())
                .map(g -> render(new Doc(iri.get(), site.describer.withPrefixes(g)), format, resourcePath, page)).orElseThrow());
        resp.setContentType(format.contentType());
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    /** The resource a document's path is about: the path without its format's extension. */
    private static String resourcePath(String path, Optional<DocFormat> format) {
        return format.map(f -> path.substring(0, path.length() - f.extension.length() - 1)).orElse(path);
    }

    private boolean exists(Node iri) { return Txn.calculateRead(site.dataset(), () -> site.describer.exists(iri)); }

    /**
     * The address of a resource that a path which names nothing is a variant of: the path without a trailing
     * slash, or an arXiv paper's without the version ({@code /paper/2405.18870v2}, whose paper is all versions).
     */
    private Optional<String> canonical(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Matcher versioned = VERSIONED.matcher(trimmed);
        String c = versioned.matches() ? versioned.group(1) : trimmed;
        if (c.equals(path)) return Optional.empty();
        return site.iriOf(c).filter(this::exists).map(iri -> c);
    }

    private void redirect(HttpServletRequest req, HttpServletResponse resp, String resourcePath) throws IOException {
        resp.addHeader("Vary", "Accept");   // added: CORS may vary it by Origin too
        Optional<DocFormat> f = DocFormat.negotiate(req.getHeader("Accept"));
        resp.setHeader("Link", links(resourcePath, null));
        if (f.isEmpty()) {
            resp.sendError(406, "Formats here: " + DocFormat.mediaTypes());
            return;
        }
        String doc = resourcePath + "." + f.get().extension;
        resp.setHeader("Content-Location", doc);
        Site.redirect(req, resp, 303, doc);
    }

    private byte[] render(Doc doc, DocFormat format, String self, int page) {
        if (format != DocFormat.HTML) return format.write(doc.graph(), site.iris);
        String html = pages.get(PageKind.of(doc.graph(), doc.resource())).render(doc, self, page);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The resource's documents, as a Link header: each format an alternate, and what they describe. */
    private static String links(String resourcePath, DocFormat current) {
        StringJoiner j = new StringJoiner(", ");
        for (DocFormat f : DocFormat.ALL)
            if (f != current) j.add("<" + resourcePath + "." + f.extension + ">; rel=\"alternate\"; type=\"" + f.mediaType + "\"");
        if (current != null) j.add("<" + resourcePath + ">; rel=\"describes\"");
        return j.toString();
    }

    /** The server's {@link ErrorAnswer} writes it: a page or a line of text, by Accept. */
    private static void notFound(HttpServletResponse resp, int status, String why) throws IOException {
        resp.sendError(status, why);
    }

    private static String abbreviate(String s) { return s.length() > 120 ? s.substring(0, 120) + "…" : s; }
}
