package org.papergraph.markdown;

import java.util.List;

/**
 * One table cell as text (links, code spans and emphasis flattened, inline HTML dropped) and its link targets; and,
 * when the cell is more than one run of plain text, its {@code parts}: what a reader sees as pieces of it (a link,
 * an emphasised or code span, a line after a {@code <br>}, a badge), in order, to tell a title from its authors and
 * venue. A cell of plain text alone has no parts: its text is its only part.
 */
public record Cell(String text, List<String> links, List<Part> parts) {
    public static final Cell EMPTY = new Cell("", List.of());

    /**
     * A piece of a cell: a line break between two is a {@link Kind#BREAK} part of its own; a link's or a badge's
     * {@code url} is where it points (a badge's text is its alt text), else null.
     */
    public record Part(Kind kind, String text, String url) {
        public Part(Kind kind, String text) { this(kind, text, null); }
    }

    public enum Kind { TEXT, LINK, EMPHASIS, STRONG, CODE, BADGE, BREAK }

    public Cell(String text, List<String> links) { this(text, links, List.of()); }

    public boolean isBlank() { return text.isEmpty() && links.isEmpty(); }

    /** Its parts, or its text as one part. */
    public List<Part> pieces() {
        return !parts.isEmpty() || text.isEmpty() ? parts : List.of(new Part(Kind.TEXT, text));
    }
}
