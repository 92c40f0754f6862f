package org.papergraph.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.papergraph.server.Server;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A running server following its sources: the file system's news ({@link FolderWatch}), a periodic re-scan, and
 * {@code SIGHUP} all ask the {@link Reloader} for a reload, which runs the caller's load (the same as
 * {@code papergraph load}: unchanged files skipped by SHA-256, one write transaction per source) on the open store
 * while readers go on reading, then moves the server on to the new generation.
 */
public final class Live implements AutoCloseable {
    private final FolderWatch watch;
    private final Reloader reloader;
    private final SignalHandler previous;

    private Live(List<Path> paths, Server server, Load load, Duration rescan, Consumer<String> say) {
        SourceFiles files = new SourceFiles(paths);
        this.watch = new FolderWatch(files);
        this.reloader = new Reloader(files, rescan, () -> {
            watch.watchFolders(); // folders made, or made anew, since
            try {
                load.run();
            } finally {
                server.reloaded(); // what committed is served, even when a later source failed
            }
        }, say);
        watch.start(reloader::changed);
        this.previous = onHangUp(reloader::reloadNow);
    }

    /**
     * Follows {@code paths} (the files and folders given to the load) for {@code server}: when they change,
     * {@code load} runs and the server moves on. {@code rescan}: how often to look at the files when the file
     * system sends no news (zero: never). {@code say} prints a reload's failure.
     */
    public static Live follow(List<Path> paths, Server server, Load load, Duration rescan, Consumer<String> say) {
        return new Live(paths, server, load, rescan, say);
    }

    /** The load a reload runs: it prints its own lines, as {@code papergraph load} does. */
    @FunctionalInterface
    public interface Load {
        void run() throws Exception;
    }

    /** Reloads done so far (each prints its load's summary). */
    public int reloads() { return reloader.reloads(); }

    /** Asks for a reload now, as {@code SIGHUP} does. */
    public void reloadNow() { reloader.reloadNow(); }

    @Override
    public void close() {
        if (previous != null) Signal.handle(new Signal("HUP"), previous);
        watch.close();
        reloader.close();
    }

    /** Reloads on SIGHUP where the platform has it (not on Windows, nor a JVM run with -Xrs); the handler before. */
    private static SignalHandler onHangUp(Runnable reload) {
        try {
            return Signal.handle(new Signal("HUP"), signal -> reload.run());
        } catch (IllegalArgumentException none) {
            return null;
        }
    }
}
