package org.papergraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.papergraph.query.ResultFormat;

/**
 * The forms a canned query's answer takes over HTTP, which depend on the query's form: a SELECT or ASK answers as
 * an HTML table or a SPARQL results format, a CONSTRUCT or DESCRIBE as an HTML table or an RDF format. Chosen by
 * {@code ?format=} (its name) or by Accept; nothing else is offered, so anything else is a 406.
 */
enum AnswerFormat {
    HTML("html", "text/html", null, null),
    JSON("json", "application/sparql-results+json", ResultFormat.JSON, null),
    XML("xml", "application/sparql-results+xml", ResultFormat.XML, null),
    CSV("csv", "text/csv", ResultFormat.CSV, null),
    TSV("tsv", "text/tab-separated-values", ResultFormat.TSV, null),
    TURTLE("turtle", "text/turtle", null, DocFormat.TURTLE),
    JSONLD("jsonld", "application/ld+json", null, DocFormat.JSONLD),
    NTRIPLES("nt", "application/n-triples", null, DocFormat.NTRIPLES),
    RDFXML("rdfxml", "application/rdf+xml", null, DocFormat.RDFXML);

    final String name;
    final String mediaType;
    private final ResultFormat results;
    private final DocFormat graph;

    AnswerFormat(String name, String mediaType, ResultFormat results, DocFormat graph) {
        this.name = name;
        this.mediaType = mediaType;
        this.results = results;
        this.graph = graph;
    }

    /** What a query of this form can answer as, HTML first. */
    static List<AnswerFormat> offered(Query query) {
        boolean graphs = query.isConstructType() || query.isDescribeType();
        return Stream.of(values()).filter(f -> f == HTML || (graphs ? f.graph != null : f.results != null)).toList();
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
        return offered.stream().filter(f -> f.mediaType.equals(type) || f.aliases().contains(type)).findFirst();
    }

    /** The names {@code ?format=} takes for the query, for a 406's message. */
    static String names(Query query) { return String.join(", ", offered(query).stream().map(f -> f.name).toList()); }

    /** Writes the answer of a query that is not HTML (inside the caller's read transaction). */
    void write(QueryExec exec, OutputStream out) throws IOException {
        if (results != null) {
            results.write(exec, out);
            return;
        }
        Query q = exec.getQuery();
        out.write(graph.write(q.isConstructType() ? exec.construct() : exec.describe()));
    }

    String contentType() { return mediaType + "; charset=utf-8"; }

    /** Other names clients use for the same thing: plain JSON, N3 (Turtle is N3), XML. */
    private List<String> aliases() {
        return switch (this) {
            case JSON, JSONLD -> List.of("application/json");
            case XML, RDFXML -> List.of("application/xml");
            case TURTLE -> List.of("text/n3", "application/x-turtle");
            default -> List.of();
        };
    }

    private static AcceptList offers(List<AnswerFormat> offered) {
        return AcceptList.create(offered.stream().flatMap(f -> Stream.concat(Stream.of(f.mediaType), f.aliases().stream()))
                .toArray(String[]::new));
    }
}
