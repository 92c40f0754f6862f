package org.papergraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark harness: papergraph side by side with the stock Jena tools a user would otherwise pick, in the same
 * run on the same generated data, each pair alternated over several runs; medians and the ratio papergraph / stock,
 * held against the project's goals. Run it with {@code bench/run}.
 */
@Command(name = "bench/run", mixinStandardHelpOptions = true,
        description = "Measure papergraph against stock Jena 5.6.0 on generated paper lists.")
public final class Bench implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", paramLabel = "N,...",
            description = "Papers per data set (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--million", description = "Also measure 1,000,000 papers.")
    boolean million;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "R", description = "Runs of each side, alternated (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--parts", split = ",", defaultValue = "convert,list,load,http,queries,export,reload,snapshot,search,replicas", paramLabel = "PART,...",
            description = "The parts to measure: ${COMPLETION-CANDIDATES} (default: all).")
    Set<Parts.Part> only;

    @Option(names = "--wrk-seconds", defaultValue = "10", paramLabel = "S",
            description = "Length of each wrk run (warm-ups, then the measured one) in the HTTP part (default: ${DEFAULT-VALUE}).")
    int wrkSeconds;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR", description = "Data, stock tools and results (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--jar", defaultValue = "target/papergraph.jar", paramLabel = "JAR", description = "papergraph's jar (default: ${DEFAULT-VALUE}).")
    Path jar;

    @Option(names = "--profile", description = "Also record papergraph's convert and load at the largest size with JFR and summarise them.")
    boolean profile;

    @Option(names = "--update", paramLabel = "FILE", description = "Replace the results between the bench markers of FILE (BENCHMARKS.md).")
    Path update;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        work = work.toAbsolutePath();
        Files.createDirectories(work);
        Tools tools = new Tools(work, jar.toAbsolutePath());
        tools.ensurePackages();
        List<Integer> all = new ArrayList<>(Arrays.stream(sizes).boxed().toList());
        if (million) all.add(1_000_000);

        Parts parts = new Parts(tools, new Timer(work), runs, work, wrkSeconds, only);
        List<Figure> figures = new ArrayList<>();
        for (int n : all) {
            System.err.printf("bench: %,d papers%n", n);
            figures.addAll(parts.measure(n));
        }
        String profileText = profile ? parts.profile(all.get(all.size() - 1)) : "";
        String results = Results.markdown(figures, profileText, Machine.describe(work));
        System.out.println(results);
        Files.writeString(work.resolve("results.md"), results, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("results.json"), Results.json(figures), StandardCharsets.UTF_8);
        if (update != null) Results.update(update, results);
        return 0;
    }
}
