package org.papergraph.markdown;

import java.util.List;

/**
 * A body row of a table, or a list item (its {@code table} then its list's, with the headers of {@link ListItems#TABLE}).
 * {@code cells} has one entry per header column, as commonmark gives them; {@code presentCells} says how many of
 * those the source line really had (commonmark pads short rows), and {@code droppedText} holds what the line had past
 * the header's width (commonmark drops it), or null. {@code headings} is the path of section headings above it,
 * outermost first.
 */
public record Row(Table table, int line, List<Cell> cells, int presentCells, String droppedText, String sourceText,
                  List<Heading> headings) {

    public Row(Table table, int line, List<Cell> cells, int presentCells, String droppedText, String sourceText) {
        this(table, line, cells, presentCells, droppedText, sourceText, List.of());
    }

    public Cell cell(int column) { return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY; }

    public boolean isPadded() { return presentCells < cells.size(); }

    public boolean isBlank() { return droppedText == null && cells.stream().allMatch(Cell::isBlank); }

    /** Whether this is a list item rather than a table row. */
    public boolean isListItem() { return ListItems.isList(table); }
}
