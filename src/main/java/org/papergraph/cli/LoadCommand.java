package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.papergraph.load.LoadSummary;
import org.papergraph.load.Loader;
import org.papergraph.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph load}: Markdown lists into the TDB2 store, a named graph per source, incrementally. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Convert Markdown paper lists and load them into a TDB2 store, one named graph per source.",
                "Unchanged files (by SHA-256) are skipped; a changed file replaces its own graph; each source is one",
                "transaction, so an interrupted load leaves the store as it was after the last source loaded."},
        footer = {"", "Examples:", "  papergraph load data/", "  papergraph load data/ --db /srv/papers --sync"})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Mixin
    StoreOptions store;

    @Option(names = "--sync", description = "Drop the graphs of sources in the store that are not given now.")
    boolean sync;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (sources.files.contains("-"))
            throw CliException.usage("load reads files, not standard input: a source is known by its file (save it first)");
        try (Store s = store.open(sources.base)) {
            return load(s, sources, sync, err) > 0 ? 1 : 0;
        }
    }

    /** Loads the sources into an open store, printing problems and the summary; returns how many sources failed. */
    static int load(Store s, SourceOptions sources, boolean sync, PrintWriter err) throws IOException {
        var inputs = sources.inputs();
        Loader loader = new Loader(s, sources.converter(s.iris().base()), p -> err.println(p), err::println,
                System.console() != null, System.err);
        LoadSummary summary;
        try {
            summary = loader.load(inputs, sync);
        } catch (RuntimeException | InternalError e) {
            if (DiskFull.is(e)) throw DiskFull.failure(s.dir());
            throw e;
        }
        err.println(summary);
        return summary.failed();
    }
}
