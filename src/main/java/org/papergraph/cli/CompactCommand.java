package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.tdb2.DatabaseMgr;
import org.papergraph.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph compact}: TDB2 compaction, which reclaims what repeated loads leave behind. */
@Command(name = "compact", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compact the TDB2 store (repeated loads grow it) and report its size before and after.",
        footer = {"", "Example:", "  papergraph compact --db store"})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = store.openExisting()) {
            long before = s.sizeOnDisk();
            DatabaseMgr.compact(s.dataset(), true);
            long after = s.sizeOnDisk();
            err.printf("compacted %s: %,d bytes -> %,d bytes%n", s.dir(), before, after);
        }
        return 0;
    }
}
