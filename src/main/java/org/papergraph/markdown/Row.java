package org.papergraph.markdown;

import java.util.List;

/**
 * A body row of a table. {@code cells} has one entry per header column, as commonmark gives them; {@code
 * presentCells} says how many of those the source line really had (commonmark pads short rows), and {@code
 * droppedText} holds what the line had past the header's width (commonmark drops it), or null.
 */
public record Row(Table table, int line, List<Cell> cells, int presentCells, String droppedText, String sourceText) {

    public Cell cell(int column) { return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY; }

    public boolean isPadded() { return presentCells < cells.size(); }

    public boolean isBlank() { return droppedText == null && cells.stream().allMatch(Cell::isBlank); }
}
