package org.papergraph.server;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;

/**
 * A cap on requests that run SPARQL or read the store whole, at once: the second line of defence behind the query
 * timeout, which Jena 5.6 does not always enforce. A request over the cap waits a little for a turn, then gets 503;
 * only a few may wait, so that under a flood of queries Jetty's threads are left for the pages.
 * A watchdog gives a turn back at the timeout whatever its request is still doing, so a query the engine fails to
 * stop cannot hold the cap for longer than any other.
 * <p>
 * It is taken by the operations themselves ({@link SparqlQuery}, {@link GraphRead}), whatever path reached them,
 * and as a filter by the canned queries.
 */
final class QueryLimit implements Filter, AutoCloseable {
    static final String BUSY = "Too many queries are running; try again shortly.";

    /** How many requests may wait for each turn: the rest are refused at once, not parked on a thread. */
    static final int QUEUED_PER_TURN = 2;

    private final int maxQueries;
    private final Semaphore running;
    /** Places in the queue: a waiting request holds one of Jetty's threads, which pages need too. */
    private final Semaphore queue;
    private final long waitMillis;
    private final long timeoutMillis;
    /** Requests refused a turn since the server started, for the metrics. */
    private final LongAdder refused = new LongAdder();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "papergraph-query-watchdog");
        t.setDaemon(true);
        return t;
    });

    QueryLimit(int maxQueries, Duration wait, Duration timeout) {
        this.maxQueries = maxQueries;
        this.running = new Semaphore(maxQueries, true);
        this.queue = new Semaphore(QUEUED_PER_TURN * maxQueries);
        this.waitMillis = wait.toMillis();
        this.timeoutMillis = timeout.toMillis();
    }

    /**
     * A turn to run, at once or, with a place in the queue, if one comes free within the wait; closing it, or the
     * watchdog, gives it back (once).
     */
    Optional<Turn> enter() {
        if (!running.tryAcquire() && !waitForTurn()) {
            refused.increment();
            return Optional.empty();
        }
        Turn turn = new Turn();
        turn.watch = watchdog.schedule(turn::close, timeoutMillis, TimeUnit.MILLISECONDS);
        return Optional.of(turn);
    }

    /** Waits for a turn with a place in the queue, if there is one; whether a turn was had. */
    private boolean waitForTurn() {
        if (!queue.tryAcquire()) return false;
        try {
            return running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            queue.release();
        }
    }

    /** Turns taken now (a turn the watchdog gave back counts no more, whatever its request still does). */
    int running() { return maxQueries - running.availablePermits(); }

    /** Requests refused a turn (a 503) since the server started. */
    long refused() { return refused.sum(); }

    /** A turn for one of Fuseki's operations, or its 503 with Retry-After, thrown as Fuseki's own error. */
    Turn enter(HttpAction action) {
        Optional<Turn> turn = enter();
        if (turn.isEmpty()) {
            action.setResponseHeader("Retry-After", "5");
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, BUSY);
        }
        return turn.get();
    }

    final class Turn implements AutoCloseable {
        private final AtomicBoolean given = new AtomicBoolean();
        private volatile ScheduledFuture<?> watch;

        @Override
        public void close() {
            if (!given.compareAndSet(false, true)) return;
            running.release();
            ScheduledFuture<?> w = watch;
            if (w != null) w.cancel(false);
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        Optional<Turn> turn = enter();
        if (turn.isEmpty()) {
            HttpServletResponse http = (HttpServletResponse) resp;
            http.setHeader("Retry-After", "5");
            http.sendError(503, BUSY);
            return;
        }
        try (Turn t = turn.get()) {
            chain.doFilter(req, resp);
        }
    }

    @Override
    public void close() { watchdog.shutdownNow(); }
}
