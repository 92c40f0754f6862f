package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.papergraph.store.StoreException;
import org.papergraph.store.snapshot.Manifest;
import org.papergraph.store.snapshot.Snapshot;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph snapshot}: a consistent copy of a store in one archive, also while it is served. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write a consistent copy of the store (its TDB2 database, search index and parameters) to one tar.gz"
                + " archive with a manifest, also while papergraph up or serve serves it and loads into it.",
                "papergraph restore unpacks it; a load of the same lists then skips every unchanged source."},
        footer = {"", "Example:", "  papergraph snapshot --db store -o store-snapshot.tar.gz"})
final class SnapshotCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The archive to write (tar.gz; - for standard output). A copy is staged beside it (beside the store for -).")
    String output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Path work = (output.equals("-") ? store.db : Path.of(output)).toAbsolutePath().normalize().getParent();
        Manifest m;
        try (OutputFile out = new OutputFile(output)) {
            m = Snapshot.take(store.db, out.stream(), work, Version.number());
            out.commit();
        } catch (StoreException e) {
            throw CliException.failure(e.getMessage());
        } catch (IOException e) {
            if (DiskFull.is(e)) throw CliException.failure("no space left on device for the snapshot of store " + store.db + "; nothing was written");
            throw CliException.failure("snapshot of store " + store.db + " failed: " + e.getMessage());
        }
        err.printf(Locale.ROOT, "snapshot of %s: %s, %,d quads, taken %s; written to %s in %.1f s%n", store.db,
                sources(m), m.quads(), m.taken(), output.equals("-") ? "standard output" : output, (System.nanoTime() - start) / 1e9);
        if (!m.statisticsCurrent() || !m.textCurrent())
            err.println("papergraph: its statistics or search index were still catching up with a load; the first load after"
                    + " a restore brings them up to date");
        return 0;
    }

    /** "1 source", "2 sources": the snapshot's. */
    static String sources(Manifest m) {
        int n = m.sources().size();
        return n + (n == 1 ? " source" : " sources");
    }
}
