package org.papergraph.cli;

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

    Store openExisting() {
        try {
            return Store.openExisting(db);
        } catch (StoreException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
