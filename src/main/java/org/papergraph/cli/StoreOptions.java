package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.papergraph.store.Store;
import org.papergraph.store.StoreException;

import picocli.CommandLine.Option;

/** Where the store is: {@code --db DIR}, by default ./store. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "store", description = "The TDB2 store (default: ${DEFAULT-VALUE}).")
    Path db;

    /** Opens the store, creating it when missing; store problems become one-line failures. */
    Store open(String base) {
        try {
            return Store.open(db, base);
        } catch (StoreException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    /**
     * Opens an existing store to answer queries from, saying so when its statistics or search index are stale (a
     * store made before they were kept, or a load cut short): the queries that read them would answer from older data.
     */
    Store openForQueries(PrintWriter err) {
        Store s = openExisting();
        if (!s.statisticsCurrent())
            err.println("papergraph: the statistics of store " + db + " are not current; `papergraph load` the same"
                    + " lists again to count them (queries on topics, months and pairs read them)");
        if (!s.textCurrent())
            err.println("papergraph: the search index of store " + db + " is not current; `papergraph load` the same"
                    + " lists again to bring it up to date (search, papers on a topic and neighbours read it)");
        return s;
    }

    Store openExisting() {
        try {
            return Store.openExisting(db);
        } catch (StoreException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
