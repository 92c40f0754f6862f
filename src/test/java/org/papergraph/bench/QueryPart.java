package org.papergraph.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.papergraph.bench.Figure.Goal;
import org.papergraph.bench.Figure.Side;
import org.papergraph.bench.Figure.Unit;
import org.papergraph.query.CannedQuery;
import org.papergraph.query.QueryCatalog;
import org.papergraph.rdf.Iris;

/**
 * The canned-queries part (issue 6): each of papergraph's queries at {@code /queries/{name}} against the same
 * question put to stock Fuseki as a user would write it (the query as first written, counting over the union at
 * query time: {@code queries/plain/NAME.rq} where papergraph's reads its statistics or was reshaped, the
 * canned text otherwise), one server at a time: Fuseki {@code --loc} on the store stock {@code tdb2.tdbloader} makes
 * of papergraph's store exported as N-Quads (the same quads), with the union default graph
 * ({@code --set tdb:unionDefaultGraph=true}), as a stock user serves named graphs. Requests go one after another (latency, not throughput),
 * SPARQL JSON results; parameters are cycled through the data (topics, title words, papers) in a seeded order,
 * the same on both sides (a page keeps its default size); two warm-up passes over all the queries, a few more
 * requests a query, then {@code 2 × runs + 1} measured. p50 and p90.
 */
final class QueryPart {
    static final double GOAL_MS = 100;
    private static final String JSON = "application/sparql-results+json";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final int WARM_UPS = 2;
    private static final int MAX_SETTLING_PASSES = 10;
    private static final Duration MIN_SETTLING = Duration.ofSeconds(20);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern LABEL = Pattern.compile("^<[^>]*> <http://www\\.w3\\.org/2004/02/skos/core#prefLabel> \"([^\"\\\\]*)\"");
    private static final Pattern TITLE = Pattern.compile("^<[^>]*/paper/[^>]*> <http://purl\\.org/dc/terms/title> \"([^\"\\\\]*)\"");

    private final Tools tools;
    private final Path work;
    private final int runs;

    QueryPart(Tools tools, Path work, int runs) {
        this.tools = tools;
        this.work = work;
        this.runs = runs;
    }

    List<Figure> measure(Parts.Data d, Path db, Path stockDb) throws IOException, InterruptedException {
        List<CannedQuery> queries = QueryCatalog.shipped().all();
        Map<String, List<Map<String, String>>> params = params(d.ntriples(), queries);
        int port = ServerProcess.freePort();
        // Stock Fuseki sets no timeout; papergraph's (10 s by default) would cut a cold first run short.
        Timings ours = session("papergraph", List.of("java", "-jar", tools.jar.toString(), "serve", "--db", db.toString(),
                "--port", Integer.toString(port), "--timeout", "5m"), port, queries, params, (q, p) -> "/queries/" + q.name() + query(p));
        port = ServerProcess.freePort();
        Timings stock = session("fuseki", List.of("java", "-jar", tools.fusekiJar().toString(), "--loc", stockDb.toString(),
                "--set", "tdb:unionDefaultGraph=true", "--port", Integer.toString(port), "/papers"), port, queries, params,
                (q, p) -> "/papers/sparql?query=" + URLEncoder.encode(plain(q, p), StandardCharsets.UTF_8));
        List<Figure> figures = new ArrayList<>();
        for (CannedQuery q : queries) {
            List<Double> a = ours.ms.get(q.name()), b = stock.ms.get(q.name());
            String varied = params.get(q.name()).size() > 1 ? String.format(Locale.ROOT, "; %d values of %s cycled",
                    params.get(q.name()).size(), String.join(", ", params.get(q.name()).get(0).keySet())) : "";
            figures.add(new Figure("canned query " + q.name(), d.papers(), Unit.MILLISECONDS,
                    new Side("papergraph serve: GET /queries/" + q.name(), percentile(a, 50), ours.peakKiB, Double.NaN),
                    new Side("fuseki --loc {stock-quad-db} --set tdb:unionDefaultGraph=true: the plain query at /papers/sparql", percentile(b, 50), stock.peakKiB, Double.NaN),
                    a.size(), new Goal(Double.NaN, Double.NaN, GOAL_MS),
                    String.format(Locale.ROOT, "p50 of requests one at a time; p90 %.1f vs %.1f ms; %s rows%s",
                            percentile(a, 90), percentile(b, 90), rowRange(ours.rows.get(q.name()), stock.rows.get(q.name())), varied)));
        }
        return figures;
    }

    /** One server's timings: milliseconds per request by query, and the rows of each answer. */
    private record Timings(Map<String, List<Double>> ms, Map<String, List<Long>> rows, long peakKiB) {}

    private interface Request {
        String path(CannedQuery q, Map<String, String> params);
    }

    private Timings session(String name, List<String> command, int port, List<CannedQuery> queries,
                            Map<String, List<Map<String, String>>> params, Request request) throws IOException, InterruptedException {
        String base = "http://127.0.0.1:" + port;
        ServerProcess server = ServerProcess.start(Files.createDirectories(work.resolve("servers")), command,
                work.resolve("query-" + name + ".log"));
        Map<String, List<Double>> ms = new HashMap<>();
        Map<String, List<Long>> rows = new HashMap<>();
        try {
            CannedQuery first = queries.get(0);
            server.awaitReady(base + request.path(first, params.get(first.name()).get(0)), JSON, TIMEOUT);
            // Passes over every query before any is measured, for at least 20 s after the server is ready, and
            // until two passes in a row take the same time within a tenth (from the third pass; ten at most): the
            // JIT and TDB2's caches settle, and papergraph's page index, built in the background at start, is done
            // (at 100K its build slowed every answer for the first 13 s after the server was ready).
            long ready = System.nanoTime();
            double last = Double.NaN;
            for (int pass = 0; ; pass++) {
                long start = System.nanoTime();
                for (CannedQuery q : queries) fetch(base + request.path(q, params.get(q.name()).get(pass % params.get(q.name()).size())));
                double took = (System.nanoTime() - start) / 1e6;
                boolean agree = pass >= 2 && Math.abs(took - last) <= 0.1 * last;
                last = took;
                if (System.nanoTime() - ready >= MIN_SETTLING.toNanos() && (agree || pass + 1 >= MAX_SETTLING_PASSES)) break;
            }
            for (CannedQuery q : queries) {
                List<Map<String, String>> values = params.get(q.name());
                for (int i = 0; i < WARM_UPS; i++) fetch(base + request.path(q, values.get(i % values.size())));
                List<Double> times = new ArrayList<>();
                List<Long> counts = new ArrayList<>();
                for (int i = 0; i < 2 * runs + 1; i++) {
                    Map<String, String> p = values.get((WARM_UPS + i) % values.size());
                    long start = System.nanoTime();
                    byte[] answer = fetch(base + request.path(q, p));
                    times.add((System.nanoTime() - start) / 1e6);
                    counts.add(rows(answer));
                }
                ms.put(q.name(), times);
                rows.put(q.name(), counts);
                System.err.printf(Locale.ROOT, "bench: %s %s p50 %.1f ms%n", name, q.name(), percentile(times, 50));
            }
        } finally {
            server.stop();
        }
        return new Timings(ms, rows, server.stop());
    }

    /** Asks and reads the whole answer. */
    private static byte[] fetch(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", JSON).timeout(TIMEOUT).GET().build();
        HttpResponse<byte[]> resp = CLIENT.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200)
            throw new IOException(resp.statusCode() + " from " + url + ": " + new String(resp.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        return resp.body();
    }

    private static long rows(byte[] answer) {
        return ResultSetMgr.read(new ByteArrayInputStream(answer), ResultSetLang.RS_JSON).rewindable().size();
    }

    /** The query as stock Fuseki is given it: the plain form, parameters put in as terms, IRIs absolute. */
    private static String plain(CannedQuery q, Map<String, String> params) {
        Query query = QueryFactory.create(plainText(q), Iris.DEFAULT_BASE);
        return CannedQuery.bind(query, q.bindings(params, Iris.DEFAULT_BASE)).serialize();
    }

    static String plainText(CannedQuery q) {
        try (InputStream in = QueryPart.class.getResourceAsStream("/papergraph/plain/" + q.name() + ".rq")) {
            return in == null ? q.text() : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(Map<String, String> params) {
        if (params.isEmpty()) return "";
        return params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    /**
     * The values each query is asked with, in a seeded order: every topic's label, words of the papers' titles, the
     * papers the HTTP part asks for; a query without parameters is asked as it is.
     */
    private static Map<String, List<Map<String, String>>> params(Path ntriples, List<CannedQuery> queries) throws IOException {
        Set<String> topics = new LinkedHashSet<>(), words = new LinkedHashSet<>();
        try (Stream<String> lines = Files.lines(ntriples, StandardCharsets.UTF_8)) {
            lines.forEach(l -> {
                Matcher m = LABEL.matcher(l);
                if (m.find()) topics.add(m.group(1));
                Matcher t = TITLE.matcher(l);
                if (t.find() && words.size() < 200) for (String w : t.group(1).split("\\W+")) if (w.length() > 3) words.add(w.toLowerCase(Locale.ROOT));
            });
        }
        List<String> papers = HttpPart.papers(ntriples).stream().map(HttpPart.Paper::iri).toList();
        Map<String, List<String>> byParam = Map.of("topic", shuffled(topics), "word", shuffled(words), "paper", papers);
        Map<String, List<Map<String, String>>> out = new HashMap<>();
        for (CannedQuery q : queries) {
            List<Map<String, String>> values = new ArrayList<>();
            q.params().stream().map(CannedQuery.Param::name).filter(byParam::containsKey).findFirst().ifPresent(p -> {
                for (String v : byParam.get(p)) values.add(Map.of(p, p.equals("paper") ? "<" + v + ">" : v));
            });
            if (values.isEmpty()) values.add(Map.of());
            out.put(q.name(), values);
        }
        return out;
    }

    private static List<String> shuffled(Set<String> values) {
        List<String> out = new ArrayList<>(values);
        Collections.shuffle(out, new Random(42));
        return out;
    }

    /** The rows the answers had ({@code 12} or {@code 3–18,307}); both sides must agree on each. */
    private static String rowRange(List<Long> ours, List<Long> stock) {
        if (!ours.equals(stock)) throw new IllegalStateException("papergraph and Fuseki answered with different rows: " + ours + " vs " + stock);
        long min = Collections.min(ours), max = Collections.max(ours);
        return min == max ? String.format(Locale.ROOT, "%,d", min) : String.format(Locale.ROOT, "%,d–%,d", min, max);
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
