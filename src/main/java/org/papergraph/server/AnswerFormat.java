package org.papergraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.papergraph.cite.Citation;
import org.papergraph.cite.CitationFormat;
import org.papergraph.export.RdfFormat;
import org.papergraph.query.ResultFormat;
import org.papergraph.rdf.Iris;

/**
 * The forms a canned query's answer takes over HTTP, which depend on the query's form: a SELECT or ASK answers as
 * an HTML table or a SPARQL results format (a SELECT of {@code ?paper}, as a search is, also as its papers'
 * citations, {@link CitationFormat}), a CONSTRUCT or DESCRIBE as an HTML table or an RDF format. Chosen by
 * {@code ?format=} (its name) or by Accept; nothing else is offered, so anything else is a 406.
 */
enum AnswerFormat {
    HTML("html", null, "text/html"),
    JSON("json", ResultFormat.JSON, "application/sparql-results+json", "application/json"),
    XML("xml", ResultFormat.XML, "application/sparql-results+xml", "application/xml"),
    CSV("csv", ResultFormat.CSV, "text/csv"),
    TSV("tsv", ResultFormat.TSV, "text/tab-separated-values"),
    TURTLE("turtle", RdfFormat.TURTLE),
    JSONLD("jsonld", RdfFormat.JSONLD),
    NTRIPLES("nt", RdfFormat.NTRIPLES),
    RDFXML("rdfxml", RdfFormat.RDFXML),
    BIBTEX(CitationFormat.BIBTEX),
    CSL_JSON(CitationFormat.CSL_JSON),
    RIS(CitationFormat.RIS);

    /** The variable whose papers a SELECT's citations hold. */
    static final String PAPER = "paper";

    final String name;
    final String mediaType;
    /** Its media type and the other names clients use for the same thing (plain JSON, XML; an RDF format's from the registry). */
    private final List<String> mediaTypes;
    private final ResultFormat results;
    private final DocFormat graph;
    private final CitationFormat citations;

    AnswerFormat(String name, ResultFormat results, String... mediaTypes) {
        this.name = name;
        this.mediaTypes = List.of(mediaTypes);
        this.mediaType = mediaTypes[0];
        this.results = results;
        this.graph = null;
        this.citations = null;
    }

    /** A SELECT's papers cited: the registry's citation format, by its name and media types. */
    AnswerFormat(CitationFormat citations) {
        this.name = citations.formatName();
        this.mediaTypes = citations.mediaTypes();
        this.mediaType = citations.mediaType();
        this.results = null;
        this.graph = null;
        this.citations = citations;
    }

    /** A graph's answer: a document format of the registry's, its media types the registry's. */
    AnswerFormat(String name, RdfFormat graph) {
        this.name = name;
        this.graph = DocFormat.of(graph).orElseThrow();
        this.mediaTypes = graph.mediaTypes();
        this.mediaType = graph.mediaType();
        this.results = null;
        this.citations = null;
    }

    /** What a query of this form can answer as, HTML first; a SELECT of {@code ?paper} also as its papers' citations. */
    static List<AnswerFormat> offered(Query query) {
        boolean graphs = query.isConstructType() || query.isDescribeType();
        boolean papers = query.isSelectType() && query.getResultVars().contains(PAPER);
        return Stream.of(values()).filter(f -> f == HTML || (graphs ? f.graph != null : f.results != null)
                || (papers && f.citations != null)).toList();
    }

    /** The format asked for, {@code ?format=} before Accept; empty when the query cannot answer in it (406). */
    static Optional<AnswerFormat> choose(Query query, String formatParam, String accept) {
        List<AnswerFormat> offered = offered(query);
        if (formatParam != null) return offered.stream().filter(f -> f.name.equalsIgnoreCase(formatParam)).findFirst();
        if (accept == null || accept.isBlank()) return Optional.of(HTML);
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), offers(offered));
        } catch (RuntimeException badHeader) {
            return Optional.of(HTML);
        }
        if (m == null) return Optional.empty();
        String type = m.getContentTypeStr();
        return offered.stream().filter(f -> f.mediaTypes.contains(type)).findFirst();
    }

    /** The names {@code ?format=} takes for the query, for a 406's message. */
    static String names(Query query) { return String.join(", ", offered(query).stream().map(f -> f.name).toList()); }

    /** Writes the answer of a query that is not HTML (inside the caller's read transaction over {@code union}'s dataset). */
    void write(QueryExec exec, Iris iris, Graph union, OutputStream out) throws IOException {
        if (citations != null) {
            Set<Node> papers = new LinkedHashSet<>();
            exec.select().forEachRemaining(row -> {
                Node p = row.get(Var.alloc(PAPER));
                if (p != null && p.isURI()) papers.add(p);
            });
            out.write(citations.write(papers.stream().map(p -> Citation.of(union, p)).toList()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (results != null) {
            results.write(exec, out);
            return;
        }
        Query q = exec.getQuery();
        out.write(graph.write(q.isConstructType() ? exec.construct() : exec.describe(), iris));
    }

    String contentType() { return citations != null ? citations.contentType() : mediaType + "; charset=utf-8"; }

    private static AcceptList offers(List<AnswerFormat> offered) {
        return AcceptList.create(offered.stream().flatMap(f -> f.mediaTypes.stream())
                .toArray(String[]::new));
    }
}
