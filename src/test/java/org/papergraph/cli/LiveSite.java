package org.papergraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.papergraph.live.Live;
import org.papergraph.server.Served;

/**
 * A real server following a folder of lists as {@code papergraph up --sync} runs one (TDB2 on disk, port 0, real
 * HTTP), for the tests that edit lists under it; and the wait for what it serves to follow, which prints what the
 * reloads printed when it times out.
 */
final class LiveSite implements AutoCloseable {
    /** Long enough for a loaded machine; the reloads themselves take well under a second here. */
    static final Duration DEADLINE = Duration.ofSeconds(20);

    final Path lists;
    final Served served;
    final Live live;
    final StringWriter printed;

    private LiveSite(Path lists, Served served, Live live, StringWriter printed) {
        this.lists = lists;
        this.served = served;
        this.live = live;
        this.printed = printed;
    }

    /** {@code files} (name → Markdown) written into {@code work/lists}, loaded into {@code work/store}, served and followed. */
    static LiveSite start(Path work, Map<String, String> files, Duration rescan) throws Exception {
        Path lists = Files.createDirectories(work.resolve("lists"));
        for (var f : files.entrySet()) Files.writeString(lists.resolve(f.getKey()), f.getValue());
        Served served = Served.start(work.resolve("store"), List.of(lists.toString()), b -> b);
        StringWriter printed = new StringWriter();
        return new LiveSite(lists, served, follow(served, lists, rescan, printed), printed);
    }

    /** {@code served} following {@code lists} as {@code up --sync} does; {@link Duration#ZERO}: the watch alone, no re-scan. */
    static Live follow(Served served, Path lists, Duration rescan, StringWriter printed) {
        SourceOptions sources = new SourceOptions();
        sources.files = List.of(lists.toString());
        FollowOptions follow = new FollowOptions();
        follow.rescan = rescan;
        return follow.follow(served.server, served.store, sources, true, new PrintWriter(printed, true));
    }

    void await(String what, Supplier<Boolean> condition) throws InterruptedException { await(what, printed, condition); }

    static void await(String what, StringWriter printed, Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end)
                throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what + "; printed:\n" + printed);
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        live.close();
        served.close();
    }
}
