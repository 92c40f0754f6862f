package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.papergraph.store.StoreException;
import org.papergraph.store.snapshot.Manifest;
import org.papergraph.store.snapshot.Restore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph restore}: a snapshot unpacked into a store folder. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Unpack a snapshot (papergraph snapshot) into the --db folder, checked against its manifest and opened"
                + " before it takes the folder's place.",
                "A load (or up) of the same lists then catches up, skipping every source whose SHA-256 is unchanged."},
        footer = {"", "Example:", "  papergraph restore store-snapshot.tar.gz --db store", "  papergraph load lists/ --db store"})
final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot (tar.gz).")
    Path archive;

    @Mixin
    StoreOptions store;

    @Option(names = "--force", description = "Replace what the --db folder holds (never a store a running process holds).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Manifest m;
        try {
            m = Restore.run(archive, store.db, force);
        } catch (StoreException e) {
            throw CliException.failure(e.getMessage());
        } catch (IOException e) {
            if (DiskFull.is(e)) throw CliException.failure("no space left on device to restore " + archive + "; " + store.db + " is as it was");
            throw CliException.failure("restore of " + archive + " failed: " + e.getMessage() + "; " + store.db + " is as it was");
        }
        err.printf(Locale.ROOT, "restored %s into %s: %s, %,d quads, taken %s by papergraph %s, in %.1f s%n", archive,
                store.db, SnapshotCommand.sources(m), m.quads(), m.taken(), m.papergraph(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
