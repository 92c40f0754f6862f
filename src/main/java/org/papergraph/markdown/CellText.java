package org.papergraph.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
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
        Node node = cell.getFirstChild();
        while (node != null) {
            boolean descend = true;
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
        return new Cell(collapse((CharSequence) text), List.copyOf(new ArrayList<>(links)));
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
