package org.papergraph.server;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.html.Html;

/**
 * A source's page shows how the file was read, as {@code papergraph inspect} prints it: a row per block (a table or a
 * list) with its lines and what its rows became, and a table's columns with the role each was given and why, or a
 * list's links. Every value comes from the data, so every value is escaped.
 */
final class ReadingTable {
    private ReadingTable() {}

    /** The blocks of the source the document is about, if it records any. */
    static void render(Html h, Doc doc, Vocab pg) {
        List<Node> blocks = doc.objects(doc.resource(), pg.block);
        if (blocks.isEmpty()) return;
        blocks.sort(Comparator.comparingLong(b -> number(doc, b, pg.firstLine)));
        h.tag("h2", "What was read").raw("<div class=\"scroll\"><table><tr><th>block</th><th>lines</th><th>rows</th>"
                + "<th>papers</th><th>repeats</th><th>rejected</th><th>prose</th><th>columns or links</th></tr>");
        for (Node b : blocks) {
            String id = b.getURI().substring(b.getURI().indexOf('#') + 1);
            boolean list = doc.text(b, pg.blockKind).equals("list");
            h.raw("<tr id=\"" + Html.esc(id) + "\"><td>").text(doc.text(b, pg.blockKind)).raw("</td><td>")
             .text(doc.text(b, pg.firstLine) + "–" + doc.text(b, pg.lastLine)).raw("</td>");
            for (Node count : new Node[] {pg.rowCount, pg.paperCount, pg.repeatCount, pg.rejectedCount, pg.proseCount})
                h.raw("<td>").text(doc.text(b, count)).raw("</td>");
            h.raw("<td>");
            if (list) {
                h.text("code " + doc.text(b, pg.codeLinkCount) + ", other links " + doc.text(b, pg.otherLinkCount));
            } else {
                List<Node> columns = doc.objects(b, pg.column);
                columns.sort(Comparator.comparingLong(c -> number(doc, c, pg.position)));
                for (int i = 0; i < columns.size(); i++) {
                    Node c = columns.get(i);
                    String role = doc.text(c, pg.role);
                    if (i > 0) h.raw("<br>");
                    h.text(doc.text(c, pg.header) + " → " + (role.isEmpty() ? "not read" : role)
                            + " (" + doc.text(c, pg.roleReason) + ")");
                }
            }
            h.raw("</td></tr>");
        }
        h.raw("</table></div>");
    }

    /** Whether a node is one of the records this table shows, so the page does not show it again. */
    static boolean shows(Doc doc, Node n, Vocab pg) {
        return doc.graph().contains(n, Vocab.TYPE, pg.blockClass) || doc.graph().contains(n, Vocab.TYPE, pg.columnRole);
    }

    private static long number(Doc doc, Node n, Node p) {
        try {
            return Long.parseLong(doc.text(n, p));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
