package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What the numbers were measured on. */
final class Machine {
    private Machine() {}

    static String describe(Path work) {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memKb = firstValue(Path.of("/proc/meminfo"), "MemTotal").replaceAll("\\D", "");
        String mem = memKb.isEmpty() ? "?" : Math.round(Long.parseLong(memKb) / 1048576.0) + " GiB";
        String hyperfine = version(work, "hyperfine", "--version");
        return LocalDate.now() + "; " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + mem
                + " memory; Java " + System.getProperty("java.version") + "; Jena " + Tools.JENA + " (stock and papergraph's); "
                + hyperfine;
    }

    private static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file))
                if (line.startsWith(key)) return line.substring(line.indexOf(':') + 1).strip();
        } catch (IOException e) {
            // not Linux: say nothing
        }
        return "?";
    }

    private static String version(Path work, String... cmd) {
        try {
            return Shell.run(work, List.of(cmd)).strip();
        } catch (IOException | InterruptedException e) {
            return cmd[0] + " ?";
        }
    }
}
