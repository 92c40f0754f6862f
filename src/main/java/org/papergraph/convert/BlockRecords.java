package org.papergraph.convert;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Vocab;

/**
 * Writes what was read in a block into its source's graph: a {@code pg:Block} (kind, lines, the account of its rows)
 * and, for a table, a {@code pg:ColumnRole} per column and role (header, position, role, why). What the source's page
 * shows, so a curator sees how the file was read.
 */
final class BlockRecords {
    private final Iris iris;
    private final StreamRDF out;

    BlockRecords(Iris iris, StreamRDF out) {
        this.iris = iris;
        this.out = out;
    }

    void write(Reading r, Node source, String sourceSlug) {
        Node b = iris.block(sourceSlug, r.number());
        emit(source, source, Vocab.BLOCK, b);
        emit(source, b, Vocab.TYPE, Vocab.BLOCK_CLASS);
        emit(source, b, Vocab.BLOCK_KIND, text(r.kind().key()));
        emit(source, b, Vocab.FIRST_LINE, integer(r.firstLine()));
        emit(source, b, Vocab.LAST_LINE, integer(r.lastLine()));
        emit(source, b, Vocab.ROW_COUNT, integer(r.rows()));
        emit(source, b, Vocab.PAPER_COUNT, integer(r.papers()));
        emit(source, b, Vocab.REPEAT_COUNT, integer(r.repeats()));
        emit(source, b, Vocab.REJECTED_COUNT, integer(r.rejected()));
        if (r.kind() == Reading.Kind.LIST) {
            emit(source, b, Vocab.PROSE_COUNT, integer(r.prose()));
            emit(source, b, Vocab.CODE_LINK_COUNT, integer(r.withCode()));
            emit(source, b, Vocab.OTHER_LINK_COUNT, integer(r.withOtherLinks()));
        }
        for (Reading.ColumnRole c : r.columns()) {
            Node col = iris.blockColumn(sourceSlug, r.number(), c.position(), c.role());
            emit(source, b, Vocab.COLUMN, col);
            emit(source, col, Vocab.TYPE, Vocab.COLUMN_ROLE);
            emit(source, col, Vocab.POSITION, integer(c.position()));
            emit(source, col, Vocab.HEADER, text(c.header()));
            if (c.role() != null) emit(source, col, Vocab.ROLE, text(c.role()));
            emit(source, col, Vocab.ROLE_REASON, text(c.reason()));
        }
    }

    private void emit(Node graph, Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }

    private static Node text(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(int n) { return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger); }
}
