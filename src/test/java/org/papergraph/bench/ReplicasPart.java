package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.papergraph.bench.Figure.Goal;
import org.papergraph.bench.Figure.Side;
import org.papergraph.bench.Figure.Unit;

/**
 * The replicas part (issue 19): the HTML pages through the committed nginx configuration (deploy/nginx/) in front of
 * one or two {@code papergraph serve} replicas, each on its own copy of the data set's store, as
 * papergraph@.service runs them (no access log: nginx keeps one). Each replica is warmed directly until its rate
 * settles; then, with wrk as in the HTTP part, a warm-up and a measured run of each set-up in turn: one replica
 * directly, nginx without its cache in front of one and of two, and nginx with its cache in front of two. The rows
 * say what the second replica adds, what the cache adds, and what nginx itself costs. No goal: on 2 cores, wrk,
 * nginx and the replicas share the same cores, so a second replica cannot double the rate.
 */
final class ReplicasPart {
    static final String TWO = "GET /paper/{id}.html through nginx, 2 replicas vs 1";
    static final String CACHED = "GET /paper/{id}.html through nginx, cache vs none (2 replicas)";
    static final String PROXIED = "GET /paper/{id}.html through nginx vs direct (1 replica)";
    private static final int MIN_WARM_UPS = 3, MAX_WARM_UPS = 12;
    private static final Duration READY = Duration.ofMinutes(5);

    private final Tools tools;
    private final Path work;
    private final int seconds;
    private final Wrk wrk;

    ReplicasPart(Tools tools, Path work, int seconds) throws IOException {
        this.tools = tools;
        this.work = work;
        this.seconds = seconds;
        this.wrk = new Wrk(work);
    }

    List<Figure> measure(Parts.Data d, Path db) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(d.markdown().resolveSibling("replicas"));
        Path html = HttpPart.paths(dir.resolve("paths-html.txt"), HttpPart.papers(d.ntriples()), p -> "/paper/" + p.id() + ".html");
        int portA = ServerProcess.freePort(), portB = ServerProcess.freePort();
        Wrk.Result direct, one, two, cached;
        long peakA, peakB;
        ServerProcess a = replica(dir, db, "a", portA), b = null;
        try {
            b = replica(dir, db, "b", portB);
            warmUp("http://127.0.0.1:" + portA, html);
            warmUp("http://127.0.0.1:" + portB, html);
            direct = measured("http://127.0.0.1:" + portA, html);
            one = throughNginx(dir, List.of(portA), false, html);
            two = throughNginx(dir, List.of(portA, portB), false, html);
            cached = throughNginx(dir, List.of(portA, portB), true, html);
        } finally {
            peakA = a.stop();
            peakB = b == null ? 0 : b.stop();
        }
        String load = " & " + Wrk.shown(seconds, "text/html", "paths-html.txt");
        String replica = "java -jar target/papergraph.jar serve --db {copy of db} --port {port} --log-format none";
        String nginx = "nginx (deploy/nginx/papergraph.conf";
        Side oneSide = side(nginx + ", proxy_cache off) → 1 × " + replica + load, one, peakA);
        Side twoSide = side(nginx + ", proxy_cache off) → 2 × " + replica + load, two, peakA + peakB);
        String note = String.format(Locale.ROOT, "wrk %d threads, %d connections, %d s, one warm-up run a set-up after the"
                + " replicas' own; peak RSS: the replicas'; socket errors %d, %d, %d, %d (direct, 1, 2, cached)", Wrk.THREADS,
                Wrk.CONNECTIONS, seconds, direct.errors(), one.errors(), two.errors(), cached.errors());
        return List.of(
                new Figure(TWO, d.papers(), Unit.REQUESTS_PER_SECOND, twoSide, oneSide, 1, Goal.NONE,
                        "the other side is nginx in front of one replica, not stock; " + note),
                new Figure(CACHED, d.papers(), Unit.REQUESTS_PER_SECOND,
                        side(nginx + ") → 2 × " + replica + load, cached, peakA + peakB), twoSide, 1, Goal.NONE,
                        "the other side is the same without nginx's cache; entries kept 3 s, then revalidated; " + note),
                new Figure(PROXIED, d.papers(), Unit.REQUESTS_PER_SECOND, oneSide,
                        side(replica + " & " + Wrk.shown(seconds, "text/html", "paths-html.txt"), direct, peakA), 1, Goal.NONE,
                        "the other side is wrk straight at the replica; " + note));
    }

    /** {@code papergraph serve} on a copy of the store (made untimed: each replica holds its store's lock). */
    private ServerProcess replica(Path dir, Path db, String name, int port) throws IOException, InterruptedException {
        Path copy = dir.resolve("store-" + name);
        Shell.run(dir, List.of("rm", "-rf", copy.toString()));
        Shell.run(dir, List.of("cp", "-r", db.toString(), copy.toString()));
        ServerProcess p = ServerProcess.start(dir, List.of("java", "-jar", tools.jar.toString(), "serve", "--db", copy.toString(),
                "--port", Integer.toString(port), "--log-format", "none"), work.resolve("replica-" + name + ".log"));
        p.awaitReady("http://127.0.0.1:" + port + "/ready", "application/json", READY);
        return p;
    }

    private Wrk.Result throughNginx(Path dir, List<Integer> replicas, boolean cache, Path paths) throws IOException, InterruptedException {
        String name = "nginx-" + replicas.size() + (cache ? "-cache" : "");
        Path nginxDir = dir.resolve(name);
        Shell.run(dir, List.of("rm", "-rf", nginxDir.toString()));
        try (Nginx nginx = Nginx.start(nginxDir, ServerProcess.freePort(), replicas, cache)) {
            return measured(nginx.base(), paths);
        }
    }

    /** A warm-up run, then the measured one. */
    private Wrk.Result measured(String base, Path paths) throws IOException, InterruptedException {
        wrk.run(base, paths, "text/html", seconds);
        return wrk.run(base, paths, "text/html", seconds);
    }

    /** Runs until the last three rates agree within a tenth ({@link HttpPart#settled}), within the bounds above. */
    private void warmUp(String base, Path paths) throws IOException, InterruptedException {
        List<Double> rates = new ArrayList<>();
        for (int i = 1; i <= MAX_WARM_UPS && !(i > MIN_WARM_UPS && HttpPart.settled(rates)); i++)
            rates.add(wrk.run(base, paths, "text/html", seconds).requestsPerSecond());
        System.err.println("bench: replica warm-up at " + base + ", req/s: "
                + rates.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r)).collect(Collectors.joining(", ")));
    }

    private static Side side(String command, Wrk.Result r, long peakKiB) {
        return new Side(command, r.requestsPerSecond(), peakKiB, r.p99Ms());
    }
}
