package org.papergraph.server;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.views.PaperViews;

/**
 * The dataset described in VoID and DCAT, as {@code /.well-known/void} serves it: size, classes, the SPARQL
 * endpoint and the dumps (at the server's public base), the URI space, vocabularies, example
 * resources, sources.
 */
final class DatasetDescription {
    private static final String VOID = Vocab.VOID;
    private static final List<String> VOCABULARIES = List.of(Vocab.DCTERMS, Vocab.SKOS, Vocab.FABIO, Vocab.PRISM,
            Vocab.SCHEMA, Vocab.PROV, Vocab.DCAT, Vocab.SPDX);

    private DatasetDescription() {}

    static Graph of(Site site) {
        String root = site.publicBase;
        PaperViews views = site.views();
        Graph g = GraphFactory.createDefaultGraph();
        Node d = site.iris.dataset();
        add(g, d, Vocab.TYPE, uri(VOID + "Dataset"));
        add(g, d, Vocab.TYPE, Vocab.DATASET);
        add(g, d, Vocab.TITLE, NodeFactory.createLiteralString("papergraph: curated research-paper lists as linked data"));
        add(g, d, Vocab.MODIFIED, NodeFactory.createLiteralDT(site.generation().lastModified().toString(), XSDDatatype.XSDdateTime));
        add(g, d, Vocab.TRIPLES, integer(site.triples()));
        add(g, d, uri(VOID + "entities"), integer(views.paperCount() + views.topicCount()));
        partition(g, d, Vocab.SCHOLARLY_ARTICLE, views.paperCount());
        partition(g, d, Vocab.CONCEPT, views.topicCount());
        Node endpoint = uri(root + "papers/sparql");
        add(g, d, uri(VOID + "sparqlEndpoint"), endpoint);
        Node service = NodeFactory.createBlankNode();
        add(g, d, uri(Vocab.DCAT + "accessService"), service);
        add(g, d, uri(Vocab.DCAT + "landingPage"), uri(root));
        add(g, service, Vocab.TYPE, uri(Vocab.DCAT + "DataService"));
        add(g, service, uri(Vocab.DCAT + "endpointURL"), endpoint);
        add(g, service, uri(Vocab.DCAT + "servesDataset"), d);
        add(g, service, uri(Vocab.DCAT + "endpointDescription"), ServiceDescription.service(site)); // its SPARQL Service Description
        // The whole HTTP API (documents, canned queries, dumps, feeds), as its OpenAPI document describes it.
        Node api = NodeFactory.createBlankNode();
        add(g, d, uri(Vocab.DCAT + "accessService"), api);
        add(g, api, Vocab.TYPE, uri(Vocab.DCAT + "DataService"));
        add(g, api, uri(Vocab.DCAT + "endpointURL"), uri(root));
        add(g, api, uri(Vocab.DCAT + "servesDataset"), d);
        add(g, api, uri(Vocab.DCAT + "endpointDescription"), uri(root + OpenApiServlet.PATH.substring(1)));
        add(g, d, Vocab.URI_SPACE, NodeFactory.createLiteralString(site.iris.base()));
        add(g, d, uri(VOID + "uriRegexPattern"), NodeFactory.createLiteralString("^" + java.util.regex.Pattern.quote(site.iris.base())));
        for (String v : VOCABULARIES) add(g, d, uri(VOID + "vocabulary"), uri(v));
        add(g, d, uri(VOID + "vocabulary"), uri(Vocab.PG));
        // the site's own page of that vocabulary
        add(g, site.iris.ontologyPage(), Vocab.PRIMARY_TOPIC, uri(Vocab.PG_ONTOLOGY));
        add(g, d, uri(VOID + "rootResource"), site.iris.topicScheme());
        add(g, d, uri(VOID + "rootResource"), site.iris.sourceCatalog());
        views.newest(0, 1).forEach(p -> add(g, d, uri(VOID + "exampleResource"), p));
        views.topicsByCount().stream().limit(1).forEach(t -> add(g, d, uri(VOID + "exampleResource"), t));
        add(g, d, uri(Vocab.DCTERMS + "source"), site.iris.sourceCatalog());
        for (var dump : DumpsServlet.DUMPS.entrySet()) {
            Node file = uri(root + "dumps/" + dump.getKey());
            add(g, d, uri(VOID + "dataDump"), file);
            Node distribution = NodeFactory.createBlankNode();
            add(g, d, uri(Vocab.DCAT + "distribution"), distribution);
            add(g, distribution, Vocab.TYPE, uri(Vocab.DCAT + "Distribution"));
            add(g, distribution, uri(Vocab.DCAT + "downloadURL"), file);
            add(g, distribution, uri(Vocab.DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + dump.getValue().mediaType()));
            if (dump.getValue().gzip()) add(g, distribution, uri(Vocab.DCAT + "compressFormat"), uri("https://www.iana.org/assignments/media-types/application/gzip"));
        }
        return DocOrder.of(g); // its blank nodes labelled alike in every replica, for the page too
    }

    private static void partition(Graph g, Node d, Node cls, long entities) {
        Node p = NodeFactory.createBlankNode();
        add(g, d, uri(VOID + "classPartition"), p);
        add(g, p, uri(VOID + "class"), cls);
        add(g, p, uri(VOID + "entities"), integer(entities));
    }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }

    private static Node uri(String s) { return NodeFactory.createURI(s); }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
}
