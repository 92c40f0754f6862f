package org.papergraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.bench.Figure.Goal;
import org.papergraph.bench.Figure.Side;
import org.papergraph.bench.Figure.Unit;

/**
 * The live-publishing part (issue 16): {@code papergraph up} serving the data set's store while it follows a folder
 * of lists (the data set's own list, unchanged and so skipped, and a small list), on a copy of the store made by
 * {@code papergraph load}.
 * <ul>
 * <li>Edit to served: a title of the small list is changed in place, as an editor saves it, and its paper's page is
 * asked every 10 ms until it shows the new title; {@code 2 × runs + 1} edits a second apart, p50 (goal ≤ 1 s, the
 * watch's delay included). Stock Fuseki cannot take a change while it serves: its column is its restart to the first
 * 200 on {@code tdb2.tdbloader}'s store, the least a stock user's stop-load-start costs in downtime.
 * <li>Pages during a reload: wrk on the Turtle pages as in the HTTP part, once with nothing loading and once while
 * a list of 10,000 rows (fewer for smaller data) is dropped into the folder and loaded (goal: no error, p99 ≤ 50 ms).
 * The stock column is papergraph's own run with nothing loading.
 * </ul>
 */
final class ReloadPart {
    static final String EDIT = "edit of a small list → its page served";
    static final String DURING = "GET /paper/{id}.ttl during a reload";
    static final double EDIT_GOAL_SECONDS = 1.0, DURING_P99_GOAL_MS = 50;
    private static final int SMALL = 20, BIG = 10_000, WARM_UPS = 6;
    private static final Pattern ARXIV_TITLE = Pattern.compile("\\[([^\\]]+)]\\(https?://arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration CHANGE_TIMEOUT = Duration.ofMinutes(5);

    private final Tools tools;
    private final Path work;
    private final int runs, seconds;
    private final Wrk wrk;

    ReloadPart(Tools tools, Path work, int runs, int seconds) throws IOException {
        this.tools = tools;
        this.work = work;
        this.runs = runs;
        this.seconds = seconds;
        this.wrk = new Wrk(work);
    }

    List<Figure> measure(Parts.Data d, Path db, Path stockDb) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(d.markdown().resolveSibling("reload"));
        Path live = Files.createDirectories(dir.resolve("lists")), store = dir.resolve("store");
        Shell.run(dir, List.of("rm", "-rf", store.toString(), live.toString()));
        Files.createDirectories(live);
        Shell.run(dir, List.of("cp", "-r", db.toString(), store.toString())); // untimed: up writes into its store
        // The data set's list under the same file (a hard link): the load finds it unchanged and skips it.
        Files.createLink(live.resolve(d.markdown().getFileName()), d.markdown());
        Path small = live.resolve("small.md"), big = dir.resolve("big.md");
        generate(dir, SMALL, 7, small);
        generate(dir, Math.min(BIG, d.papers()), 99, big);
        String marker = "reload marker " + System.nanoTime();
        Row bigFirst = mark(big, 0, marker);
        Path ttl = HttpPart.paths(dir.resolve("paths-ttl.txt"), HttpPart.papers(d.ntriples()), p -> "/paper/" + p.id() + ".ttl");

        int port = ServerProcess.freePort();
        String base = "http://127.0.0.1:" + port;
        Row probe = mark(small, 0, null);
        List<Double> edits = new ArrayList<>();
        Wrk.Result quiet, during;
        double reloadSeconds;
        long peak;
        ServerProcess server = ServerProcess.start(dir, List.of("java", "-jar", tools.jar.toString(), "up", live.toString(),
                "--db", store.toString(), "--port", Integer.toString(port)), work.resolve("reload-papergraph.log"));
        try {
            server.awaitReady(base + "/paper/" + probe.id() + ".ttl", "text/turtle", CHANGE_TIMEOUT);
            for (int i = 0; i < WARM_UPS; i++) wrk.run(base, ttl, "text/turtle", seconds);
            String page = base + "/paper/" + probe.id() + ".ttl", before = null;
            for (int i = 0; i < 2 * runs + 1; i++) {
                Thread.sleep(1000);
                String title = "edited title " + i + " " + System.nanoTime();
                before = etag(page);
                long start = System.nanoTime();
                mark(small, 0, title);
                awaitShown(page, title);
                edits.add((System.nanoTime() - start) / 1e9);
            }
            // The page shows an edit once its source commits; the reload goes on (statistics, views) until the
            // generation moves: the run with nothing loading starts after that.
            awaitMoved(page, before);
            int length = Math.max(3 * seconds, 30);
            quiet = wrk.run(base, ttl, "text/turtle", length);
            CompletableFuture<Wrk.Result> load = CompletableFuture.supplyAsync(() -> {
                try {
                    return wrk.run(base, ttl, "text/turtle", length);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(3000);
            long start = System.nanoTime();
            Files.move(big, live.resolve("big.md"), StandardCopyOption.ATOMIC_MOVE);
            awaitShown(base + "/paper/" + bigFirst.id() + ".ttl", marker);
            reloadSeconds = (System.nanoTime() - start) / 1e9;
            during = load.join();
        } finally {
            peak = server.stop();
        }
        List<Double> restarts = stockRestarts(stockDb, HttpPart.papers(d.ntriples()).get(0));
        String errors = during.errors() == 0 ? "no socket error" : during.errors() + " socket errors";
        return List.of(
                new Figure(EDIT, d.papers(), Unit.SECONDS,
                        Side.timed("papergraph up {lists} --db {copy of db}: edit small.md, poll /paper/{id}.ttl every 10 ms", Stats.median(edits, x -> x), peak),
                        Side.timed("java -jar jena-fuseki-server-5.6.0.jar --loc {stock-db} /papers: start to first 200", Stats.median(restarts, x -> x), 0),
                        edits.size(), new Goal(Double.NaN, Double.NaN, EDIT_GOAL_SECONDS),
                        String.format(Locale.ROOT, "p50 of %d edits a second apart, longest %.2f s; the stock column is a restart of stock Fuseki,"
                                + " which cannot load while it serves", edits.size(), Collections.max(edits))),
                new Figure(DURING, d.papers(), Unit.REQUESTS_PER_SECOND,
                        new Side("papergraph up: wrk while big.md (" + Math.min(BIG, d.papers()) + " rows) is dropped into {lists}",
                                during.requestsPerSecond(), peak, during.p99Ms()),
                        new Side("the same server, nothing loading", quiet.requestsPerSecond(), peak, quiet.p99Ms()),
                        1, new Goal(Double.NaN, DURING_P99_GOAL_MS, Double.NaN),
                        String.format(Locale.ROOT, "wrk %d threads, %d connections, %d s, %s, after %d warm-up runs; the list's"
                                + " reload took %.1f s, from the move into the folder to its first paper served; the stock column is"
                                + " papergraph's own run with nothing loading", Wrk.THREADS, Wrk.CONNECTIONS, Math.max(3 * seconds, 30),
                                errors, WARM_UPS, reloadSeconds)));
    }

    /** A row of a generated list: its paper's arXiv id and title. */
    private record Row(String id, String title) {}

    private void generate(Path dir, int papers, int seed, Path out) throws IOException, InterruptedException {
        Shell.run(dir, List.of("java", "-jar", tools.jar.toString(), "generate", "--papers", Integer.toString(papers),
                "--seed", Integer.toString(seed), "-o", out.toString()));
    }

    /**
     * The {@code n}th arXiv-linked title of a list; when {@code title} is given, the file is rewritten with that title
     * in its place, in place (as an editor saves).
     */
    private static Row mark(Path list, int n, String title) throws IOException {
        String text = Files.readString(list, StandardCharsets.UTF_8);
        Matcher m = ARXIV_TITLE.matcher(text);
        for (int i = 0; i <= n; i++) if (!m.find()) throw new IOException("no arXiv title #" + n + " in " + list);
        if (title != null) Files.writeString(list, text.substring(0, m.start(1)) + title + text.substring(m.end(1)), StandardCharsets.UTF_8);
        return new Row(m.group(2), title != null ? title : m.group(1));
    }

    /** Waits until the document at {@code url} holds {@code text}, asked every 10 ms. */
    private static void awaitShown(String url, String text) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").GET().build();
        long deadline = System.nanoTime() + CHANGE_TIMEOUT.toNanos();
        while (true) {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 200 && r.body().contains(text)) return;
            if (System.nanoTime() > deadline) throw new IOException(url + " did not show '" + text + "' within " + CHANGE_TIMEOUT);
            Thread.sleep(10);
        }
    }

    /** The document's ETag, which names the server's generation: a reload moves it on once all it derives is served. */
    private static String etag(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").GET().build();
        HttpResponse<Void> r = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
        return r.headers().firstValue("ETag").orElseThrow(() -> new IOException(url + " has no ETag"));
    }

    /** Waits until the document's ETag is other than {@code before}, asked every 10 ms. */
    private static void awaitMoved(String url, String before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + CHANGE_TIMEOUT.toNanos();
        while (etag(url).equals(before)) {
            if (System.nanoTime() > deadline) throw new IOException(url + "'s ETag did not move from " + before + " within " + CHANGE_TIMEOUT);
            Thread.sleep(10);
        }
    }

    /** Stock Fuseki started {@code 2 × runs + 1} times on tdbloader's store: seconds to its first 200 for a paper. */
    private List<Double> stockRestarts(Path stockDb, HttpPart.Paper paper) throws IOException, InterruptedException {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < 2 * runs + 1; i++) {
            int port = ServerProcess.freePort();
            ServerProcess fuseki = ServerProcess.start(Files.createDirectories(work.resolve("servers")), List.of("java", "-jar",
                    tools.fusekiJar().toString(), "--loc", stockDb.toString(), "--port", Integer.toString(port), "/papers"),
                    work.resolve("reload-fuseki.log"));
            try {
                out.add(fuseki.awaitReady("http://127.0.0.1:" + port + HttpPart.describe(paper), "text/turtle", CHANGE_TIMEOUT));
            } finally {
                fuseki.stop();
            }
        }
        return out;
    }
}
