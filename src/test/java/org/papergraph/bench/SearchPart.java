package org.papergraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.papergraph.bench.Figure.Goal;
import org.papergraph.bench.Figure.Side;
import org.papergraph.bench.Figure.Unit;

/**
 * The search part (issue 18): {@code papergraph serve} on the store {@code papergraph load} made of the data, asked
 * for search pages one at a time, as a reader's searches come: {@code GET /search?q=…} (the page: a page of papers by
 * relevance, the facets' counts over every paper found, the words marked), against the canned search of the same
 * words on the same server ({@code /queries/search?word=…&limit=20}: a page of the newest, no facets, no marks),
 * which is the stock column here. The generated lists draw their words from a small vocabulary, so most words are in
 * most papers: facets are counted over tens of thousands of matches, the worst case. The figure is the p50 latency
 * of {@value #QUERIES} searches of one to three words after {@value #WARM_UPS} warm-up passes; the goal is p50 ≤
 * {@value #GOAL_MS} ms at 100K papers.
 */
final class SearchPart {
    static final String SEARCH = "GET /search?q={words} (page, facets, marks) vs /queries/search?word={words}";
    static final int QUERIES = 200, WARM_UPS = 3;
    static final double GOAL_MS = 50;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** Words of the generated titles and abstracts ({@code papergraph generate}'s vocabulary). */
    private static final List<String> WORDS = List.of("model", "language", "learning", "training", "data", "attention",
            "transformer", "agents", "reasoning", "retrieval", "generation", "alignment", "preference", "optimization",
            "inference", "memory", "context", "multimodal", "vision", "embedding", "evaluation", "feedback", "reward",
            "scaling", "sparse", "experts", "distillation", "quantization", "pruning", "safety", "hallucination",
            "knowledge", "graph", "planning", "code", "synthesis", "dataset", "diffusion", "speech", "medical");

    private final Path work;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SearchPart(Path work) { this.work = work; }

    List<Figure> measure(Parts.Data d, Path jar, Path db) throws IOException, InterruptedException {
        List<String> searches = searches();
        int port = ServerProcess.freePort();
        String base = "http://127.0.0.1:" + port;
        Path dir = Files.createDirectories(work.resolve("servers"));
        ServerProcess server = ServerProcess.start(dir, List.of("java", "-jar", jar.toString(), "serve", "--db", db.toString(),
                "--port", Integer.toString(port)), work.resolve("serve-search.log"));
        double[] ours = new double[QUERIES], stock = new double[QUERIES];
        try {
            server.awaitReady(base + "/search?q=model", "text/html", READY_TIMEOUT);
            for (int pass = 0; pass < WARM_UPS; pass++) {
                for (String words : searches) {
                    get(base + page(words));
                    get(base + canned(words));
                }
            }
            for (int i = 0; i < QUERIES; i++) { // alternated, so both sides meet the machine alike
                String words = searches.get(i);
                ours[i] = get(base + page(words));
                stock[i] = get(base + canned(words));
            }
        } finally {
            server.stop();
        }
        long peak = server.stop();
        String note = String.format(Locale.ROOT, "%d searches of 1–3 words one at a time after %d warm-up passes; p50 and p99;"
                + " the stock column is papergraph's canned search on the same server (a page of the newest, no facets)", QUERIES, WARM_UPS);
        return List.of(new Figure(SEARCH, d.papers(), Unit.MILLISECONDS,
                new Side("papergraph serve --db {db}: GET /search?q={words}", percentile(ours, 50), peak, percentile(ours, 99)),
                new Side("GET /queries/search?word={words}&limit=20 on the same server", percentile(stock, 50), peak, percentile(stock, 99)),
                QUERIES, new Goal(Double.NaN, Double.NaN, GOAL_MS), note));
    }

    /** {@value #QUERIES} searches of one to three of the vocabulary's words, in a seeded order. */
    static List<String> searches() {
        Random random = new Random(42);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            int n = 1 + random.nextInt(3);
            List<String> words = new ArrayList<>();
            while (words.size() < n) {
                String w = WORDS.get(random.nextInt(WORDS.size()));
                if (!words.contains(w)) words.add(w);
            }
            out.add(String.join(" ", words));
        }
        return out;
    }

    static String page(String words) { return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8); }

    static String canned(String words) {
        return "/queries/search?limit=20&word=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** Milliseconds to the whole answer of a GET; fails unless 200. */
    private double get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").timeout(Duration.ofSeconds(60)).GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        if (r.statusCode() != 200) throw new IOException(url + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return ms;
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.max(0, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }
}
