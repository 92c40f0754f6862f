package org.papergraph.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
 * Reads a cell's inline nodes into text and links, and marks what flattening hides of where a title ends (the
 * emphasis or link a cell leads with, a gap of spaces, a line break). Walks the tree without recursion: emphasis can
 * nest thousands deep in hostile input.
 */
final class CellText {
    private CellText() {}

    static Cell of(Node cell) {
        Node only = cell.getFirstChild();
        if (only instanceof Text t && only.getNext() == null) {
            String text = collapse(t.getLiteral());
            int gap = gapIn(t.getLiteral(), false);
            return new Cell(text, List.of(), gap < 0 ? Cell.Marks.NONE : marks(t.getLiteral(), text, -1, -1, gap, -1), List.of());
        }
        StringBuilder text = new StringBuilder();
        Set<String> links = new LinkedHashSet<>();
        // where, in the text as built (before collapsing), the lead, a gap and a line break are
        int leadFrom = -1, leadTo = -1, gap = -1, lineBreak = -1;
        boolean plainSoFar = true, hasText = false;
        CellParts parts = new CellParts(text);
        Node node = cell.getFirstChild();
        while (node != null) {
            if (node.getParent() == cell) { // an inline of the cell itself, not inside emphasis or a link
                if (leadFrom >= 0 && leadTo < 0) leadTo = text.length();
                boolean badge = node instanceof Link && isBadge(node); // [![stars](..)](..) before a title
                if (plainSoFar && !badge && (node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link)) leadFrom = text.length();
                plainSoFar = plainSoFar && leadFrom < 0 && (badge || node instanceof Text || node instanceof HtmlInline || node instanceof Image);
                if (node instanceof Text t && gap < 0) {
                    int g = gapIn(t.getLiteral(), text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1)));
                    if (g >= 0) gap = text.length() + g;
                }
                if (lineBreak < 0 && hasText && isLineBreak(node)) lineBreak = text.length();
            }
            boolean descend = true;
            if (node.getParent() == cell) parts.next(node);
            if (node instanceof Text t) {
                text.append(t.getLiteral());
                hasText = hasText || !t.getLiteral().isBlank();
            } else if (node instanceof Code c) {
                text.append(c.getLiteral());
                hasText = hasText || !c.getLiteral().isBlank();
            } else if (node instanceof Link l) {
                if (!l.getDestination().isBlank()) links.add(l.getDestination().strip());
            } else if (node instanceof Image) {
                descend = false; // badges and icons are not part of a title
            } else if (node instanceof HtmlInline || node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' '); // <br> and other tags separate words, they are never text
            }
            node = nextInOrder(node, cell, descend);
        }
        if (leadFrom >= 0 && leadTo < 0) leadTo = text.length();
        String flat = collapse((CharSequence) text);
        Cell.Marks marks = leadFrom < 0 && gap < 0 && lineBreak < 0 ? Cell.Marks.NONE : marks(text, flat, leadFrom, leadTo, gap, lineBreak);
        return new Cell(flat, List.copyOf(new ArrayList<>(links)), marks, parts.end());
    }

    /** The text a reader sees of one inline (a run of text, a code span, or the text inside emphasis or a link), collapsed. */
    static String plain(Node inline) {
        if (inline instanceof Text t) return collapse(t.getLiteral());
        if (inline instanceof Code c) return collapse(c.getLiteral());
        Node first = inline.getFirstChild();
        if (first == null) return "";
        if (first instanceof Text t && first.getNext() == null) return collapse(t.getLiteral());
        StringBuilder text = new StringBuilder();
        for (Node node = first; node != null; ) {
            boolean descend = true;
            if (node instanceof Text t) text.append(t.getLiteral());
            else if (node instanceof Code c) text.append(c.getLiteral());
            else if (node instanceof Image) descend = false;
            else if (node instanceof HtmlInline || node instanceof SoftLineBreak || node instanceof HardLineBreak) text.append(' ');
            node = nextInOrder(node, inline, descend);
        }
        return collapse((CharSequence) text);
    }

    /** The marks' offsets in the collapsed text; a gap or break only when text comes after it. */
    private static Cell.Marks marks(CharSequence raw, String flat, int leadFrom, int leadTo, int gap, int lineBreak) {
        int leadEnd = leadFrom < 0 ? -1 : collapse(raw.subSequence(0, leadTo)).length();
        int leadStart = leadFrom < 0 ? -1 : leadEnd - collapse(raw.subSequence(leadFrom, leadTo)).length();
        if (leadStart >= leadEnd) leadStart = leadEnd = -1;
        return new Cell.Marks(leadStart, leadEnd, within(flat, raw, gap), within(flat, raw, lineBreak));
    }

    private static int within(String flat, CharSequence raw, int at) {
        int i = at < 0 ? -1 : collapse(raw.subSequence(0, at)).length();
        return i > 0 && i < flat.length() ? i : -1;
    }

    /** Where a run of two or more spaces comes after text (in {@code t}, or before it), or -1. */
    private static int gapIn(String t, boolean textBefore) {
        int run = 0;
        boolean seen = textBefore;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000') {
                run++;
            } else {
                if (run >= 2 && seen) return i - run;
                seen = true;
                run = 0;
            }
        }
        return run >= 2 && seen ? t.length() - run : -1; // before the next inline: "7) Docling  [Docling](..) is ..."
    }

    /** A link that shows only images: a badge. */
    private static boolean isBadge(Node link) {
        for (Node c = link.getFirstChild(); c != null; c = c.getNext())
            if (!(c instanceof Image || c instanceof Text t && t.getLiteral().isBlank())) return false;
        return link.getFirstChild() != null;
    }

    private static boolean isLineBreak(Node n) {
        return n instanceof HardLineBreak || n instanceof HtmlInline h && BR.matcher(h.getLiteral()).matches();
    }

    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

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
