package org.papergraph.markdown;

import java.util.List;

/**
 * One table cell as text (links, code spans and emphasis flattened, inline HTML dropped), its link targets, and the
 * structure flattening hides that says where a title ends (see {@link Marks}).
 */
public record Cell(String text, List<String> links, Marks marks) {
    public static final Cell EMPTY = new Cell("", List.of());

    public Cell(String text, List<String> links) { this(text, links, Marks.NONE); }

    public boolean isBlank() { return text.isEmpty() && links.isEmpty(); }

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
}
