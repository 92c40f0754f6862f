package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.papergraph.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph up}: load the lists (by default data/) and serve them, in one command. */
@Command(name = "up", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Load Markdown paper lists into the store (unchanged files are skipped) and serve it;",
                "prints the URL. While serving, follows the files: a change (an edit, a git pull) is loaded the",
                "same way, in place, and the pages follow; SIGHUP reloads now. Ctrl-C stops."},
        footer = {"", "Examples:", "  papergraph up", "  papergraph up lists/ --port 8080 --sync"})
final class UpCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Markdown files or directories (default: data).")
    List<String> files = List.of("data");

    @Option(names = "--base", paramLabel = "IRI", converter = Converters.BaseIri.class, description = "Base of every IRI minted (default: the store's, or http://localhost:3030/).")
    String base;

    @Option(names = "--sync", description = "Drop the graphs of sources in the store that are not given now (at each reload: files removed).")
    boolean sync;

    @Option(names = "--no-watch", description = "Serve what was loaded and no more: do not follow the files for changes.")
    boolean noWatch;

    @Mixin
    FollowOptions follow;

    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SourceOptions sources = new SourceOptions();
        sources.files = files;
        sources.base = base;
        Store s = store.open(base);
        try {
            if (LoadCommand.load(s, sources, sync, err) > 0) err.println("papergraph: some sources failed to load; serving the rest");
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        if (noWatch) server.serve(s, err);
        else server.serve(s, err, running -> follow.follow(running, s, sources, sync, err));
        return 0;
    }
}
