package org.papergraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.papergraph.server.Served;
import org.papergraph.server.Server;

/**
 * A served store under attack: the seed list loaded and served, the digest of its quads taken before, and the check
 * every attack ends with, that the server still answers an ordinary request promptly and the store is unchanged.
 */
final class Target implements AutoCloseable {
    /** An ordinary request: a paper's page, which reads the store but is never a query. */
    static final String ORDINARY = "/paper/2405.18870.html";
    static final Duration PROMPT = Duration.ofSeconds(1);

    final Served served;
    final String digest;

    private Target(Served served) {
        this.served = served;
        this.digest = StoreDigest.of(served.store);
    }

    static Target start(Path dir, UnaryOperator<Server.Builder> options) {
        return new Target(Served.start(dir.resolve("store"), List.of(Served.SEED.toString()), options));
    }

    int port() { return served.server.port(); }

    /** Milliseconds an ordinary request took; it must be answered 200. */
    long ordinaryMillis() {
        long start = System.nanoTime();
        HttpResponse<String> r = served.get(ORDINARY);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.statusCode(), "an ordinary request: " + r.body());
        return millis;
    }

    /**
     * How long a small SPARQL query takes to be answered (200), or, where {@code busyAllowed}, refused for now
     * (503 with Retry-After: the query cap is full, as it is under a flood of queries).
     */
    long ordinaryQueryMillis(boolean busyAllowed) {
        long start = System.nanoTime();
        HttpResponse<String> r = served.get("/papers/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean busy = busyAllowed && r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent();
        if (!busy) assertEquals(200, r.statusCode(), "a small query: " + r.body());
        return millis;
    }

    /** The server still answers an ordinary request, and the store holds exactly what it held. */
    void assertUnharmed() {
        ordinaryMillis();
        assertEquals(digest, StoreDigest.of(served.store), "the store is unchanged");
    }

    @Override
    public void close() { served.close(); }
}
