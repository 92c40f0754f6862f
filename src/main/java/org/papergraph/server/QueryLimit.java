package org.papergraph.server;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A cap on SPARQL requests running at once: the second line of defence behind the query timeout, which Jena 5.6
 * does not always enforce. A request over the cap waits up to the timeout for a turn, then gets 503.
 */
final class QueryLimit implements Filter {
    private final Semaphore running;
    private final long waitMillis;

    QueryLimit(int maxQueries, Duration wait) {
        this.running = new Semaphore(maxQueries, true);
        this.waitMillis = wait.toMillis();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            HttpServletResponse http = (HttpServletResponse) resp;
            http.setHeader("Retry-After", "5");
            http.sendError(503, "Too many queries are running; try again shortly.");
            return;
        }
        try {
            chain.doFilter(req, resp);
        } finally {
            running.release();
        }
    }
}
