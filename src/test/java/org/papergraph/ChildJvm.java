package org.papergraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs papergraph's main in a JVM of its own, with a small heap, to show a job runs in bounded memory. */
public record ChildJvm(int exitCode, String err) {
    public static ChildJvm run(String maxHeap, Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.papergraph.cli.Main"));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("papergraph " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        return new ChildJvm(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
