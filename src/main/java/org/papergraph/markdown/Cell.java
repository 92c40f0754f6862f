package org.papergraph.markdown;

import java.util.List;

/** One table cell as text (links, code spans and emphasis flattened, inline HTML dropped) and its link targets. */
public record Cell(String text, List<String> links) {
    public static final Cell EMPTY = new Cell("", List.of());

    public boolean isBlank() { return text.isEmpty() && links.isEmpty(); }
}
