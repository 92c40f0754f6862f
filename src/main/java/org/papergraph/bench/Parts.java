package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


/**
 * The parts measured, each papergraph's command beside the stock tool for the same job. Parts whose papergraph
 * command has not landed are reported as skipped.
 */
final class Parts {
    /** papergraph runs in the heap its goals name; the stock tools run as their scripts set them up. */
    static final String HEAP = "-Xmx512m";

    private final Tools tools;
    private final Timer timer;
    private final int runs;
    private final Path work;

    Parts(Tools tools, Timer timer, int runs, Path work) {
        this.tools = tools;
        this.timer = timer;
        this.runs = runs;
        this.work = work;
    }

    List<Figure> measure(int papers) throws IOException, InterruptedException {
        List<Figure> figures = new ArrayList<>();
        Data data = data(papers);
        figures.add(convert(data));
        figures.add(notLanded("load into TDB2", papers, "load", 4));
        figures.add(notLanded("GET /paper/{id} and DESCRIBE over HTTP", papers, "serve", 5));
        figures.add(notLanded("canned queries", papers, "query", 6));
        figures.add(notLanded("export N-Quads / Turtle / JSON-LD", papers, "export", 6));
        return figures;
    }

    /** A generated list and the N-Triples papergraph makes of it (what the stock tools are given). */
    record Data(int papers, Path markdown, Path ntriples) {}

    private Data data(int papers) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve("data-" + papers));
        Path md = dir.resolve("papers.md"), nt = dir.resolve("papers.nt");
        if (!Files.exists(md)) papergraph(dir, "generate", "--papers", Integer.toString(papers), "--seed", "42", "-o", md.toString());
        if (!Files.exists(nt) || Files.getLastModifiedTime(nt).compareTo(Files.getLastModifiedTime(tools.jar)) < 0)
            papergraph(dir, "convert", md.toString(), "-o", nt.toString());
        return new Data(papers, md, nt);
    }

    /** Markdown → N-Triples, against riot merely copying the same triples; both write to /dev/null. */
    private Figure convert(Data d) throws IOException, InterruptedException {
        String ours = "java " + HEAP + " -jar " + Shell.quote(tools.jar) + " convert " + Shell.quote(d.markdown()) + " --format ntriples";
        String stock = Shell.quote(tools.jenaBin("riot")) + " --out=nt " + Shell.quote(d.ntriples());
        return pair("convert Markdown → N-Triples", d.papers(), ours, stock, 1.0, "papergraph in " + HEAP);
    }

    private Figure notLanded(String part, int papers, String command, int issue) throws IOException, InterruptedException {
        String note = tools.hasCommand(command)
                ? "skipped: `papergraph " + command + "` is here but its part of the harness is not written yet"
                : "skipped: `papergraph " + command + "` has not landed yet (issue " + issue + ")";
        return Figure.skipped(part, papers, note);
    }

    /** One warm-up each, then ours and stock alternated (ABBA…), so drift in the machine falls on both sides. */
    private Figure pair(String part, int papers, String ours, String stock, double goal, String note)
            throws IOException, InterruptedException {
        timer.once(ours);
        timer.once(stock);
        List<Sample> a = new ArrayList<>(), b = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                a.add(timer.once(ours));
                b.add(timer.once(stock));
            } else {
                b.add(timer.once(stock));
                a.add(timer.once(ours));
            }
        }
        return new Figure(part, papers, ours, stock, Stats.median(a, Sample::seconds), Stats.median(b, Sample::seconds),
                Stats.max(a, Sample::peakKiB), Stats.max(b, Sample::peakKiB), runs, goal, note);
    }

    /** Records papergraph's conversion with JFR and says where its time goes, per thread. */
    String profileConvert(int papers) throws IOException, InterruptedException {
        Data d = data(papers);
        Path jfr = work.resolve("convert-" + papers + ".jfr");
        Shell.run(work, List.of("sh", "-c", "java " + HEAP + " -XX:StartFlightRecording=filename=" + Shell.quote(jfr)
                + ",settings=profile -jar " + Shell.quote(tools.jar) + " convert " + Shell.quote(d.markdown())
                + " --format ntriples > /dev/null"));
        return JfrSummary.of(jfr, String.format("convert, %,d papers", papers));
    }

    private void papergraph(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java", HEAP, "-jar", tools.jar.toString()));
        cmd.addAll(List.of(args));
        Shell.run(dir, cmd);
    }
}
