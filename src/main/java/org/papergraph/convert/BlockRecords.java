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
    private final Vocab pg;
    private final StreamRDF out;

    BlockRecords(Iris iris, Vocab pg, StreamRDF out) {
        this.iris = iris;
        this.pg = pg;
        this.out = out;
    }

    void write(Reading r, Node source, String sourceSlug) {
        Node b = iris.block(sourceSlug, r.number());
        emit(source, source, pg.block, b);
        emit(source, b, Vocab.TYPE, pg.blockClass);
        emit(source, b, pg.blockKind, text(r.kind().key()));
        emit(source, b, pg.firstLine, integer(r.firstLine()));
        emit(source, b, pg.lastLine, integer(r.lastLine()));
        emit(source, b, pg.rowCount, integer(r.rows()));
        emit(source, b, pg.paperCount, integer(r.papers()));
        emit(source, b, pg.repeatCount, integer(r.repeats()));
        emit(source, b, pg.rejectedCount, integer(r.rejected()));
        if (r.kind() == Reading.Kind.LIST) {
            emit(source, b, pg.proseCount, integer(r.prose()));
            emit(source, b, pg.codeLinkCount, integer(r.withCode()));
            emit(source, b, pg.otherLinkCount, integer(r.withOtherLinks()));
        }
        for (Reading.ColumnRole c : r.columns()) {
            Node col = iris.blockColumn(sourceSlug, r.number(), c.position(), c.role());
            emit(source, b, pg.column, col);
            emit(source, col, Vocab.TYPE, pg.columnRole);
            emit(source, col, pg.position, integer(c.position()));
            emit(source, col, pg.header, text(c.header()));
            if (c.role() != null) emit(source, col, pg.role, text(c.role()));
            emit(source, col, pg.roleReason, text(c.reason()));
        }
    }

    private void emit(Node graph, Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }

    private static Node text(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(int n) { return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger); }
}
