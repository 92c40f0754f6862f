package org.papergraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test, run inside GNU time for its peak resident memory. Ready at its first 200 answer; stopped by
 * SIGTERM to the server (GNU time's child), killed if it lingers. Closing it always stops it, and so does the
 * harness's own exit (a shutdown hook), so no server outlives a run. Its output goes to a log file.
 */
final class ServerProcess implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process time;
    private final long startNanos;
    private final Path peakFile, log;
    private final Thread hook;
    private long peakKiB = -1;

    private ServerProcess(Process time, long startNanos, Path peakFile, Path log) {
        this.time = time;
        this.startNanos = startNanos;
        this.peakFile = peakFile;
        this.log = log;
        this.hook = new Thread(this::kill, "stop server");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A port nobody listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts {@code command} in {@code dir}; its output goes to {@code log}. */
    static ServerProcess start(Path dir, List<String> command, Path log) throws IOException {
        Path peak = log.resolveSibling(log.getFileName() + ".peak");
        Files.deleteIfExists(peak);
        List<String> wrapped = new ArrayList<>(List.of("/usr/bin/time", "-o", peak.toString(), "-f", "%M"));
        wrapped.addAll(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(wrapped).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServerProcess(p, start, peak, log);
    }

    /**
     * Seconds from the start to the first 200 answer to a GET of {@code url}, asked every 10 ms. Fails when the
     * server exits first, or after {@code timeout}.
     */
    double awaitReady(String url, String accept, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();
        long deadline = startNanos + timeout.toNanos();
        String last = "no answer";
        while (true) {
            if (!time.isAlive()) throw new IOException("the server exited (" + time.exitValue() + ") before answering " + url + ":\n" + logTail());
            try {
                HttpResponse<Void> r = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
                long now = System.nanoTime();
                if (r.statusCode() == 200) return (now - startNanos) / 1e9;
                last = "HTTP " + r.statusCode();
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            if (System.nanoTime() > deadline)
                throw new IOException("no 200 from " + url + " within " + timeout.toSeconds() + " s (last: " + last + "):\n" + logTail());
            Thread.sleep(10);
        }
    }

    /** Stops the server and returns its peak resident memory in KiB (0 when GNU time reported none). */
    long stop() throws InterruptedException {
        if (peakKiB >= 0) return peakKiB;
        List<ProcessHandle> servers = servers();
        servers.forEach(ProcessHandle::destroy); // SIGTERM: a clean stop, after which GNU time reports
        if (servers.isEmpty()) time.destroy();
        if (!time.waitFor(30, TimeUnit.SECONDS)) kill();
        time.waitFor();
        servers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the harness is exiting: the hook runs anyway
        }
        peakKiB = readPeak();
        return peakKiB;
    }

    /** GNU time's child, once it has forked it (at once, but a stop may come as early). */
    private List<ProcessHandle> servers() throws InterruptedException {
        for (int i = 0; i < 500 && time.isAlive(); i++) {
            List<ProcessHandle> children = time.toHandle().children().toList();
            if (!children.isEmpty()) return children;
            Thread.sleep(10);
        }
        return List.of();
    }

    @Override
    public void close() throws InterruptedException { stop(); }

    /** SIGKILL to the server, as a crash or the OOM killer would end it: no clean stop, nothing flushed. */
    void crash() throws InterruptedException {
        kill();
        time.waitFor();
        peakKiB = 0;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the harness is exiting: the hook runs anyway
        }
    }

    private void kill() {
        time.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        time.destroyForcibly();
    }

    private long readPeak() {
        try {
            List<String> lines = Files.readAllLines(peakFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? 0 : Long.parseLong(lines.get(lines.size() - 1).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
