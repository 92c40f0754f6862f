package org.papergraph.server;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.export.RdfFormat;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.SourceRecord;

/**
 * The SPARQL endpoint described in the SPARQL 1.1 Service Description vocabulary, as a GET of the endpoint without
 * a query answers it: its addresses (at the server's public base), SPARQL 1.1 Query only, the result formats it
 * writes, the union of the sources' graphs as its default graph, the sources' graphs (and the catalog's and the
 * statistics') as named graphs, and papergraph's property functions as extension functions. The VoID description
 * links it ({@code dcat:endpointDescription}).
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** The addresses of the one query endpoint ({@link Server}), the first its name. */
    static final List<String> ENDPOINTS = List.of("papers/sparql", "papers/query", "sparql");
    /** The W3C's name of each results format the endpoint writes, and of each RDF format of the registry it writes a graph in. */
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV");
    private static final Map<RdfFormat, String> GRAPH_FORMATS = Map.of(RdfFormat.TURTLE, "Turtle", RdfFormat.NTRIPLES, "N-Triples",
            RdfFormat.JSONLD, "JSON-LD", RdfFormat.RDFXML, "RDF_XML");
    /** What each property function does, for a reader of the description. */
    private static final Map<Node, String> FUNCTIONS = Map.of(
            Vocab.SEARCH, "Property function: ?paper pg:search (\"words\" limit offset) binds the papers whose titles or abstracts hold the words, newest first.",
            Vocab.ON_TOPIC, "Property function: ?paper pg:onTopic (<topic> limit offset) binds a topic's papers, newest first.",
            Vocab.NEIGHBOURS, "Property function: (?other ?shared) pg:neighbours (?paper limit) binds the papers sharing most topics with a paper, and how many.");

    private ServiceDescription() {}

    /** The service's IRI: its endpoint's URL under the public base. */
    static Node service(Site site) { return uri(site.publicBase + ENDPOINTS.get(0)); }

    static Graph of(Site site) {
        Graph g = GraphFactory.createDefaultGraph();
        Node s = service(site);
        add(g, s, Vocab.TYPE, uri(SD + "Service"));
        add(g, s, Vocab.TITLE, NodeFactory.createLiteralString("papergraph's SPARQL endpoint (read-only)"));
        for (String e : ENDPOINTS) add(g, s, uri(SD + "endpoint"), uri(site.publicBase + e));
        add(g, s, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        add(g, s, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"));
        for (String f : RESULT_FORMATS) add(g, s, uri(SD + "resultFormat"), uri(FORMATS + f));
        for (RdfFormat f : RdfFormat.tripleFormats()) add(g, s, uri(SD + "resultFormat"), uri(FORMATS + GRAPH_FORMATS.get(f)));
        for (Map.Entry<Node, String> f : FUNCTIONS.entrySet()) {
            add(g, s, uri(SD + "extensionFunction"), f.getKey());
            add(g, f.getKey(), Vocab.TYPE, uri(SD + "Function"));
            add(g, f.getKey(), uri(Vocab.RDFS + "comment"), NodeFactory.createLiteralString(f.getValue()));
        }
        Node d = site.iris.dataset();
        add(g, s, uri(SD + "defaultDataset"), d);
        add(g, d, Vocab.TYPE, uri(SD + "Dataset"));
        Node union = NodeFactory.createBlankNode();
        add(g, d, uri(SD + "defaultGraph"), union);
        add(g, union, Vocab.TYPE, uri(SD + "Graph"));
        add(g, union, uri(Vocab.RDFS + "comment"), NodeFactory.createLiteralString("The union of the named graphs"));
        for (SourceRecord r : site.sources()) named(g, d, r.source());
        named(g, d, site.iris.sourceCatalog());
        named(g, d, site.iris.statistics());
        return DocOrder.of(g); // its blank nodes labelled alike in every replica, for the page too
    }

    private static void named(Graph g, Node dataset, Node graph) {
        Node n = NodeFactory.createBlankNode();
        add(g, dataset, uri(SD + "namedGraph"), n);
        add(g, n, Vocab.TYPE, uri(SD + "NamedGraph"));
        add(g, n, uri(SD + "name"), graph);
    }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }

    private static Node uri(String s) { return NodeFactory.createURI(s); }
}
