package org.papergraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overload and slow clients against the server as it ships (64 threads, 4 queries at once): 256 connections
 * asking at once, and a slowloris of 20 connections that never finish their requests. Throughout, an ordinary
 * request is answered within a second; afterwards the server answers at once again. Every loop is bounded.
 */
class TestOverload {
    @TempDir
    static Path dir;
    static Target target;

    static final Duration ATTACK = Duration.ofSeconds(6);
    static final List<String> ASKED = List.of("/paper/2405.18870.html", "/topics.html", "/", "/paper/2405.20204.ttl",
            "/papers/sparql?query=ASK%7B%7D", "/papers/sparql?query=SELECT%20*%7B%3Fs%20%3Fp%20%3Fo%7DLIMIT%2010",
            "/queries/topics?format=csv", "/sitemap.xml");

    static final String SLOW_HEADERS = "X-Slow: y\r\n";

    @BeforeAll
    static void start() { target = Target.start(dir, b -> b.timeout(Duration.ofSeconds(2))); }

    @AfterAll
    static void stop() { target.close(); }

    @Test
    void twoHundredFiftySixConnectionsAtOnce() throws Exception {
        AtomicInteger sent = new AtomicInteger(), answered = new AtomicInteger(), refused = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(256);
        for (int c = 0; c < 256; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; i < 200 && !stop.get(); i++) { // bounded in count and, by stop, in time
                    sent.incrementAndGet();
                    int status = RawHttp.request(target.port(), "GET", ASKED.get((client + i) % ASKED.size()), null).status();
                    if (status == 200 || status == 303) answered.incrementAndGet();
                    else refused.incrementAndGet();
                }
            });
        }
        // A third of the flood is queries: a small query may be told to come back (503), but promptly.
        List<Long> latencies = ordinaryDuring(stop, true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS), "the clients ended");
        long recovery = recovery();
        System.out.printf("256 connections: %d requests sent, %d answered 200/303, %d refused or failed; ordinary %s; recovered in %d ms%n",
                sent.get(), answered.get(), refused.get(), summary(latencies), recovery);
        assertTrue(Collections.max(latencies) <= Target.PROMPT.toMillis(), "ordinary requests under load: " + summary(latencies));
        target.assertUnharmed();
    }

    @Test
    void aSlowlorisOfTwentyConnections() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger bytes = new AtomicInteger(), cut = new AtomicInteger();
        ExecutorService loris = Executors.newFixedThreadPool(20);
        for (int c = 0; c < 20; c++) {
            // Half never finish their head; half never finish their body, a form's or a query's.
            boolean body = c % 2 == 1;
            String type = c % 4 == 1 ? "application/x-www-form-urlencoded" : "application/sparql-query";
            loris.submit(() -> {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), target.port())) {
                    OutputStream out = s.getOutputStream();
                    String head = body
                            ? "POST /papers/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nContent-Length: 60000\r\n\r\n"
                            : "GET " + Target.ORDINARY + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 100 && !stop.get(); i++) { // a byte every 100 ms, for the attack's length at most
                        out.write(body ? ' ' : SLOW_HEADERS.charAt(i % SLOW_HEADERS.length())); // valid header lines, slowly
                        out.flush();
                        bytes.incrementAndGet();
                        Thread.sleep(100);
                    }
                } catch (IOException e) {
                    cut.incrementAndGet(); // the server closed it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        List<Long> latencies = ordinaryDuring(stop, false);
        loris.shutdown();
        assertTrue(loris.awaitTermination(30, TimeUnit.SECONDS), "the slow clients ended");
        long recovery = recovery();
        System.out.printf("slowloris of 20: %d bytes trickled, %d connections cut by the server; ordinary %s; recovered in %d ms%n",
                bytes.get(), cut.get(), summary(latencies), recovery);
        assertTrue(Collections.max(latencies) <= Target.PROMPT.toMillis(), "ordinary requests beside slow clients: " + summary(latencies));
        target.assertUnharmed();
    }

    /** An ordinary request every 250 ms while the attack runs, a page and a small query in turn; then the attack is told to stop. */
    private static List<Long> ordinaryDuring(AtomicBoolean stop, boolean queriesMayBeBusy) throws InterruptedException {
        List<Long> latencies = new ArrayList<>();
        Thread.sleep(500); // the attack under way
        long end = System.nanoTime() + ATTACK.toNanos();
        for (int i = 0; System.nanoTime() < end; i++) {
            latencies.add(i % 2 == 0 ? target.ordinaryMillis() : target.ordinaryQueryMillis(queriesMayBeBusy));
            Thread.sleep(250);
        }
        stop.set(true);
        return latencies;
    }

    /** From the attack's end until a page and a small query are both answered 200, bounded by 30 s. */
    private static long recovery() {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(30).toNanos()) {
            if (RawHttp.request(target.port(), "GET", Target.ORDINARY, null).status() == 200
                    && RawHttp.request(target.port(), "GET", "/papers/sparql?query=ASK%7B%7D", null).status() == 200)
                return (System.nanoTime() - start) / 1_000_000;
        }
        throw new AssertionError("the server did not recover within 30 s");
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.size() + " requests, median " + sorted.get(sorted.size() / 2) + " ms, max " + sorted.get(sorted.size() - 1) + " ms";
    }
}
