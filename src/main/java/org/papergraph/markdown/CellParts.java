package org.papergraph.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Cuts a cell's text into parts where one of its top-level inlines begins, plain text runs kept whole. */
final class CellParts {
    private final StringBuilder text;
    private final List<Cell.Part> parts = new ArrayList<>(4);
    private Cell.Kind kind;
    private String url;
    private int start;

    CellParts(StringBuilder text) { this.text = text; }

    /** A top-level inline begins, before its text is appended. */
    void next(Node n) {
        Cell.Kind k = kindOf(n);
        if (k == Cell.Kind.TEXT && kind == Cell.Kind.TEXT) return;
        flush();
        if (k == Cell.Kind.BREAK) {
            if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() != Cell.Kind.BREAK) parts.add(new Cell.Part(k, ""));
            kind = null;
        } else if (n instanceof Image img) {
            parts.add(new Cell.Part(k, CellText.collapse(altText(img)), img.getDestination().strip()));
            kind = null;
        } else {
            kind = k;
            url = n instanceof Link l ? l.getDestination().strip() : null;
        }
        start = text.length();
    }

    /** Something not read as text (a role link) ends the part at hand. */
    void cut() {
        flush();
        start = text.length();
    }

    private void flush() {
        if (kind == null) return;
        String t = CellText.collapse(text.substring(start));
        if (!t.isEmpty()) parts.add(new Cell.Part(kind, t, url));
        kind = null;
    }

    /** The parts, or none when the cell is one piece (a run of text, a link) that its text says. */
    List<Cell.Part> end() {
        flush();
        while (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == Cell.Kind.BREAK) parts.remove(parts.size() - 1);
        if (parts.size() == 1 && parts.get(0).kind() != Cell.Kind.BADGE) return List.of();
        return List.copyOf(parts);
    }

    private static Cell.Kind kindOf(Node n) {
        if (n instanceof Link) return Cell.Kind.LINK;
        if (n instanceof StrongEmphasis) return Cell.Kind.STRONG;
        if (n instanceof Emphasis) return Cell.Kind.EMPHASIS;
        if (n instanceof Code) return Cell.Kind.CODE;
        if (n instanceof Image) return Cell.Kind.BADGE;
        if (n instanceof HardLineBreak) return Cell.Kind.BREAK; // a soft one only wraps the text
        if (n instanceof HtmlInline h && h.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br")) return Cell.Kind.BREAK;
        return Cell.Kind.TEXT;
    }

    private static String altText(Image img) {
        StringBuilder alt = new StringBuilder();
        for (Node c = img.getFirstChild(); c != null; c = c.getNext()) if (c instanceof Text t) alt.append(t.getLiteral());
        return alt.toString();
    }
}
