package org.papergraph.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.papergraph.bench.Figure.Goal;
import org.papergraph.bench.Figure.Side;
import org.papergraph.bench.Figure.Unit;

/**
 * The HTTP part (issue 5): {@code papergraph serve} on the store {@code papergraph load} made of the data, against
 * stock Fuseki as a user of stock Jena would run it: {@code java -jar jena-fuseki-server.jar --loc DIR /papers} on
 * the store stock {@code tdb2.tdbloader --loc DIR} made of papergraph's N-Triples of the same data (its triples in
 * the default graph; read-only, Fuseki's default without {@code --update}). One server at a time.
 * <ul>
 * <li>Throughput and p99 latency at {@value Wrk#CONNECTIONS} connections: {@code GET /paper/{id}.ttl} and
 * {@code GET /paper/{id}.html} against SPARQL {@code DESCRIBE} of the same papers on Fuseki (Turtle), wrk cycling
 * through up to {@value #PAPERS} of the data's papers in a seeded order; one server session a side, each load
 * warm-up runs until they settle, then a measured run.
 * <li>The earlier pairing, as a row of its own and labelled so: the Turtle page against stock Fuseki over
 * papergraph's quad store through a TDB2 assembler with the union default graph ({@code --desc}; its
 * {@code --loc} refuses a TDB2 store whose {@code tdb.cfg} sits at the top, taking that file for TDB1's).
 * <li>Readiness: seconds from starting the server process to its first 200 answer for a paper; each side started
 * {@code runs} times after those sessions, alternated; medians. The stock side is Fuseki on the tdbloader store.
 * </ul>
 */
final class HttpPart {
    static final String TURTLE = "GET /paper/{id}.ttl vs DESCRIBE over HTTP";
    static final String HTML = "GET /paper/{id}.html vs DESCRIBE over HTTP";
    static final String TURTLE_UNION = "GET /paper/{id}.ttl vs DESCRIBE over HTTP, Fuseki on papergraph's store";
    static final String READY = "server start → first 200";
    static final String LOGGED = "GET /paper/{id}.ttl with the access log vs without";
    /** What each row's stock side is, said in its note. */
    static final String STOCK = "stock: Fuseki --loc on tdb2.tdbloader's store of {nt}";
    static final String STOCK_UNION = "stock: Fuseki over papergraph's quad store via a union-graph assembler"
            + " (--desc, tdb2:unionDefaultGraph true), the pairing before issue 15";
    static final int PAPERS = 4000;
    private static final String HAS_ARXIV_ID = "<http://purl.org/spar/fabio/hasArXivId>";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    static final int SETTLED_RUNS = 3, MIN_WARM_UPS = 12, MAX_WARM_UPS = 24;

    private final Tools tools;
    private final Path work;
    private final int runs, seconds;
    private final Wrk wrk;

    HttpPart(Tools tools, Path work, int runs, int seconds) throws IOException {
        this.tools = tools;
        this.work = work;
        this.runs = runs;
        this.seconds = seconds;
        this.wrk = new Wrk(work);
    }

    /** A paper of the data: its IRI and arXiv id. */
    record Paper(String iri, String id) {}

    /** A kind of server: how to start it on a port, and the request (path, Accept) whose first 200 makes it ready. */
    private record Kind(String name, IntFunction<List<String>> command, String probe, String accept) {}

    /** A load for wrk: a file of request paths and the Accept header sent with them. */
    private record Load(Path paths, String accept) {}

    /** What one server session measured: its readiness, peak memory and each load's measured run. */
    private record Session(double readySeconds, long peakKiB, List<Measured> results) {}

    /** A load's measured run, and how many warm-up runs came before it. */
    private record Measured(Wrk.Result result, int warmUps) {}

    /**
     * The figures: papergraph on {@code db} against stock Fuseki on {@code stockDb} (made by stock tdbloader), and the
     * Turtle page against stock Fuseki on {@code db} through {@code assembler}.
     */
    List<Figure> measure(Parts.Data d, Path db, Path stockDb, Path assembler) throws IOException, InterruptedException {
        Path dir = d.markdown().getParent();
        List<Paper> papers = papers(d.ntriples());
        if (papers.isEmpty()) throw new IOException("no papers in " + d.ntriples());
        Path ttl = paths(dir.resolve("paths-ttl.txt"), papers, p -> "/paper/" + p.id() + ".ttl");
        Path html = paths(dir.resolve("paths-html.txt"), papers, p -> "/paper/" + p.id() + ".html");
        Path describe = paths(dir.resolve("paths-describe.txt"), papers, HttpPart::describe);
        Path fuseki = tools.fusekiJar();
        Paper probe = papers.get(0);

        Kind ours = new Kind("papergraph", port -> List.of("java", "-jar", tools.jar.toString(), "serve", "--db", db.toString(),
                "--port", Integer.toString(port)), "/paper/" + probe.id() + ".ttl", "text/turtle");
        Kind unlogged = new Kind("papergraph-unlogged", port -> List.of("java", "-jar", tools.jar.toString(), "serve", "--db", db.toString(),
                "--port", Integer.toString(port), "--log-format", "none"), ours.probe(), ours.accept());
        Kind stock = new Kind("fuseki", port -> List.of("java", "-jar", fuseki.toString(), "--loc", stockDb.toString(),
                "--port", Integer.toString(port), "/papers"), describe(probe), "text/turtle");
        Kind union = new Kind("fuseki-union", port -> List.of("java", "-jar", fuseki.toString(), "--desc", assembler.toString(),
                "--port", Integer.toString(port), "/papers"), describe(probe), "text/turtle");

        Session a = session(ours, List.of(new Load(ttl, "text/turtle"), new Load(html, "text/html")));
        Session b = session(stock, List.of(new Load(describe, "text/turtle")));
        Session c = session(union, List.of(new Load(describe, "text/turtle")));
        Session quiet = session(unlogged, List.of(new Load(ttl, "text/turtle")));
        List<Sample> readyA = new ArrayList<>(), readyB = new ArrayList<>();
        for (int i = 0; i < runs; i++) { // ABBA…, as the other parts
            if (i % 2 == 0) {
                readyA.add(ready(ours));
                readyB.add(ready(stock));
            } else {
                readyB.add(ready(stock));
                readyA.add(ready(ours));
            }
        }

        String oursServer = "java -jar target/papergraph.jar serve --db {db} --port {port}";
        String fusekiJar = "java -jar jena-fuseki-server-" + Tools.JENA + ".jar";
        String stockServer = fusekiJar + " --loc {stock-db} --port {port} /papers";
        String unionServer = fusekiJar + " --desc fuseki.ttl --port {port} /papers";
        String describeLoad = " & " + Wrk.shown(seconds, "text/turtle", "paths-describe.txt");
        Measured turtle = a.results().get(0), page = a.results().get(1), described = b.results().get(0), unionDescribed = c.results().get(0);
        Side oursTurtle = throughput(oursServer + " & " + Wrk.shown(seconds, "text/turtle", "paths-ttl.txt"), turtle, a.peakKiB());
        Side stockSide = throughput(stockServer + describeLoad, described, b.peakKiB());
        return List.of(
                new Figure(TURTLE, d.papers(), Unit.REQUESTS_PER_SECOND, oursTurtle,
                        stockSide, 1, new Goal(3.0, 20, Double.NaN), STOCK + "; " + wrkNote(papers.size(), turtle, described)),
                new Figure(HTML, d.papers(), Unit.REQUESTS_PER_SECOND,
                        throughput(oursServer + " & " + Wrk.shown(seconds, "text/html", "paths-html.txt"), page, a.peakKiB()),
                        stockSide, 1, Goal.ratio(2.0), STOCK + "; " + wrkNote(papers.size(), page, described)),
                new Figure(TURTLE_UNION, d.papers(), Unit.REQUESTS_PER_SECOND, oursTurtle,
                        throughput(unionServer + describeLoad, unionDescribed, c.peakKiB()), 1, Goal.NONE,
                        STOCK_UNION + "; " + wrkNote(papers.size(), turtle, unionDescribed)),
                // The access log's cost (issue 17): the same server and load, each line written or not; "stock" is no log.
                new Figure(LOGGED, d.papers(), Unit.REQUESTS_PER_SECOND, oursTurtle,
                        throughput(oursServer + " --log-format none & " + Wrk.shown(seconds, "text/turtle", "paths-ttl.txt"),
                                quiet.results().get(0), quiet.peakKiB()), 1, Goal.ratio(0.9),
                        "the other side is papergraph with --log-format none, not stock; goal: within 10% with the log on"),
                new Figure(READY, d.papers(), Unit.SECONDS,
                        Side.timed(oursServer, Stats.median(readyA, Sample::seconds), Stats.max(readyA, Sample::peakKiB)),
                        Side.timed(stockServer, Stats.median(readyB, Sample::seconds), Stats.max(readyB, Sample::peakKiB)),
                        runs, new Goal(Double.NaN, Double.NaN, 3.0),
                        STOCK + "; first 200 for one paper (.ttl / DESCRIBE), asked every 10 ms; goal set for a 1M-triple store"));
    }

    private static Side throughput(String command, Measured m, long peakKiB) {
        return new Side(command, m.result().requestsPerSecond(), peakKiB, m.result().p99Ms());
    }

    private String wrkNote(int papers, Measured ours, Measured stock) {
        Wrk.Result o = ours.result(), s = stock.result();
        String note = String.format(Locale.ROOT, "wrk %d threads, %d connections, %d s after %d vs %d warm-up runs, %,d"
                        + " papers cycled; %.1f vs %.1f KiB an answer", Wrk.THREADS, Wrk.CONNECTIONS, seconds,
                ours.warmUps(), stock.warmUps(), papers, o.bytesPerAnswer() / 1024, s.bytesPerAnswer() / 1024);
        if (o.errors() + s.errors() > 0) note += String.format(Locale.ROOT, "; socket errors %d vs %d", o.errors(), s.errors());
        return note;
    }

    /** Starts a server, waits for its first 200, runs each load (warm-up, then measured) and stops the server. */
    private Session session(Kind kind, List<Load> loads) throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        String base = "http://127.0.0.1:" + port;
        ServerProcess server = ServerProcess.start(serverDir(), kind.command().apply(port), work.resolve("serve-" + kind.name() + ".log"));
        List<Measured> results = new ArrayList<>();
        double ready;
        try {
            ready = server.awaitReady(base + kind.probe(), kind.accept(), READY_TIMEOUT);
            for (Load load : loads) {
                int warmUps = warmUp(base, load);
                results.add(new Measured(wrk.run(base, load.paths(), load.accept(), seconds), warmUps));
            }
        } finally {
            server.stop();
        }
        return new Session(ready, server.stop(), results);
    }

    /**
     * Warm-up runs, {@value #MIN_WARM_UPS} at least, until the last {@value #SETTLED_RUNS} agree within a tenth on
     * requests a second, and {@value #MAX_WARM_UPS} at most: the JIT, TDB2's caches and the page cache fill up, and
     * papergraph builds its index in the background at start. With both cores serving, the JIT's compiler threads get
     * little time: at 100K papers both servers were still climbing after a minute, and stock Fuseki, whose query
     * engine is more code to compile, went on from about 360 to 500–660 req/s in its second minute, by steps small
     * enough for three runs to agree on the way. A stock server is run for days: the fair figure is a warm one.
     */
    private int warmUp(String base, Load load) throws IOException, InterruptedException {
        List<Double> rates = new ArrayList<>();
        for (int i = 1; ; i++) {
            rates.add(wrk.run(base, load.paths(), load.accept(), seconds).requestsPerSecond());
            if (i == MAX_WARM_UPS || i >= MIN_WARM_UPS && settled(rates)) {
                System.err.println("bench: warm-up with " + load.paths().getFileName() + ", req/s: " + rates.stream()
                        .map(r -> String.format(Locale.ROOT, "%,.0f", r)).collect(java.util.stream.Collectors.joining(", ")));
                return i;
            }
        }
    }

    /** Whether the last {@value #SETTLED_RUNS} rates lie within a tenth of each other. */
    static boolean settled(List<Double> rates) {
        if (rates.size() < SETTLED_RUNS) return false;
        List<Double> last = rates.subList(rates.size() - SETTLED_RUNS, rates.size());
        double min = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return max <= 1.1 * min;
    }

    private Sample ready(Kind kind) throws IOException, InterruptedException {
        Session s = session(kind, List.of());
        return new Sample(s.readySeconds(), s.peakKiB());
    }

    /** Where servers run: Fuseki keeps its run/ folder in the folder it starts in. */
    private Path serverDir() throws IOException {
        return Files.createDirectories(work.resolve("servers"));
    }

    /** Up to {@value #PAPERS} papers named in papergraph's N-Triples of the data, in a seeded random order. */
    static List<Paper> papers(Path ntriples) throws IOException {
        List<Paper> all = new ArrayList<>();
        try (Stream<String> lines = Files.lines(ntriples, StandardCharsets.UTF_8)) {
            lines.filter(l -> l.startsWith("<") && l.contains(HAS_ARXIV_ID)).forEach(l -> {
                int q = l.indexOf('"', l.indexOf(HAS_ARXIV_ID));
                all.add(new Paper(l.substring(1, l.indexOf('>')), l.substring(q + 1, l.indexOf('"', q + 1))));
            });
        }
        Collections.shuffle(all, new Random(42));
        return List.copyOf(all.subList(0, Math.min(PAPERS, all.size())));
    }

    static String describe(Paper p) {
        return "/papers/sparql?query=" + URLEncoder.encode("DESCRIBE <" + p.iri() + ">", StandardCharsets.UTF_8);
    }

    static Path paths(Path file, List<Paper> papers, Function<Paper, String> path) throws IOException {
        Files.write(file, papers.stream().map(path).toList(), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Stock Fuseki's view of papergraph's store: TDB2, queries over the union of its named graphs (the HTTP part's
     * second pairing, the one before issue 15).
     */
    static Path assembler(Path file, Path db) throws IOException {
        String location = db.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"");
        Files.writeString(file, "@prefix tdb2: <http://jena.apache.org/2016/tdb#> .\n"
                + "<#dataset> a tdb2:DatasetTDB2 ; tdb2:location \"" + location + "\" ; tdb2:unionDefaultGraph true .\n",
                StandardCharsets.UTF_8);
        return file;
    }
}
