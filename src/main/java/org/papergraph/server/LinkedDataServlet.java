package org.papergraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.papergraph.cite.Citation;
import org.papergraph.cite.CitationFormat;

/**
 * Every IRI minted under the base answers at its path. The IRI itself names a thing, not a document: a GET answers
 * 303 to the document in the format the client accepts ({@code /paper/2405.18870} → {@code .html}, {@code .ttl},
 * {@code .jsonld} …: the HTML page and the registry's one-graph formats, {@link DocFormat}; and for a paper, a topic
 * or a source its citations, {@code .bib}, {@code .csl.json}, {@code .ris}: {@link CitationFormat}); each document URL
 * also answers directly, with validators from the store's generation. Anything else gets a helpful 404 page.
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
        String resourcePath = CitationFormat.ofPath(path).map(f -> path.substring(0, path.length() - f.extension().length() - 1))
                .orElseGet(() -> resourcePath(path, DocFormat.ofPath(path)));
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
        Optional<CitationFormat> cite = CitationFormat.ofPath(path);
        if (cite.isPresent()) {
            citations(req, resp, path, cite.get());
            return;
        }
        Optional<DocFormat> asked = DocFormat.ofPath(path);
        String resourcePath = resourcePath(path, asked);
        // A topic spelling the topics file merged into another: moved there for good, as a crawler or a client
        // holding the old IRI should learn (its statements stay in the store, said of the kept topic's document).
        Optional<Node> kept = site.iriOf(resourcePath).map(site.views()::mergedInto);
        if (kept.isPresent()) {
            Site.redirect(req, resp, 301, site.href(kept.get()) + asked.map(f -> "." + f.extension).orElse(""));
            return;
        }
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
            redirect(req, resp, iri.get(), resourcePath);
            return;
        }
        DocFormat format = asked.get();
        resp.setHeader("Link", links(iri.get(), resourcePath, format));
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

    private void redirect(HttpServletRequest req, HttpServletResponse resp, Node iri, String resourcePath) throws IOException {
        resp.addHeader("Vary", "Accept");   // added: CORS may vary it by Origin too
        boolean cited = kind(iri).isPresent();
        Optional<String> extension = DocFormat.negotiateExtension(req.getHeader("Accept"), cited);
        resp.setHeader("Link", links(iri, resourcePath, null));
        if (extension.isEmpty()) {
            resp.sendError(406, "Formats here: " + DocFormat.mediaTypes(cited));
            return;
        }
        String doc = resourcePath + "." + extension.get();
        resp.setHeader("Content-Location", doc);
        Site.redirect(req, resp, 303, doc);
    }

    private byte[] render(Doc doc, DocFormat format, String self, int page) {
        if (format != DocFormat.HTML) return format.write(doc.graph(), site.iris);
        String html = pages.get(PageKind.of(doc.graph(), doc.resource())).render(doc, self, page);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The resource's documents, as a Link header ({@link DocLinks}). */
    private String links(Node iri, String resourcePath, DocFormat current) {
        return Txn.calculateRead(site.dataset(), () -> DocLinks.of(site.dataset().getUnionGraph(), iri, kind(iri), resourcePath, current));
    }

    private Optional<CitedPapers.Kind> kind(Node iri) {
        return Txn.calculateRead(site.dataset(), () -> CitedPapers.kind(site.dataset().getUnionGraph(), iri));
    }

    /**
     * A citation document ({@code /paper/2405.18870.bib}, {@code /topic/rag.ris?page=2}): the papers the resource's
     * citations hold ({@link CitedPapers}), in a format of the registry ({@link CitationFormat}); the next and
     * previous pages of a long list as Link headers.
     */
    private void citations(HttpServletRequest req, HttpServletResponse resp, String path, CitationFormat format) throws IOException {
        String resourcePath = path.substring(0, path.length() - format.extension().length() - 1);
        Optional<Node> iri = site.iriOf(resourcePath).filter(this::exists);
        Optional<CitedPapers.Kind> kind = iri.flatMap(this::kind);
        if (kind.isEmpty()) {
            notFound(resp, 404, iri.isPresent() ? "Only papers, topics and sources have citations; " + abbreviate(resourcePath) + " is none"
                    : "This address names nothing here: " + abbreviate(path));
            return;
        }
        int page = Pages.pageNumber(req.getParameter("page"));
        resp.setHeader("Content-Location", path + (page > 1 ? "?page=" + page : ""));
        if (site.generation().notModified(req, resp, format.extension() + (page > 1 ? "-p" + page : ""))) return;
        StringJoiner links = new StringJoiner(", ");
        links.add("<" + resourcePath + ">; rel=\"describes\"");
        byte[] body = Txn.calculateRead(site.dataset(), () -> {
            CitedPapers.Page cited = CitedPapers.of(site, kind.get(), iri.get(), page);
            if (cited.more()) links.add("<" + path + "?page=" + (page + 1) + ">; rel=\"next\"");
            Graph union = site.dataset().getUnionGraph();
            return format.write(cited.papers().stream().map(p -> Citation.of(union, p)).toList()).getBytes(StandardCharsets.UTF_8);
        });
        if (page > 1) links.add("<" + path + (page > 2 ? "?page=" + (page - 1) : "") + ">; rel=\"prev\"");
        resp.setHeader("Link", links.toString());
        resp.setContentType(format.contentType());
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    /** The server's {@link ErrorAnswer} writes it: a page or a line of text, by Accept. */
    private static void notFound(HttpServletResponse resp, int status, String why) throws IOException {
        resp.sendError(status, why);
    }

    private static String abbreviate(String s) { return s.length() > 120 ? s.substring(0, 120) + "…" : s; }

    /**
     * The resources that can be cited (papers, topics, sources: {@link CitedPapers.Kind}, minted at
     * {@code /paper/…}, {@code /topic/…}, {@code /source/…} by rdf/Iris), each with its documents: every
     * {@link DocFormat}'s and every {@link CitationFormat}'s. Every other IRI minted answers the same way.
     */
    @Override
    void describe(ApiPaths api) {
        List<String> extensions = Stream.concat(DocFormat.ALL.stream().map(f -> f.extension),
                Stream.of(CitationFormat.values()).map(CitationFormat::extension)).toList();
        List<String> types = Stream.concat(SparqlApi.documentTypes().stream(),
                Stream.of(CitationFormat.values()).map(CitationFormat::mediaType)).toList();
        for (CitedPapers.Kind kind : CitedPapers.Kind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT), resource = "/" + name + "/{id}";
            api.get(resource, "A " + name + ": 303 to its document in the format accepted")
                    .description("The IRI names the " + name + ", not a document: the answer is a 303 to the document whose "
                            + "extension the Accept header asks for (HTML for a browser). Every IRI minted under the base "
                            + "answers so at its path, with the documents its kind has.")
                    .pathParam("id", ApiPaths.string(), "The rest of the " + name + "'s IRI after /" + name + "/")
                    .answers(303, "To the document (Location, Content-Location); its other documents as Link headers")
                    .answers(301, "To the " + name + "'s own address (no trailing slash; an arXiv id without its version)")
                    .answers(404, "Nothing is known about it")
                    .answers(406, "None of the media types accepted is offered");
            api.get(resource + ".{ext}", "A " + name + "'s document in the format its extension names")
                    .description("RDF formats hold what the store says of the " + name + " and what points at it (capped); "
                            + "citation formats hold its papers, " + CitedPapers.PER_PAGE + " a page (Link rel=next).")
                    .pathParam("id", ApiPaths.string(), "The rest of the " + name + "'s IRI after /" + name + "/")
                    .pathParam("ext", ApiPaths.oneOf(extensions), "The format's extension")
                    .queryParam("page", ApiPaths.integer(1), "A page of a long list, from 1")
                    .answers(200, "The document", types)
                    .answers(301, "To the " + name + "'s own address")
                    .revalidated()
                    .answers(404, "Nothing is known about it");
        }
    }
}
