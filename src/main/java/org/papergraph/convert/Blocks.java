package org.papergraph.convert;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.papergraph.markdown.Table;

/**
 * The blocks of the source being written: which one a row is in (a row of another table or list ends the one
 * before), each one's record in the source's graph, and what was read handed on. A block of prose read before the
 * source has anything to say waits, so a file of prose alone leaves no trace. Runs on the writing thread.
 */
final class Blocks {
    private final BlockRecords records;
    private final Consumer<Reading> ended;   // the mapper's word on a block that ends, before it is recorded
    private final Consumer<Reading> readings;
    private final Map<Table, ColumnMap> tableColumns = new IdentityHashMap<>();
    private final List<Reading> waiting = new ArrayList<>();
    private String file, sourceSlug;
    private Node graph;
    private boolean said;
    private Reading current;
    private int count;

    Blocks(BlockRecords records, Consumer<Reading> ended, Consumer<Reading> readings) {
        this.records = records;
        this.ended = ended;
        this.readings = readings;
    }

    void startSource(String file, Node graph, String sourceSlug) {
        this.file = file;
        this.graph = graph;
        this.sourceSlug = sourceSlug;
        said = false;
        current = null;
        count = 0;
        waiting.clear();
    }

    /** The column maps of tables met in the batch at hand, chosen on the reading thread. */
    void columns(Map<Table, ColumnMap> chosen) {
        if (tableColumns.size() > 64) tableColumns.clear(); // tables come one after another: only the current one matters
        tableColumns.putAll(chosen);
    }

    /** The block a row is in. */
    Reading of(RowFacts row) {
        Table t = row.row().table();
        if (current == null || !current.holds(t)) {
            end();
            current = new Reading(file, t, tableColumns.get(t), ++count);
        }
        return current;
    }

    /** The source has something to say: the blocks waiting are recorded, and the next ones as they end. */
    void sourceSaid() {
        said = true;
        for (Reading r : waiting) records.write(r, graph, sourceSlug);
        waiting.clear();
    }

    /** Ends the block being read, if any. */
    void end() {
        Reading r = current;
        if (r == null) return;
        current = null;
        ended.accept(r);
        if (said) records.write(r, graph, sourceSlug);
        else waiting.add(r);
        readings.accept(r);
    }
}
