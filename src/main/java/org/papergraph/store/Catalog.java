package org.papergraph.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.Iris;

import static org.papergraph.rdf.Vocab.*;

/**
 * The store's metadata graph ({@code {base}sources}): a dcat:Catalog of the sources, each a dcat:Dataset (and the
 * name of its graph) with its path, size, SHA-256, account and its version's time ({@code prov:generatedAtTime}), in
 * DCAT, SPDX and PROV terms; and the base the data was minted under, as {@code void:uriSpace}. Its
 * {@code dcterms:modified} is its newest source's time: the catalog says only what its sources' versions say, so two
 * stores loaded from the same files agree whenever and in whatever order they were loaded. Read and written inside
 * the caller's transaction.
 */
public final class Catalog {
    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node graph;

    public Catalog(Store store) {
        this.dsg = store.dataset();
        this.iris = store.iris();
        this.graph = iris.sourceCatalog();
    }

    /** The sources by their graph's IRI: an order of their own, not of the store's (which follows the loads). */
    public Map<Node, SourceRecord> sources() {
        Map<Node, SourceRecord> out = new TreeMap<>(Comparator.comparing(Node::getURI));
        var it = dsg.find(graph, graph, HAS_DATASET, Node.ANY);
        try {
            while (it.hasNext()) {
                Node s = it.next().getObject();
                Node sum = object(s, CHECKSUM);
                out.put(s, new SourceRecord(s, text(s, PATH), number(s, BYTE_SIZE), sum == null ? "" : text(sum, CHECKSUM_VALUE),
                        (int) number(s, ROW_COUNT), (int) number(s, PAPER_COUNT), (int) number(s, REPEAT_COUNT),
                        (int) number(s, REJECTED_COUNT), (int) number(s, WARNING_COUNT), text(s, GENERATED_AT)));
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }

    public void put(SourceRecord r) {
        remove(r.source());
        Node s = r.source(), sum = iris.checksum(s);
        add(graph, HAS_DATASET, s);
        add(s, TYPE, DATASET);
        add(s, TYPE, ENTITY);
        add(s, PATH, Store.literal(r.path()));
        add(s, BYTE_SIZE, integer(r.size()));
        add(s, CHECKSUM, sum);
        add(sum, TYPE, CHECKSUM_CLASS);
        add(sum, ALGORITHM, SHA256);
        add(sum, CHECKSUM_VALUE, NodeFactory.createLiteralDT(r.sha256(), XSDDatatype.XSDhexBinary));
        add(s, ROW_COUNT, integer(r.rows()));
        add(s, PAPER_COUNT, integer(r.papers()));
        add(s, REPEAT_COUNT, integer(r.repeats()));
        add(s, REJECTED_COUNT, integer(r.rejected()));
        add(s, WARNING_COUNT, integer(r.warnings()));
        add(s, GENERATED_AT, NodeFactory.createLiteralDT(r.modified(), XSDDatatype.XSDdateTime));
    }

    public void remove(Node source) {
        dsg.deleteAny(graph, graph, HAS_DATASET, source);
        dsg.deleteAny(graph, source, Node.ANY, Node.ANY);
        dsg.deleteAny(graph, iris.checksum(source), Node.ANY, Node.ANY);
    }

    /** The catalog itself, after a source was put or removed: its base, and its newest source's time (none when empty). */
    public void touch() {
        dsg.deleteAny(graph, graph, MODIFIED, Node.ANY);
        add(graph, TYPE, CATALOG);
        add(graph, TITLE, Store.literal("papergraph sources"));
        add(graph, URI_SPACE, Store.literal(iris.base()));
        sources().values().stream().map(SourceRecord::modified).filter(s -> !s.isEmpty()).map(Instant::parse).max(Instant::compareTo)
                .ifPresent(newest -> add(graph, MODIFIED, time(newest)));
    }

    /** A time as the catalog and the history write it. */
    static Node time(Instant when) { return NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime); }

    /** When the catalog last changed ({@code dcterms:modified}), null for an empty store. */
    Node modified() { return object(graph, MODIFIED); }

    private void add(Node s, Node p, Node o) { dsg.add(Quad.create(graph, s, p, o)); }

    private Node object(Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }

    private String text(Node s, Node p) {
        Node o = object(s, p);
        return o == null ? "" : o.getLiteralLexicalForm();
    }

    private long number(Node s, Node p) {
        Node o = object(s, p);
        return o == null ? 0 : Long.parseLong(o.getLiteralLexicalForm());
    }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
}
