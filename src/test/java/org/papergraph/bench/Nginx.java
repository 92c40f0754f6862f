package org.papergraph.bench;

import java.io.IOException;
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
 * Debian's nginx, run in the foreground with the committed deploy/nginx/papergraph.conf: the file as committed, with
 * only its machine-specific values put to this run's (the replicas' ports, the port it listens on, its cache and log
 * paths), included from a small main configuration of this run's own (its prefix, temporary folders, pid file). So a
 * test through it tests the committed configuration. Stopped by SIGTERM when closed.
 */
final class Nginx implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/sbin/nginx");
    static final Path CONFIG = Path.of("deploy/nginx/papergraph.conf");
    private static final String[] REPLICAS = {"127.0.0.1:3031", "127.0.0.1:3032"};

    private final Process process;
    private final Path dir;
    final int port;

    private Nginx(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /**
     * Starts nginx in {@code dir} on {@code port} in front of the replicas on {@code replicaPorts} (one or two; the
     * committed file names two); {@code cache} false turns its cache off, for the benchmark's comparison.
     */
    static Nginx start(Path dir, int port, List<Integer> replicaPorts, boolean cache) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY))
            throw new IOException(BINARY + " is missing: install Debian's nginx (apt-get install nginx; .ci/run does)");
        Files.createDirectories(dir);
        String conf = Files.readString(CONFIG, StandardCharsets.UTF_8);
        conf = replace(conf, "listen 80;", "listen 127.0.0.1:" + port + ";");
        conf = replace(conf, "/var/cache/nginx/papergraph", dir.resolve("cache").toString());
        conf = replace(conf, "/var/log/nginx/papergraph.access.log", dir.resolve("access.log").toString());
        for (int i = 0; i < REPLICAS.length; i++) {
            String line = "server " + REPLICAS[i] + " ";
            conf = replace(conf, line, i < replicaPorts.size() ? "server 127.0.0.1:" + replicaPorts.get(i) + " " : "# " + line);
        }
        if (!cache) conf = replace(conf, "proxy_cache papergraph;", "proxy_cache off;");
        Path site = dir.resolve("papergraph.conf"), main = dir.resolve("nginx.conf");
        Files.writeString(site, conf, StandardCharsets.UTF_8);
        List<String> temps = new ArrayList<>();
        for (String t : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
            temps.add("  " + t + "_temp_path " + dir.resolve("temp-" + t) + ";");
        Files.writeString(main, String.join("\n",
                "# This run's own: the committed file is included as Debian's nginx.conf includes conf.d/*.conf.",
                "daemon off;",
                "user " + System.getProperty("user.name") + ";", // workers write the cache as this user (ignored unless root)
                "worker_processes auto;", // as Debian's nginx.conf
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + " warn;",
                "events { worker_connections 1024; }",
                "http {",
                String.join("\n", temps),
                "  include " + site + ";",
                "}", ""), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", main.toString(), "-e", dir.resolve("error.log").toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Nginx nginx = new Nginx(p, dir, port);
        nginx.awaitListening();
        return nginx;
    }

    /** {@code text} with {@code what}, which must be there once, replaced: a committed file of another shape fails loudly. */
    private static String replace(String text, String what, String with) throws IOException {
        int at = text.indexOf(what);
        if (at < 0 || text.indexOf(what, at + 1) >= 0)
            throw new IOException(CONFIG + " should hold '" + what + "' once; the test puts this run's value in its place");
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    String base() { return "http://127.0.0.1:" + port; }

    /** nginx's access log: a line a request, with its cache status and the replicas it went to. */
    List<String> accessLog() throws IOException {
        Path log = dir.resolve("access.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    private void awaitListening() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(base() + "/$/")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            if (!process.isAlive()) throw new IOException("nginx exited (" + process.exitValue() + "):\n" + log());
            try {
                if (client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 404) return; // nginx's own answer
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) throw new IOException("nginx did not listen on " + port + " within 20 s:\n" + log());
            Thread.sleep(50);
        }
    }

    private String log() throws IOException {
        StringBuilder s = new StringBuilder();
        for (String f : List.of("nginx.out", "error.log")) {
            Path p = dir.resolve(f);
            if (Files.exists(p)) s.append(Files.readString(p, StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }
}
