package org.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference deployment of deploy/ as a whole (issue 19): two replicas started as their committed systemd unit
 * starts them (a store restored from a snapshot, then {@code papergraph up} on a shared git checkout of the lists),
 * the committed nginx configuration in front, and the committed pull unit's {@code git pull}.
 * <ul>
 * <li>A replica killed with SIGKILL under load, its store thrown away, restored from the snapshot and started again:
 * wrk through nginx sees no failed request, and nginx's log shows requests passed from the dead replica to the other.
 * <li>An edit pushed to the lists' remote and pulled into the checkout: both replicas, and nginx once its entry has
 * gone stale and been fetched again, serve it within seconds.
 * <li>The cache: a page asked twice is a hit, a SPARQL POST never is, and with no replica left a cached page is
 * still served (stale).
 * </ul>
 */
class ReplicasIT {
    private static final Path UNITS = Path.of("deploy/systemd");
    private static final Pattern ARXIV_TITLE = Pattern.compile("\\[([^\\]]+)]\\(https?://arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})");
    private static final List<String> LISTS = List.of("2024-01-papers.md", "2024-02-papers.md", "2024-03-papers.md");
    private static final Duration READY = Duration.ofMinutes(2), EDIT_SHOWN = Duration.ofSeconds(20);
    private static final int WRK_SECONDS = 20, KILL_AFTER_SECONDS = 3, REJOIN_SECONDS = 8;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;
    private Path lists, snapshot;

    @Test
    void replicasBehindNginxLoseNoRequestAndFollowAnEdit() throws Exception {
        Path origin = dir.resolve("origin.git"), editor = dir.resolve("editor");
        lists = dir.resolve("lists");
        snapshot = dir.resolve("snapshot.tar.gz");
        git(dir, "init", "-q", "--bare", origin.toString());
        git(dir, "clone", "-q", origin.toString(), editor.toString());
        for (String name : LISTS) Files.copy(Path.of("data", name), editor.resolve(name));
        git(editor, "add", ".");
        git(editor, "commit", "-q", "-m", "the lists");
        git(editor, "push", "-q", "origin", "HEAD");
        git(dir, "clone", "-q", origin.toString(), lists.toString()); // the replicas' shared checkout

        // The snapshot new replicas start from, of a store loaded from the checkout (by the same path, so a
        // replica's catch-up load skips every list).
        Path jar = Path.of("target/papergraph.jar").toAbsolutePath();
        Shell.run(dir, List.of("java", "-jar", jar.toString(), "load", lists.toString(), "--db", dir.resolve("seed").toString()));
        Shell.run(dir, List.of("java", "-jar", jar.toString(), "snapshot", "--db", dir.resolve("seed").toString(), "-o", snapshot.toString()));

        int portA = ServerProcess.freePort(), portB = ServerProcess.freePort();
        List<String> ids = new ArrayList<>(papers(lists).keySet());
        Path during = paths(ids, "during"), after = paths(ids, "after");
        ServerProcess a = null, b = null;
        try (Nginx nginx = Nginx.start(dir.resolve("nginx"), ServerProcess.freePort(), List.of(portA, portB), true)) {
            a = replica(jar, portA);
            b = replica(jar, portB);
            String page = "/paper/" + ids.get(0) + ".html";
            awaitOk(nginx.base() + page);
            cacheChecks(nginx, page);

            // wrk through nginx; B is killed mid-run, its store thrown away, restored and started again; once it is
            // back, a second run, in which nginx sends it requests again.
            Wrk wrk = new Wrk(dir);
            CompletableFuture<Wrk.Result> load = CompletableFuture.supplyAsync(() -> {
                try {
                    return wrk.run(nginx.base(), during, "text/html", WRK_SECONDS);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(KILL_AFTER_SECONDS * 1000L);
            b.crash();
            long killed = System.nanoTime();
            Shell.run(dir, List.of("rm", "-rf", dir.resolve("state/papergraph/" + portB + "/store").toString()));
            b = replica(jar, portB);
            double backAt = System.currentTimeMillis() / 1000.0;
            System.err.printf("ReplicasIT: replica B restored and ready %.1f s after its kill%n", (System.nanoTime() - killed) / 1e9);
            Wrk.Result killing = load.join(); // throws when an answer was not 2xx or 3xx
            assertEquals(0, killing.errors(), "socket errors seen by wrk through nginx while a replica was killed");
            Wrk.Result back = wrk.run(nginx.base(), after, "text/html", REJOIN_SECONDS);
            assertEquals(0, back.errors(), "socket errors seen by wrk through nginx once the replica was back");
            System.err.printf("ReplicasIT: %,d requests during the kill and restart, %,d after, none failed%n", killing.requests(), back.requests());

            String addrB = "127.0.0.1:" + portB;
            List<String> log = nginx.accessLog();
            assertTrue(log.stream().anyMatch(l -> l.contains("upstream=" + addrB + ", ")),
                    "nginx passed requests from the killed replica to the other:\n" + tail(log));
            assertTrue(log.stream().anyMatch(l -> l.contains("upstream=" + addrB + " ") && msec(l) > backAt),
                    "the restarted replica took requests again:\n" + tail(log));

            // An edit, pushed and pulled as papergraph-pull.service pulls.
            String id = onlyOnce(lists), title = "A title edited for the replicas " + System.nanoTime();
            retitle(editor.resolve(LISTS.get(0)), id, title);
            git(editor, "commit", "-q", "-am", "retitle " + id);
            git(editor, "push", "-q", "origin", "HEAD");
            String doc = "/paper/" + id + ".html";
            String before = get(nginx.base() + doc).body(); // cached now
            assertTrue(!before.contains(title));
            new SystemdUnit(UNITS.resolve("papergraph-pull.service"), null, dir.resolve("state"), Map.of("LISTS", lists.toString()))
                    .run("ExecStart", dir);
            long pulled = System.nanoTime();
            for (String base : List.of("http://127.0.0.1:" + portA, "http://127.0.0.1:" + portB, nginx.base())) {
                awaitShown(base + doc, title, pulled);
            }
            // One restored from the snapshot after its kill, the other running throughout: the same validators, so
            // nginx revalidates an entry against either.
            HttpResponse<String> fromA = get("http://127.0.0.1:" + portA + doc), fromB = get("http://127.0.0.1:" + portB + doc);
            assertEquals(fromA.headers().firstValue("ETag"), fromB.headers().firstValue("ETag"), "the replicas' ETags");
            assertEquals(fromA.headers().firstValue("Last-Modified"), fromB.headers().firstValue("Last-Modified"), "the replicas' Last-Modified");
            assertEquals(fromA.body(), fromB.body(), "the replicas' pages");

            // No replica left: nginx answers from its cache, stale, rather than with an error.
            Thread.sleep(4000); // past the entry's 3 s
            a.crash();
            b.crash();
            HttpResponse<String> stale = get(nginx.base() + doc);
            assertEquals(200, stale.statusCode());
            assertTrue(stale.body().contains(title));
            assertEquals("STALE", stale.headers().firstValue("X-Cache-Status").orElse(""));
        } finally {
            if (a != null) a.stop();
            if (b != null) b.stop();
        }
    }

    /** A replica as papergraph@PORT.service runs it: ExecStartPre (restore when the store is missing), ExecStart. */
    private ServerProcess replica(Path jar, int port) throws IOException, InterruptedException {
        Path state = dir.resolve("state");
        SystemdUnit unit = new SystemdUnit(UNITS.resolve("papergraph@.service"), Integer.toString(port), state, Map.of(
                "PAPERGRAPH_JAR", jar.toString(), "LISTS", lists.toString(), "SNAPSHOT", snapshot.toString(), "JAVA_OPTS", "-Xmx256m"));
        Files.createDirectories(state.resolve("papergraph/" + port)); // systemd makes the StateDirectory=
        unit.run("ExecStartPre", dir);
        assertTrue(Files.isDirectory(state.resolve("papergraph/" + port + "/store")), "restored from the snapshot");
        ServerProcess p = ServerProcess.start(dir, unit.command("ExecStart"), dir.resolve("replica-" + port + ".log"));
        p.awaitReady("http://127.0.0.1:" + port + "/ready", "application/json", READY);
        return p;
    }

    /** A page asked twice is a hit; a SPARQL POST is never cached; the admin paths are closed. */
    private static void cacheChecks(Nginx nginx, String page) throws IOException, InterruptedException {
        get(nginx.base() + page);
        assertEquals("HIT", get(nginx.base() + page).headers().firstValue("X-Cache-Status").orElse(""));
        HttpRequest post = HttpRequest.newBuilder(URI.create(nginx.base() + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")).build();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = CLIENT.send(post, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertNotEquals("HIT", r.headers().firstValue("X-Cache-Status").orElse(""));
        }
        assertEquals(404, get(nginx.base() + "/$/datasets").statusCode());
    }

    /** The arXiv papers of the lists, id to title, in file order. */
    private static Map<String, String> papers(Path lists) throws IOException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String name : LISTS) {
            Matcher m = ARXIV_TITLE.matcher(Files.readString(lists.resolve(name), StandardCharsets.UTF_8));
            while (m.find()) out.putIfAbsent(m.group(2), m.group(1));
        }
        return out;
    }

    /** A paper of the first list that no other row of the lists names, so that its title is that row's. */
    private static String onlyOnce(Path lists) throws IOException {
        Map<String, Integer> rows = new java.util.HashMap<>();
        for (String name : LISTS) {
            Matcher m = ARXIV_TITLE.matcher(Files.readString(lists.resolve(name), StandardCharsets.UTF_8));
            while (m.find()) rows.merge(m.group(2), 1, Integer::sum);
        }
        Matcher m = ARXIV_TITLE.matcher(Files.readString(lists.resolve(LISTS.get(0)), StandardCharsets.UTF_8));
        while (m.find()) if (rows.get(m.group(2)) == 1) return m.group(2);
        throw new IOException("every paper of " + LISTS.get(0) + " is listed twice");
    }

    /**
     * wrk's paths: each paper's address (a 303), its page and its Turtle, which nginx caches, and for most requests
     * its Turtle with a query string of its own, {@code ?RUN=N}, new to nginx, so that the replicas are asked
     * throughout the run (a run of wrk starts at the file's top: each run has its own).
     */
    private Path paths(List<String> ids, String run) throws IOException {
        List<String> out = new ArrayList<>();
        for (String id : ids) out.addAll(List.of("/paper/" + id, "/paper/" + id + ".html", "/paper/" + id + ".ttl"));
        for (int round = 0; round < 200; round++)
            for (String id : ids) out.add("/paper/" + id + ".ttl?" + run + "=" + round);
        java.util.Collections.shuffle(out, new java.util.Random(19));
        Path file = dir.resolve("paths-" + run + ".txt");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    /** Rewrites the list with the title of paper {@code id} replaced by {@code title}. */
    private static void retitle(Path list, String id, String title) throws IOException {
        String text = Files.readString(list, StandardCharsets.UTF_8);
        Matcher m = ARXIV_TITLE.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(id)) {
                Files.writeString(list, text.substring(0, m.start(1)) + title + text.substring(m.end(1)), StandardCharsets.UTF_8);
                return;
            }
        }
        throw new IOException("no paper " + id + " in " + list);
    }

    /** Waits until {@code url} shows {@code text}, asked every 100 ms, at most {@link #EDIT_SHOWN} after {@code since}. */
    private static void awaitShown(String url, String text, long since) throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> r = get(url);
            if (r.statusCode() == 200 && r.body().contains(text)) {
                System.err.printf("ReplicasIT: %s showed the edit %.1f s after the pull%n", url, (System.nanoTime() - since) / 1e9);
                return;
            }
            assertTrue(System.nanoTime() - since < EDIT_SHOWN.toNanos(), url + " did not show the edit within " + EDIT_SHOWN
                    + " of the pull (last: " + r.statusCode() + " " + r.headers().firstValue("X-Cache-Status").orElse("") + ")");
            Thread.sleep(100);
        }
    }

    private static void awaitOk(String url) throws IOException, InterruptedException {
        for (int i = 0; get(url).statusCode() != 200; i++) {
            assertTrue(i < 100, url + " answered no 200 through nginx");
            Thread.sleep(100);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").timeout(Duration.ofSeconds(10)).GET().build();
        return CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The time nginx logged the request at (its $msec). */
    private static double msec(String line) {
        Matcher m = Pattern.compile(" msec=([\\d.]+)").matcher(line);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String tail(List<String> log) {
        return String.join("\n", log.subList(Math.max(0, log.size() - 20), log.size()));
    }

    private static void git(Path in, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=papergraph test", "-c", "user.email=test@example.org",
                "-c", "init.defaultBranch=main"));
        cmd.addAll(List.of(args));
        Shell.run(in, cmd);
    }
}
