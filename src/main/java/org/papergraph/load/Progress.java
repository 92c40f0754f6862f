package org.papergraph.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a long load shows itself: on a terminal a progress bar (bytes read, rows, rate, ETA); otherwise a log line
 * every few seconds. Small files show nothing.
 */
abstract class Progress implements AutoCloseable {
    /** Below this a file loads too fast to be worth a display. */
    static final long SHOW_FROM_BYTES = 4 << 20;

    final AtomicLong bytes = new AtomicLong();

    /** Counts the bytes read through it. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) bytes.incrementAndGet();
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) bytes.addAndGet(n);
                return n;
            }
        };
    }

    @Override
    public abstract void close();

    static Progress of(String name, long size, IntSupplier rows, boolean terminal, PrintStream err) {
        if (size < SHOW_FROM_BYTES) return new Progress() {
            @Override
            public void close() {}
        };
        return terminal ? new Bar(name, size, rows) : new Log(name, size, rows, err, 5_000);
    }

    private static final class Bar extends Progress {
        private final ProgressBar bar;
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Progress::daemon);

        Bar(String name, long size, IntSupplier rows) {
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(size).setUnit(" MB", 1 << 20)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build();
            ticker.scheduleAtFixedRate(() -> {
                bar.stepTo(bytes.get());
                bar.setExtraMessage(String.format(" %,d rows", rows.getAsInt()));
            }, 100, 250, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            ticker.shutdownNow();
            bar.stepTo(bytes.get());
            bar.close();
        }
    }

    static final class Log extends Progress {
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Progress::daemon);
        private final long start = System.nanoTime();

        Log(String name, long size, IntSupplier rows, PrintStream err, long everyMillis) {
            ticker.scheduleAtFixedRate(() -> {
                double secs = (System.nanoTime() - start) / 1e9;
                long done = bytes.get();
                int r = rows.getAsInt();
                long eta = done == 0 ? 0 : Math.round(secs * (size - done) / done);
                err.printf("load: %s: %d%% (%,d of %,d bytes), %,d rows, %,.0f rows/s, about %d s to go%n",
                        name, 100 * done / Math.max(1, size), done, size, r, r / Math.max(secs, 0.001), eta);
            }, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() { ticker.shutdownNow(); }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    }
}
