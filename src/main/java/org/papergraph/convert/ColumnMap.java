package org.papergraph.convert;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.papergraph.markdown.Table;

/**
 * Which column of a table holds what, chosen by header name (any case, any order, with synonyms) or by the user's
 * {@code --columns title=Paper,...}. A role goes to the column with its most telling name ("Title" over
 * "Paper"), the leftmost on a tie.
 */
final class ColumnMap {
    private final Map<Column, Integer> index = new EnumMap<>(Column.class);
    private final List<String> unmapped = new ArrayList<>();
    private final List<String> missingOverrides = new ArrayList<>();

    ColumnMap(Table table, Map<Column, String> overrides) {
        List<String> headers = table.headers();
        for (var o : overrides.entrySet()) {
            int i = indexOf(headers, o.getValue());
            if (i >= 0) index.put(o.getKey(), i);
            else missingOverrides.add(o.getKey().key() + "=" + o.getValue());
        }
        for (Column c : Column.values()) {
            if (overrides.containsKey(c)) continue;
            int best = -1;
            for (int i = 0; i < headers.size(); i++) {
                int rank = c.rank(headers.get(i));
                if (rank >= 0 && !index.containsValue(i) && (best < 0 || rank < c.rank(headers.get(best)))) best = i;
            }
            if (best >= 0) index.put(c, best);
        }
        for (int i = 0; i < headers.size(); i++)
            if (!index.containsValue(i) && !headers.get(i).isBlank()) unmapped.add(headers.get(i));
    }

    private static int indexOf(List<String> headers, String name) {
        for (int i = 0; i < headers.size(); i++)
            if (Column.normalise(headers.get(i)).equals(Column.normalise(name))) return i;
        return -1;
    }

    /** The column's index in the row, or -1 when the table has none. */
    int get(Column c) { return index.getOrDefault(c, -1); }

    boolean has(Column c) { return index.containsKey(c); }

    /** Headers no role claimed: their cells are not read. */
    List<String> unmapped() { return unmapped; }

    /** {@code --columns} entries naming a header this table lacks. */
    List<String> missingOverrides() { return missingOverrides; }
}
