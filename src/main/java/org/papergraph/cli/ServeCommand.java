package org.papergraph.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.papergraph.live.Live;
import org.papergraph.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph serve}: the store over HTTP, SPARQL and linked-data pages, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serve the store: a read-only SPARQL endpoint (/papers/sparql, /sparql) and a page for every",
                "paper, topic and source, as HTML or in any one-graph --format of export, by content negotiation.",
                "With --watch, follows Markdown files and folders as `up` does: a change is loaded in place."},
        footer = {"", "Examples:", "  papergraph serve", "  papergraph serve --db /srv/papers --host 0.0.0.0 --port 8080",
                "  papergraph serve --watch lists/ --sync"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--watch", paramLabel = "PATH", arity = "1..*",
            description = "Markdown files or directories to follow: when they change they are loaded, as `load` would.")
    List<String> watch;

    @Option(names = "--sync", description = "With --watch: drop the graphs of sources not among the files followed.")
    boolean sync;

    @Mixin
    FollowOptions follow;

    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (sync && watch == null) throw CliException.usage("--sync goes with --watch: it drops the sources not followed");
        Store s = store.openForQueries(err);
        if (watch == null) {
            server.serve(s, err);
            return 0;
        }
        SourceOptions sources = new SourceOptions();
        sources.files = watch;
        server.serve(s, err, running -> {
            Live live = follow.follow(running, s, sources, sync, err);
            live.reloadNow(); // what changed while no server followed the files
            return live;
        });
        return 0;
    }
}
