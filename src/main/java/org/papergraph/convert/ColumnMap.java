package org.papergraph.convert;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.papergraph.markdown.Cell;
import org.papergraph.markdown.Row;
import org.papergraph.markdown.Table;

/**
 * Which column of a table holds what, and why. A role goes to the column the user named ({@code --columns
 * title=Paper}); else to the column whose header is its name or a synonym (any case, any order, any language the
 * synonyms cover), the most telling name first ("Title" over "Paper"), the leftmost on a tie; else to a column a
 * part of whose compound header names it ({@code Title & Authors}). A column holds one role, except that a
 * compound header's code or authors part shares the cell ({@code Paper / Code}). When no header names the paper's
 * column, it is the column whose cells link papers in at least half the rows seen.
 */
final class ColumnMap {
    /** Why a role went to a column. */
    enum How {
        OPTION("named by --columns"), HEADER("by header"), SYNONYM("by synonym"), COMPOUND("by a part of a compound header"),
        CELLS("by cells");

        final String label;

        How(String label) { this.label = label; }
    }

    /** A role, the column that holds it, and why; {@code detail} says more (the rows that linked papers). */
    record Choice(Column role, int column, String header, How how, String detail) {
        @Override
        public String toString() {
            return role.key() + ": column " + (column + 1) + " \"" + header + "\" (" + how.label
                    + (detail.isEmpty() ? "" : ": " + detail) + ")";
        }
    }

    /** Rows looked at to choose the paper's column by its cells. */
    static final int SAMPLE = 64;

    private final Map<Column, Choice> choices = new EnumMap<>(Column.class);
    private final List<String> unmapped = new ArrayList<>();
    private final List<String> missingOverrides = new ArrayList<>();

    ColumnMap(Table table, Map<Column, String> overrides) {
        this(table, overrides, List.of());
    }

    /** {@code rows}: the table's first rows, to choose the paper's column by its cells when no header names it. */
    ColumnMap(Table table, Map<Column, String> overrides, List<Row> rows) {
        List<String> headers = table.headers();
        for (var o : overrides.entrySet()) {
            int i = indexOf(headers, o.getValue());
            if (i >= 0) choose(o.getKey(), i, headers, How.OPTION, "");
            else missingOverrides.add(o.getKey().key() + "=" + o.getValue());
        }
        for (Column c : Column.values()) {
            if (overrides.containsKey(c)) continue;
            int best = -1, bestScore = 0;
            for (int i = 0; i < headers.size(); i++) {
                int score = score(c, headers.get(i));
                if (score >= 0 && !isTaken(i) && (best < 0 || score < bestScore)) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best >= 0) choose(c, best, headers, bestScore == 0 ? How.HEADER : bestScore < COMPOUND ? How.SYNONYM : How.COMPOUND, "");
        }
        for (Column c : Column.values()) {
            if (!c.sharesCell() || choices.containsKey(c) || overrides.containsKey(c)) continue;
            for (int i = 0; i < headers.size() && !choices.containsKey(c); i++)
                if (c.partRank(headers.get(i)) >= 0) choose(c, i, headers, How.COMPOUND, "shared with " + rolesOf(i));
        }
        if (!choices.containsKey(Column.TITLE) && !overrides.containsKey(Column.TITLE)) byCells(headers, table, rows);
        if (!choices.containsKey(Column.CODE) && !overrides.containsKey(Column.CODE) && choices.containsKey(Column.LINK))
            codeBesideLinks(table, rows);
        for (int i = 0; i < headers.size(); i++)
            if (!isTaken(i) && !headers.get(i).isBlank()) unmapped.add(headers.get(i));
    }

    /** Past any whole-header rank: a part of a compound header names the role less surely than a header does. */
    private static final int COMPOUND = 1000;

    private static int score(Column c, String header) {
        int rank = c.rank(header);
        if (rank >= 0) return rank;
        int part = c.partRank(header);
        return part >= 0 ? COMPOUND + part : -1;
    }

    /** The paper's column chosen by its cells: the free column that links papers in the most rows, half at least. */
    private void byCells(List<String> headers, Table table, List<Row> rows) {
        int seen = 0;
        int[] linking = new int[headers.size()];
        for (Row row : rows) {
            if (row.table() != table || row.isBlank()) continue;
            if (++seen > SAMPLE) break;
            for (int i = 0; i < headers.size(); i++)
                if (!isTaken(i) && !row.cell(i).text().isEmpty() && PaperLinks.inCell(row.cell(i))) linking[i]++;
        }
        seen = Math.min(seen, SAMPLE);
        int best = -1;
        for (int i = 0; i < headers.size(); i++)
            if (linking[i] > 0 && 2 * linking[i] >= seen && (best < 0 || linking[i] > linking[best])) best = i;
        if (best >= 0) choose(Column.TITLE, best, headers, How.CELLS, linking[best] + " of " + seen + " rows link a paper");
    }

    /** A "Links" cell with a repository beside the paper's link (the weekly digest's layout) holds its code too. */
    private void codeBesideLinks(Table table, List<Row> rows) {
        int column = get(Column.LINK), seen = 0, code = 0;
        for (Row row : rows) {
            if (row.table() != table || row.isBlank()) continue;
            if (++seen > SAMPLE) break;
            Cell cell = row.cell(column);
            if (!CodeRepos.find(List.of(cell.text(), String.join(" ", cell.links()))).isEmpty()) code++;
        }
        if (code > 0)
            choose(Column.CODE, column, table.headers(), How.CELLS, "shared with link: " + code + " of "
                    + Math.min(seen, SAMPLE) + " rows link a repository there");
    }

    private void choose(Column c, int i, List<String> headers, How how, String detail) {
        choices.put(c, new Choice(c, i, headers.get(i), how, detail));
    }

    private boolean isTaken(int column) {
        for (Choice ch : choices.values()) if (ch.column() == column) return true;
        return false;
    }

    private String rolesOf(int column) {
        List<String> roles = new ArrayList<>();
        for (Choice ch : choices.values()) if (ch.column() == column) roles.add(ch.role().key());
        return String.join(", ", roles);
    }

    private static int indexOf(List<String> headers, String name) {
        for (int i = 0; i < headers.size(); i++)
            if (Column.normalise(headers.get(i)).equals(Column.normalise(name))) return i;
        return -1;
    }

    /** The column's index in the row, or -1 when the table has none. */
    int get(Column c) {
        Choice ch = choices.get(c);
        return ch == null ? -1 : ch.column();
    }

    boolean has(Column c) { return choices.containsKey(c); }

    /** Every role this table has, in role order, with its column and why: what {@code inspect} prints. */
    List<Choice> choices() { return List.copyOf(choices.values()); }

    /** Headers no role claimed: their cells are not read. */
    List<String> unmapped() { return unmapped; }

    /** {@code --columns} entries naming a header this table lacks. */
    List<String> missingOverrides() { return missingOverrides; }
}
