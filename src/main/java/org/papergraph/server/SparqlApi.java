package org.papergraph.server;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.papergraph.export.RdfFormat;
import org.papergraph.query.ResultFormat;

/**
 * How Fuseki's endpoints answer, for the OpenAPI document: the operation each endpoint of a dataset has (a SPARQL
 * query, a Graph Store read), described at the endpoint's path. The media types are the registries' (papergraph's
 * result and RDF formats), as Fuseki negotiates them.
 */
final class SparqlApi {
    private SparqlApi() {}

    /** The media types of a SELECT's or ASK's results, and of a CONSTRUCT's or DESCRIBE's graph. */
    static List<String> answerTypes() {
        Stream<String> results = Stream.of(ResultFormat.values()).filter(f -> f != ResultFormat.TURTLE).map(f -> f.mediaType);
        return Stream.concat(results, RdfFormat.tripleFormats().stream().map(RdfFormat::mediaType)).distinct().toList();
    }

    /** The RDF media types a description or a graph is written in: every document format's. */
    static List<String> documentTypes() { return DocFormat.ALL.stream().map(f -> f.mediaType).toList(); }

    /** Describes the endpoint at {@code path}; an operation papergraph does not serve is not described. */
    static void describe(ApiPaths api, String path, Operation operation) {
        if (operation.equals(Operation.Query)) query(api, path);
        else if (operation.equals(Operation.GSP_R)) graphRead(api, path);
        else throw new IllegalStateException("an endpoint with no description: " + operation.getName() + " at " + path);
    }

    private static void query(ApiPaths api, String path) {
        api.get(path, "SPARQL 1.1 query (read-only), or the endpoint's service description when no query is given")
                .description("With `query`, the SPARQL Protocol's query via GET; the answer's media type by Accept. "
                        + "Without a query string, the SPARQL Service Description by Accept (an HTML page for a browser). "
                        + "SERVICE is off, queries time out and only a few run at once.")
                .queryParam("query", ApiPaths.string(), "The SPARQL query")
                .queryParam("default-graph-uri", ApiPaths.string(), "A graph to query as the default graph (default: the union of the sources' graphs)")
                .queryParam("named-graph-uri", ApiPaths.string(), "A graph to query as a named graph")
                .answers(200, "The query's answer, or with no query the service description", union(answerTypes(), documentTypes()))
                .revalidated()
                .answers(400, "The query is not SPARQL, or cannot be evaluated here")
                .answers(406, "None of the media types accepted is offered")
                .answers(414, "The query is longer than the server takes")
                .answers(503, "Too many queries at once (Retry-After), or the query ran past the timeout");
        api.post(path, "SPARQL 1.1 query (read-only), in the request's body")
                .body("The query, as `application/sparql-query`, or as the form field `query`",
                        WebContent.contentTypeSPARQLQuery, WebContent.contentTypeHTMLForm, List.of("query"))
                .answers(200, "The query's answer", answerTypes())
                .answers(400, "The query is not SPARQL, or is an update (this server only reads)")
                .answers(413, "The query is longer than the server takes")
                .answers(503, "Too many queries at once (Retry-After), or the query ran past the timeout");
    }

    private static void graphRead(ApiPaths api, String path) {
        List<String> types = Stream.of(RdfFormat.values()).map(RdfFormat::mediaType).toList();
        api.get(path, "SPARQL 1.1 Graph Store Protocol read: a graph, or the whole dataset")
                .description("`?default` (or `?graph=union`) is the union of the sources' graphs; `?graph=IRI` one graph; "
                        + "neither, the whole dataset as quads (TriG, N-Quads). Streamed, under the query cap and timeout.")
                .queryParam("default", ApiPaths.string(), "The default graph: the union of the sources' graphs")
                .queryParam("graph", ApiPaths.string(), "A graph's IRI, or `union`")
                .answers(200, "The graph, or the dataset, in the media type accepted", types)
                .answers(400, "Both `default` and `graph` given, or a bad graph IRI")
                .answers(404, "No such graph")
                .answers(406, "None of the media types accepted is offered")
                .answers(503, "Too many queries at once (Retry-After)");
    }

    private static List<String> union(List<String> a, List<String> b) { return Stream.concat(a.stream(), b.stream()).distinct().toList(); }
}
