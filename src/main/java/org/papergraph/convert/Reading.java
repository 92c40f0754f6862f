package org.papergraph.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.papergraph.markdown.ListItems;
import org.papergraph.markdown.Table;

/**
 * What was read in one block of a source: a table, or a list with the items nested in it. Its lines, the role each
 * column was given and why (for a list, how many items linked code or other things beside their paper), and the
 * account of its rows. Kept as its rows are written, and handed on when the block ends: what {@code inspect} prints
 * and what each source's graph records of how it was read.
 */
public final class Reading {
    public enum Kind {
        TABLE, LIST;

        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    /**
     * A column and one role it was given ({@code role} null: none, its cells are not read), with why; a column that
     * shares its cell ({@code Paper / Code}) has one of these per role.
     */
    public record ColumnRole(int position, String header, String role, String reason) {}

    private final String file;
    private final Table table; // the block's identity: a table continued past a chunk or a blank line is one block
    private final Kind kind;
    private final int number;
    private final List<ColumnRole> columns;
    private final boolean paperColumn;
    private int lastLine, rows, papers, repeats, rejected, prose, withCode, withOtherLinks;

    /** {@code columns}: a table's column map (null for a list); {@code number}: the block's place in its file, from 1. */
    Reading(String file, Table table, ColumnMap columns, int number) {
        this.file = file;
        this.table = table;
        this.kind = ListItems.isList(table) ? Kind.LIST : Kind.TABLE;
        this.number = number;
        this.columns = kind == Kind.LIST || columns == null ? List.of() : rolesOf(table, columns);
        this.paperColumn = kind == Kind.LIST || columns != null && columns.has(Column.TITLE);
        this.lastLine = table.headerLine();
    }

    private static List<ColumnRole> rolesOf(Table table, ColumnMap map) {
        List<ColumnRole> out = new ArrayList<>();
        List<String> headers = table.headers();
        for (int i = 0; i < headers.size(); i++) {
            boolean any = false;
            for (ColumnMap.Choice c : map.choices()) {
                if (c.column() != i) continue;
                any = true;
                String reason = c.how().label + (c.detail().isEmpty() ? "" : ": " + c.detail());
                out.add(new ColumnRole(i + 1, headers.get(i), c.role().key(), reason));
            }
            if (!any) out.add(new ColumnRole(i + 1, headers.get(i), null, "no header or cells name a role"));
        }
        return out;
    }

    boolean holds(Table t) { return t == table; }

    /** Counts a row as the mapper wrote it: {@code outcome} says what it became. */
    void count(RowFacts row, Outcome outcome) {
        lastLine = Math.max(lastLine, row.row().line());
        switch (outcome) {
            case PAPER -> papers++;
            case REPEAT -> repeats++;
            case REJECTED -> rejected++;
            case PROSE -> prose++;
        }
        if (outcome != Outcome.PROSE) rows++;
        if (kind == Kind.LIST && outcome != Outcome.PROSE && outcome != Outcome.REJECTED) {
            if (!row.repos().isEmpty()) withCode++;
            for (String link : row.row().cell(3).links())
                if (CodeRepos.find(List.of(link)).isEmpty()) {
                    withOtherLinks++;
                    break;
                }
        }
    }

    enum Outcome { PAPER, REPEAT, REJECTED, PROSE }

    public String file() { return file; }
    public Kind kind() { return kind; }
    /** The block's place in its file: 1 for the first table or list read. */
    public int number() { return number; }
    /** A table's header line, a list's first item. */
    public int firstLine() { return table.headerLine(); }
    /** The line of its last row or item (where that row or item starts). */
    public int lastLine() { return lastLine; }
    /** A table's headers, in order; none for a list. */
    public List<String> headers() { return kind == Kind.LIST ? List.of() : table.headers(); }
    /** Each column of a table with the role it was given and why, in column order; none for a list. */
    public List<ColumnRole> columns() { return columns; }
    /** Whether a column holds the paper (a list's items link theirs). */
    public boolean hasPaperColumn() { return paperColumn; }
    /** Rows read (a list: items that link a paper): papers + repeats + rejected. */
    public int rows() { return rows; }
    public int papers() { return papers; }
    public int repeats() { return repeats; }
    public int rejected() { return rejected; }
    /** List items that link no paper. */
    public int prose() { return prose; }
    /** List items whose links give the paper's code (a repository). */
    public int withCode() { return withCode; }
    /** List items with links of other roles beside the paper's: project pages, badges, slides, and so on. */
    public int withOtherLinks() { return withOtherLinks; }
}
