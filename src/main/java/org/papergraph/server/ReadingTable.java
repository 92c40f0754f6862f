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
    static void render(Html h, Doc doc) {
        List<Node> blocks = doc.objects(doc.resource(), Vocab.BLOCK);
        if (blocks.isEmpty()) return;
        blocks.sort(Comparator.comparingLong(b -> number(doc, b, Vocab.FIRST_LINE)));
        h.tag("h2", "What was read").raw("<div class=\"scroll\" tabindex=\"0\"><table><tr><th>block</th><th>lines</th><th>rows</th>"
                + "<th>papers</th><th>repeats</th><th>rejected</th><th>prose</th><th>columns or links</th></tr>");
        for (Node b : blocks) {
            String id = b.getURI().substring(b.getURI().indexOf('#') + 1);
            boolean list = doc.text(b, Vocab.BLOCK_KIND).equals("list");
            h.raw("<tr id=\"" + Html.esc(id) + "\"><td>").text(doc.text(b, Vocab.BLOCK_KIND)).raw("</td><td>")
             .text(doc.text(b, Vocab.FIRST_LINE) + "–" + doc.text(b, Vocab.LAST_LINE)).raw("</td>");
            for (Node count : new Node[] {Vocab.ROW_COUNT, Vocab.PAPER_COUNT, Vocab.REPEAT_COUNT, Vocab.REJECTED_COUNT, Vocab.PROSE_COUNT})
                h.raw("<td>").text(doc.text(b, count)).raw("</td>");
            h.raw("<td>");
            if (list) {
                h.text("code " + doc.text(b, Vocab.CODE_LINK_COUNT) + ", other links " + doc.text(b, Vocab.OTHER_LINK_COUNT));
            } else {
                List<Node> columns = doc.objects(b, Vocab.COLUMN);
                columns.sort(Comparator.comparingLong(c -> number(doc, c, Vocab.POSITION)));
                for (int i = 0; i < columns.size(); i++) {
                    Node c = columns.get(i);
                    String role = doc.text(c, Vocab.ROLE);
                    if (i > 0) h.raw("<br>");
                    h.text(doc.text(c, Vocab.HEADER) + " → " + (role.isEmpty() ? "not read" : role)
                            + " (" + doc.text(c, Vocab.ROLE_REASON) + ")");
                }
            }
            h.raw("</td></tr>");
        }
        h.raw("</table></div>");
    }

    /** Whether a node is one of the records this table shows, so the page does not show it again. */
    static boolean shows(Doc doc, Node n) {
        return doc.graph().contains(n, Vocab.TYPE, Vocab.BLOCK_CLASS) || doc.graph().contains(n, Vocab.TYPE, Vocab.COLUMN_ROLE);
    }

    private static long number(Doc doc, Node n, Node p) {
        try {
            return Long.parseLong(doc.text(n, p));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
