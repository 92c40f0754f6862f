package org.papergraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk against a server: {@value #THREADS} threads, {@value #CONNECTIONS} connections, its latency distribution,
 * and a Lua script ({@code cycle.lua}) that cycles through a file of request paths. Reads requests a second, p99
 * latency, answers that were not 2xx/3xx and socket errors from wrk's report.
 */
final class Wrk {
    static final int THREADS = 2, CONNECTIONS = 16;

    /** What one run measured. {@code errors} counts socket errors (connect, read, write, timeout). */
    record Result(double requestsPerSecond, double p99Ms, long requests, double bytesRead, long non2xx, long errors) {
        double bytesPerAnswer() { return requests == 0 ? 0 : bytesRead / requests; }
    }

    private final Path work;
    private final Path script;

    Wrk(Path work) throws IOException {
        this.work = work;
        this.script = work.resolve("cycle.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("/papergraph/bench/cycle.lua")) {
            if (in == null) throw new IOException("cycle.lua is missing from the jar");
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The command as shown in the results, without this machine's paths. */
    static String shown(int seconds, String accept, String pathsName) {
        return String.format(Locale.ROOT, "wrk -t%d -c%d -d%ds --latency -H 'Accept: %s' -s cycle.lua http://127.0.0.1:{port} -- %s %d",
                THREADS, CONNECTIONS, seconds, accept, pathsName, THREADS);
    }

    /** One run of {@code seconds} against {@code base} (e.g. http://127.0.0.1:8080), paths from {@code paths}. */
    Result run(String base, Path paths, String accept, int seconds) throws IOException, InterruptedException {
        List<String> cmd = List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency",
                "-H", "Accept: " + accept, "-s", script.toString(), base, "--", paths.toString(), Integer.toString(THREADS));
        String out = Shell.run(work, cmd);
        Result r = parse(out);
        if (r.requests() == 0) throw new IOException("wrk made no requests against " + base + ":\n" + out);
        if (r.non2xx() > 0)
            throw new IOException(r.non2xx() + " of " + r.requests() + " answers from " + base + " were not 2xx or 3xx:\n" + out);
        return r;
    }

    private static final Pattern RATE = Pattern.compile("(?m)^Requests/sec:\\s+([\\d.]+)");
    private static final Pattern P99 = Pattern.compile("(?m)^\\s+99(?:\\.000)?%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$");
    private static final Pattern TOTAL = Pattern.compile("(?m)^\\s+(\\d+) requests in [\\d.]+\\w+, ([\\d.]+)([KMGT]?B) read");
    private static final Pattern NON2XX = Pattern.compile("(?m)^\\s+Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern ERRORS = Pattern.compile("(?m)^\\s+Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** Reads wrk's report (as printed with {@code --latency}). */
    static Result parse(String out) throws IOException {
        Matcher rate = find(RATE, out, "Requests/sec"), p99 = find(P99, out, "99% latency"), total = find(TOTAL, out, "requests");
        double p99Ms = Double.parseDouble(p99.group(1)) * switch (p99.group(2)) {
            case "us" -> 0.001;
            case "ms" -> 1;
            case "s" -> 1000;
            case "m" -> 60_000;
            default -> 3_600_000;
        };
        double bytes = Double.parseDouble(total.group(2)) * switch (total.group(3)) {
            case "B" -> 1;
            case "KB" -> 1024;
            case "MB" -> 1024 * 1024;
            case "GB" -> 1024.0 * 1024 * 1024;
            default -> 1024.0 * 1024 * 1024 * 1024;
        };
        Matcher non2xx = NON2XX.matcher(out), errors = ERRORS.matcher(out);
        long bad = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, failed = 0;
        if (errors.find()) for (int g = 1; g <= 4; g++) failed += Long.parseLong(errors.group(g));
        return new Result(Double.parseDouble(rate.group(1)), p99Ms, Long.parseLong(total.group(1)), bytes, bad, failed);
    }

    private static Matcher find(Pattern p, String out, String what) throws IOException {
        Matcher m = p.matcher(out);
        if (!m.find()) throw new IOException("no " + what + " in wrk's report:\n" + out);
        return m;
    }
}
