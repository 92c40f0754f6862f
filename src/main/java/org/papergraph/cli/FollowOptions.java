package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.papergraph.live.Live;
import org.papergraph.server.Server;
import org.papergraph.store.Store;

import picocli.CommandLine.Option;

/** How a server follows its sources while it serves (see {@link Live}), and starting to follow them. */
final class FollowOptions {
    @Option(names = "--rescan", paramLabel = "TIME", defaultValue = "5s", converter = Converters.Time.class,
            description = {"While following the sources, also look at them this often, for file systems that send no",
                    "news of changes (network file systems), e.g. 5s, 1m (default: ${DEFAULT-VALUE})."})
    Duration rescan = Duration.ofSeconds(5);

    /**
     * Follows the sources for a running server: a change to them runs the same load as {@code papergraph load},
     * printing the same lines, and the server moves on to what was loaded.
     */
    Live follow(Server server, Store store, SourceOptions sources, boolean sync, PrintWriter err) {
        List<Path> paths = sources.files.stream().map(Path::of).toList();
        Live live = Live.follow(paths, server, () -> {
            try {
                LoadCommand.load(store, sources, sync, err);
            } finally {
                err.flush();
            }
        }, rescan, line -> {
            err.println(line);
            err.flush();
        });
        err.println("papergraph: following " + String.join(" ", sources.files) + " (a change reloads; SIGHUP reloads now)");
        return live;
    }
}
