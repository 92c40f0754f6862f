package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;


/**
 * The parts measured, each papergraph's command beside the stock tool for the same job: convert (of the table layout,
 * and of the same papers as a bullet list), load, then on one store made by {@code papergraph load} the server
 * (HTTP), the canned queries, the export, and {@code papergraph up} following its lists (reload, on a copy). The HTTP
 * and reload parts' stock side has a store of its own, made by stock {@code tdb2.tdbloader} of papergraph's
 * N-Triples of the data, as a user of stock Jena would make it; the query part's, of papergraph's N-Quads.
 */
final class Parts {
    /** papergraph runs in the heap its goals name; the stock tools run as their scripts set them up. */
    static final String HEAP = "-Xmx512m";

    private final Tools tools;
    private final Timer timer;
    private final int runs;
    private final Path work;
    private final HttpPart http;
    private final QueryPart queries;
    private final ReloadPart reload;
    private final SearchPart search;
    private final ReplicasPart replicas;
    private final Set<Part> only;

    Parts(Tools tools, Timer timer, int runs, Path work, int wrkSeconds, Set<Part> only) throws IOException {
        this.only = only;
        this.tools = tools;
        this.timer = timer;
        this.runs = runs;
        this.work = work;
        this.http = new HttpPart(tools, work, runs, wrkSeconds);
        this.queries = new QueryPart(tools, work, runs);
        this.reload = new ReloadPart(tools, work, runs, wrkSeconds);
        this.search = new SearchPart(work);
        this.replicas = new ReplicasPart(tools, work, wrkSeconds);
    }

    /** The parts, as {@code --parts} names them. */
    enum Part { convert, list, load, http, queries, export, reload, snapshot, search, replicas }

    List<Figure> measure(int papers) throws IOException, InterruptedException {
        List<Figure> figures = new ArrayList<>();
        Data data = only.stream().allMatch(p -> p == Part.list) ? null : data(papers, "table"); // the list part needs only its own
        if (only.contains(Part.convert)) figures.add(convert(data, "convert Markdown → N-Triples"));
        if (only.contains(Part.list)) figures.add(convert(data(papers, "list"), "convert bullet list → N-Triples"));
        if (only.contains(Part.load)) figures.add(load(data));
        if (only.stream().noneMatch(p -> p.compareTo(Part.http) >= 0)) return figures;
        Path db = store(data), assembler = HttpPart.assembler(data.markdown().resolveSibling("fuseki.ttl"), db);
        if (only.contains(Part.http)) figures.addAll(http.measure(data, db, stockStore(data), assembler));
        if (only.contains(Part.queries)) figures.addAll(queries.measure(data, db, stockQuadStore(data, db)));
        if (only.contains(Part.export)) figures.addAll(export(data, db));
        if (only.contains(Part.reload)) figures.addAll(reload.measure(data, db, stockStore(data)));
        if (only.contains(Part.snapshot)) figures.addAll(snapshot(data, db));
        if (only.contains(Part.search)) figures.addAll(search.measure(data, tools.jar, db));
        if (only.contains(Part.replicas)) figures.addAll(replicas.measure(data, db));
        return figures;
    }

    /** A generated list and the N-Triples papergraph makes of it (what the stock tools are given). */
    record Data(int papers, Path markdown, Path ntriples) {}

    /** The list of {@code papers} papers in a layout of {@code papergraph generate}: papers.md for tables, papers-list.md. */
    private Data data(int papers, String layout) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve("data-" + papers));
        String name = layout.equals("table") ? "papers" : "papers-" + layout;
        Path md = dir.resolve(name + ".md"), nt = dir.resolve(name + ".nt");
        if (!Files.exists(md))
            papergraph(dir, "generate", "--papers", Integer.toString(papers), "--seed", "42", "--layout", layout, "-o", md.toString());
        if (!Files.exists(nt) || Files.getLastModifiedTime(nt).compareTo(Files.getLastModifiedTime(tools.jar)) < 0)
            papergraph(dir, "convert", md.toString(), "-o", nt.toString());
        return new Data(papers, md, nt);
    }

    /** Markdown → N-Triples, against riot merely copying the same triples; both write to /dev/null. */
    private Figure convert(Data d, String part) throws IOException, InterruptedException {
        String ours = "java " + HEAP + " -jar " + Shell.quote(tools.jar) + " convert " + Shell.quote(d.markdown()) + " --format ntriples";
        String stock = Shell.quote(tools.jenaBin("riot")) + " --out=nt " + Shell.quote(d.ntriples());
        return pair(part, d.papers(), ours, null, stock, null, 1.0, "papergraph in " + HEAP);
    }

    /**
     * Markdown into a fresh TDB2 store, against what a user of stock Jena would run: papergraph's N-Triples, then
     * {@code tdb2.tdbloader --loader=parallel}. Peak memory is the larger of the two steps.
     */
    private Figure load(Data d) throws IOException, InterruptedException {
        Path ours = work.resolve("load-papergraph"), stock = work.resolve("load-stock"), nt = work.resolve("load-stock.nt");
        String oursCmd = "java -jar " + Shell.quote(tools.jar) + " load " + Shell.quote(d.markdown()) + " --db " + Shell.quote(ours);
        String stockCmd = "sh -c \"java " + HEAP + " -jar " + Shell.quote(tools.jar) + " convert " + Shell.quote(d.markdown())
                + " -o " + Shell.quote(nt) + " && " + Shell.quote(tools.jenaBin("tdb2.tdbloader")) + " --loader=parallel --loc "
                + Shell.quote(stock) + " " + Shell.quote(nt) + "\"";
        return pair("load into TDB2", d.papers(), oursCmd, "rm -rf " + Shell.quote(ours), stockCmd,
                "rm -rf " + Shell.quote(stock) + " " + Shell.quote(nt), 0.8, "fresh store each run");
    }

    /**
     * The store exported (to stdout, thrown away) in {@value #HEAP}: N-Quads and Turtle beside stock
     * {@code tdb2.tdbdump} (N-Quads) of the same store, for scale; JSON-LD beside papergraph's own Turtle export,
     * the goal's measure.
     */
    private List<Figure> export(Data d, Path db) throws IOException, InterruptedException {
        String export = "java " + HEAP + " -jar " + Shell.quote(tools.jar) + " export --db " + Shell.quote(db) + " -o - --format ";
        String dump = Shell.quote(tools.jenaBin("tdb2.tdbdump")) + " --loc " + Shell.quote(db);
        String note = "the whole store (union graph for triples) to stdout; papergraph in " + HEAP;
        return List.of(
                pair("export N-Quads vs tdb2.tdbdump", d.papers(), export + "nquads", null, dump, null, Double.NaN, note),
                pair("export Turtle vs tdb2.tdbdump", d.papers(), export + "turtle", null, dump, null, Double.NaN, note),
                pair("export JSON-LD vs papergraph's Turtle export", d.papers(), export + "jsonld", null, export + "turtle", null,
                        3.0, note + "; the stock column is papergraph's Turtle export"));
    }

    /**
     * {@code papergraph snapshot} of the store beside stock {@code tdb2.tdbbackup} (a gzipped N-Quads dump, which needs
     * the store not in use); {@code papergraph restore} beside plain {@code tar xzf} of the same archive; and a replica
     * made by a restore and the load of the same list that catches it up (skipping the unchanged list by its SHA-256)
     * beside a full load into a fresh store, the goal's measure (≤ 0.2×).
     */
    private List<Figure> snapshot(Data d, Path db) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve("snapshot")), archive = dir.resolve("store.tar.gz"),
                restored = dir.resolve("restored"), unpacked = dir.resolve("unpacked"), fresh = dir.resolve("loaded");
        String papergraph = "java " + HEAP + " -jar " + Shell.quote(tools.jar);
        String snapshot = papergraph + " snapshot --db " + Shell.quote(db) + " -o " + Shell.quote(archive);
        String backup = Shell.quote(tools.jenaBin("tdb2.tdbbackup")) + " --loc " + Shell.quote(db);
        String noBackups = "rm -rf " + Shell.quote(db.resolve("Backups"));
        Figure taken = pair("snapshot vs tdb2.tdbbackup", d.papers(), snapshot, null, backup, noBackups, Double.NaN,
                "the store not in use; papergraph's a tar.gz of its files, stock's an N-Quads dump");
        Shell.run(dir, List.of("sh", "-c", noBackups));
        Shell.run(dir, List.of("sh", "-c", snapshot)); // the archive restored below, whatever run wrote last
        String restore = papergraph + " restore " + Shell.quote(archive) + " --db " + Shell.quote(restored);
        String clear = "rm -rf " + Shell.quote(restored);
        Figure unpack = pair("restore vs tar xzf of the archive", d.papers(), restore, clear,
                "sh -c \"mkdir -p " + Shell.quote(unpacked) + " && tar xzf " + Shell.quote(archive) + " -C " + Shell.quote(unpacked) + "\"",
                "rm -rf " + Shell.quote(unpacked), Double.NaN, "papergraph checks the archive against its manifest and opens the store");
        String catchUp = "sh -c \"" + restore + " && " + papergraph + " load " + Shell.quote(d.markdown()) + " --db " + Shell.quote(restored) + "\"";
        String load = "java -jar " + Shell.quote(tools.jar) + " load " + Shell.quote(d.markdown()) + " --db " + Shell.quote(fresh);
        Figure replica = pair("restore + catch-up load vs full load", d.papers(), catchUp, clear, load, "rm -rf " + Shell.quote(fresh),
                0.2, "the stock column is papergraph's own full load into a fresh store, as the load part runs it");
        Shell.run(dir, List.of("rm", "-rf", restored.toString(), unpacked.toString(), fresh.toString()));
        return List.of(taken, unpack, replica);
    }

    /** The store {@code papergraph load} makes of the data's list; made anew when the jar or the list is newer. */
    private Path store(Data d) throws IOException, InterruptedException {
        Path dir = d.markdown().getParent(), db = dir.resolve("store"), done = dir.resolve("store.loaded");
        if (!Files.exists(done) || newer(tools.jar, done) || newer(d.markdown(), done)) {
            Files.deleteIfExists(done);
            Shell.run(dir, List.of("rm", "-rf", db.toString()));
            System.err.printf("bench: loading a store of %,d papers for the server, query and export parts%n", d.papers());
            Shell.run(dir, List.of("java", "-jar", tools.jar.toString(), "load", d.markdown().toString(), "--db", db.toString()));
            Files.writeString(done, "");
        }
        return db;
    }

    /**
     * The store stock {@code tdb2.tdbloader --loc DIR {nt}} makes of papergraph's N-Triples of the data, with the
     * loader's defaults (its triples in the default graph); made anew when the N-Triples are newer. Its time is the
     * harness's setup, told on stderr, not part of any figure. (The load part's stock store is not reused: it is made
     * with {@code --loader=parallel} from a copy of the N-Triples, anew for every run and size.)
     */
    private Path stockStore(Data d) throws IOException, InterruptedException {
        return tdbloader(d.ntriples(), d.ntriples().resolveSibling("stock-store"), "the HTTP part");
    }

    /**
     * For the query part, whose questions name the sources' graphs: the store stock {@code tdb2.tdbloader} makes of
     * papergraph's store exported as N-Quads (every graph, the same quads), made anew when papergraph's store is.
     */
    private Path stockQuadStore(Data d, Path db) throws IOException, InterruptedException {
        Path dir = d.markdown().getParent(), nquads = dir.resolve("papers.nq"), done = dir.resolve("papers.nq.exported");
        if (!Files.exists(done) || newer(dir.resolve("store.loaded"), done)) {
            Files.deleteIfExists(done);
            Shell.run(dir, List.of("java", "-jar", tools.jar.toString(), "export", "--db", db.toString(), "-o", nquads.toString()));
            Files.writeString(done, "");
        }
        return tdbloader(nquads, dir.resolve("stock-quad-store"), "the query part");
    }

    /** The store stock {@code tdb2.tdbloader --loc DIR FILE} makes with its defaults, made anew when FILE is newer. */
    private Path tdbloader(Path file, Path db, String forWhat) throws IOException, InterruptedException {
        Path dir = file.getParent(), done = db.resolveSibling(db.getFileName() + ".loaded");
        if (!Files.exists(done) || newer(file, done)) {
            Files.deleteIfExists(done);
            Shell.run(dir, List.of("rm", "-rf", db.toString()));
            System.err.printf("bench: stock tdb2.tdbloader of %s for stock Fuseki in %s%n", file.getFileName(), forWhat);
            long start = System.nanoTime();
            Shell.run(dir, List.of(tools.jenaBin("tdb2.tdbloader").toString(), "--loc", db.toString(), file.toString()));
            System.err.printf(Locale.ROOT, "bench: setup: tdb2.tdbloader took %.1f s (not part of any figure)%n",
                    (System.nanoTime() - start) / 1e9);
            Files.writeString(done, "");
        }
        return db;
    }

    private static boolean newer(Path a, Path b) throws IOException {
        return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
    }

    /** One warm-up each, then ours and stock alternated (ABBA…), so drift in the machine falls on both sides. */
    private Figure pair(String part, int papers, String ours, String oursPrepare, String stock, String stockPrepare,
                        double goal, String note) throws IOException, InterruptedException {
        timer.once(ours, oursPrepare);
        timer.once(stock, stockPrepare);
        List<Sample> a = new ArrayList<>(), b = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                a.add(timer.once(ours, oursPrepare));
                b.add(timer.once(stock, stockPrepare));
            } else {
                b.add(timer.once(stock, stockPrepare));
                a.add(timer.once(ours, oursPrepare));
            }
        }
        return new Figure(part, papers, Figure.Unit.SECONDS,
                Figure.Side.timed(ours, Stats.median(a, Sample::seconds), Stats.max(a, Sample::peakKiB)),
                Figure.Side.timed(stock, Stats.median(b, Sample::seconds), Stats.max(b, Sample::peakKiB)),
                runs, Figure.Goal.ratio(goal), note);
    }

    /** Records papergraph's conversion and its load with JFR and says where their time goes, per thread. */
    String profile(int papers) throws IOException, InterruptedException {
        Data d = data(papers, "table");
        StringBuilder s = new StringBuilder();
        s.append(profile("convert", papers, "convert " + Shell.quote(d.markdown()) + " --format ntriples > /dev/null"));
        Path db = work.resolve("load-profiled");
        Shell.run(work, List.of("rm", "-rf", db.toString()));
        s.append('\n').append(profile("load", papers, "load " + Shell.quote(d.markdown()) + " --db " + Shell.quote(db)));
        return s.toString();
    }

    private String profile(String what, int papers, String args) throws IOException, InterruptedException {
        Path jfr = work.resolve(what + "-" + papers + ".jfr");
        Shell.run(work, List.of("sh", "-c", "java " + HEAP + " -XX:StartFlightRecording=filename=" + Shell.quote(jfr)
                + ",settings=profile -jar " + Shell.quote(tools.jar) + " " + args));
        return JfrSummary.of(jfr, String.format("%s, %,d papers", what, papers));
    }

    private void papergraph(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java", HEAP, "-jar", tools.jar.toString()));
        cmd.addAll(List.of(args));
        Shell.run(dir, cmd);
    }
}
