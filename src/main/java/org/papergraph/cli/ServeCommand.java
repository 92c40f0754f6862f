package org.papergraph.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph serve}: the store over HTTP, SPARQL and linked-data pages, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serve the store: a read-only SPARQL endpoint (/papers/sparql, /sparql) and a page for every",
                "paper, topic and source, as HTML or in any one-graph --format of export, by content negotiation."},
        footer = {"", "Examples:", "  papergraph serve", "  papergraph serve --db /srv/papers --host 0.0.0.0 --port 8080"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        server.serve(store.openForQueries(spec.commandLine().getErr()), spec.commandLine().getErr());
        return 0;
    }
}
