package org.papergraph.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reloads the sources when told they changed, on one thread of its own: a burst of news (an editor's save, a
 * {@code git pull} of twenty files) waits for a quiet moment and gives one reload; news during a reload gives one
 * more after it. While idle it re-scans the sources every so often and reloads when they differ from what the last
 * reload saw: the fallback where the file system's news does not come. {@link #reloadNow} skips the wait.
 */
final class Reloader implements AutoCloseable {
    /** Quiet this long after the last news before reloading. */
    static final Duration QUIET = Duration.ofMillis(300);
    /** News that never stops still gives a reload this often. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(3);

    private final SourceFiles files;
    private final Live.Load reload;
    private final Consumer<String> say;
    private final long rescanNanos;
    private final Thread thread;
    private final AtomicInteger reloads = new AtomicInteger();
    private Map<Path, SourceFiles.Stamp> seen;
    private boolean pending, now, closed;
    private long lastNews;

    /** {@code rescan}: how often to look at the files while no news comes; zero never. */
    Reloader(SourceFiles files, Duration rescan, Live.Load reload, Consumer<String> say) {
        this.files = files;
        this.reload = reload;
        this.say = say;
        this.rescanNanos = rescan.toNanos();
        this.seen = files.snapshot();
        this.thread = new Thread(this::run, "papergraph-reload");
        thread.setDaemon(true);
        thread.start();
    }

    /** The sources may have changed: reload once the news has quietened. */
    synchronized void changed() {
        pending = true;
        lastNews = System.nanoTime();
        notifyAll();
    }

    /** Reload now, without waiting for quiet (SIGHUP). */
    synchronized void reloadNow() {
        pending = true;
        now = true;
        notifyAll();
    }

    /** Reloads done so far. */
    int reloads() { return reloads.get(); }

    private void run() {
        Niceness.lower(Niceness.RELOAD);
        try {
            while (waitForNews()) {
                seen = files.snapshot();
                try {
                    reload.run();
                } catch (Exception | LinkageError e) {
                    say.accept("papergraph: reload failed, serving what was loaded before: " + message(e));
                }
                reloads.incrementAndGet();
            }
        } catch (InterruptedException stopping) {
            // closed
        }
    }

    /** Waits for news, then for quiet; false once closed. */
    private synchronized boolean waitForNews() throws InterruptedException {
        while (!pending && !closed) {
            if (rescanNanos <= 0) {
                wait();
                continue;
            }
            wait(Math.max(1, rescanNanos / 1_000_000));
            if (!pending && !closed && !files.snapshot().equals(seen)) changed();
        }
        long first = System.nanoTime();
        while (!now && !closed) {
            long left = Math.min(lastNews + QUIET.toNanos(), first + LONGEST_WAIT.toNanos()) - System.nanoTime();
            if (left <= 0) break;
            wait(Math.max(1, left / 1_000_000));
        }
        pending = false;
        now = false;
        return !closed;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.toString() : m;
    }

    /** Stops following; a reload under way finishes first (up to a minute), so the store is left as a load leaves it. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
