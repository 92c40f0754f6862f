package org.papergraph.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Reads a cell's inline nodes into text and links. Walks the tree without recursion: emphasis can nest thousands
 * deep in hostile input.
 */
final class CellText {
    private CellText() {}

    static Cell of(Node cell) {
        Node only = cell.getFirstChild();
        if (only instanceof Text t && only.getNext() == null) return new Cell(collapse(t.getLiteral()), List.of());
        StringBuilder text = new StringBuilder();
        Set<String> links = new LinkedHashSet<>();
        Parts parts = new Parts(text);
        Node node = cell.getFirstChild();
        while (node != null) {
            boolean descend = true;
            if (node.getParent() == cell) parts.next(node);
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            } else if (node instanceof Code c) {
                text.append(c.getLiteral());
            } else if (node instanceof Link l) {
                if (!l.getDestination().isBlank()) links.add(l.getDestination().strip());
            } else if (node instanceof Image) {
                descend = false; // badges and icons are not part of a title
            } else if (node instanceof HtmlInline || node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' '); // <br> and other tags separate words, they are never text
            }
            node = nextInOrder(node, cell, descend);
        }
        return new Cell(collapse((CharSequence) text), List.copyOf(new ArrayList<>(links)), parts.end());
    }

    /** Cuts a cell's text into parts where one of its top-level inlines begins, plain text runs kept whole. */
    static final class Parts {
        private final StringBuilder text;
        private final List<Cell.Part> parts = new ArrayList<>(4);
        private Cell.Kind kind;
        private String url;
        private int start;

        Parts(StringBuilder text) { this.text = text; }

        /** A top-level inline begins, before its text is appended. */
        void next(Node n) {
            Cell.Kind k = kindOf(n);
            if (k == Cell.Kind.TEXT && kind == Cell.Kind.TEXT) return;
            flush();
            if (k == Cell.Kind.BREAK) {
                if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() != Cell.Kind.BREAK) parts.add(new Cell.Part(k, ""));
                kind = null;
            } else if (n instanceof Image img) {
                parts.add(new Cell.Part(k, collapse(altText(img)), img.getDestination().strip()));
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
            String t = collapse(text.substring(start));
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
            if (n instanceof HtmlInline h && h.getLiteral().toLowerCase(java.util.Locale.ROOT).startsWith("<br")) return Cell.Kind.BREAK;
            return Cell.Kind.TEXT;
        }

        private static String altText(Image img) {
            StringBuilder alt = new StringBuilder();
            for (Node c = img.getFirstChild(); c != null; c = c.getNext()) if (c instanceof Text t) alt.append(t.getLiteral());
            return alt.toString();
        }
    }

    private static Node nextInOrder(Node node, Node root, boolean descend) {
        if (descend && node.getFirstChild() != null) return node.getFirstChild();
        while (node != root) {
            if (node.getNext() != null) return node.getNext();
            node = node.getParent();
        }
        return null;
    }

    static String collapse(String s) {
        return isCollapsed(s) ? s : collapse((CharSequence) s);
    }

    /** Most cells need no change: no leading, trailing or doubled spaces, nothing invisible. */
    private static boolean isCollapsed(String s) {
        if (s.isEmpty()) return true;
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) return false;
        char before = 'x';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? before == ' ' : (c < ' ' || c > '~') && (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c == '\u200B' || c == '\uFEFF')) return false;
            before = c;
        }
        return true;
    }

    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\uFEFF') continue; // zero-width space, stray byte-order mark
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
