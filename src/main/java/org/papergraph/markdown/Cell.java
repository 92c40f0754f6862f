package org.papergraph.markdown;

import java.util.List;

/**
 * One table cell as text (links, code spans and emphasis flattened, inline HTML dropped) and its link targets; the
 * structure flattening hides that says where a title ends (see {@link Marks}); and, when the cell is more than one
 * run of plain text, its {@code parts}: what a reader sees as pieces of it (a link, an emphasised or code span, a
 * line after a {@code <br>}, a badge), in order, to tell a title from its authors and venue. A cell of plain text
 * alone has no parts: its text is its only part.
 */
public record Cell(String text, List<String> links, Marks marks, List<Part> parts) {
    public static final Cell EMPTY = new Cell("", List.of());

    public Cell(String text, List<String> links) { this(text, links, Marks.NONE, List.of()); }

    public boolean isBlank() { return text.isEmpty() && links.isEmpty(); }

    /** Its parts, or its text as one part. */
    public List<Part> pieces() {
        return !parts.isEmpty() || text.isEmpty() ? parts : List.of(new Part(Kind.TEXT, text));
    }

    /**
     * Offsets into {@link #text}, or -1: {@code leadStart}..{@code leadEnd} is the first emphasis or link the cell
     * holds when only plain text or badges come before it ({@code 1) **Llama 2** - a collection ...}), or the text a list item
     * took from its structure (a quote, the bold or link it leads with);
     * {@code gap} is where two or more spaces stood between words, collapsed to one in the text; {@code lineBreak}
     * where the first line break ({@code <br>}) outside emphasis and links stood, with text before and after it.
     */
    public record Marks(int leadStart, int leadEnd, int gap, int lineBreak) {
        public static final Marks NONE = new Marks(-1, -1, -1, -1);

        public boolean hasLead() { return leadStart >= 0; }

        /** All of {@code text} is the lead: its title by structure. */
        public static Marks whole(String text) { return text.isEmpty() ? NONE : new Marks(0, text.length(), -1, -1); }
    }

    /**
     * A piece of a cell: a line break between two is a {@link Kind#BREAK} part of its own; a link's or a badge's
     * {@code url} is where it points (a badge's text is its alt text), else null.
     */
    public record Part(Kind kind, String text, String url) {
        public Part(Kind kind, String text) { this(kind, text, null); }
    }

    public enum Kind { TEXT, LINK, EMPHASIS, STRONG, CODE, BADGE, BREAK }
}
