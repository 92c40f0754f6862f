package org.papergraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Times one run of a shell command with hyperfine, wrapped in GNU time for its peak memory. Output goes to
 * /dev/null, as hyperfine does. Alternating runs is the caller's business: each call is one run.
 */
final class Timer {
    private final Path work;

    Timer(Path work) { this.work = work; }

    Sample once(String command) throws IOException, InterruptedException { return once(command, null); }

    /** One run of {@code command}, after {@code prepare} (untimed; null for none). */
    Sample once(String command, String prepare) throws IOException, InterruptedException {
        Path json = work.resolve("hyperfine.json"), mem = work.resolve("peak.txt");
        Files.deleteIfExists(json);
        Files.deleteIfExists(mem);
        String wrapped = "/usr/bin/time -o " + mem + " -f %M " + command;
        List<String> args = new ArrayList<>(List.of("hyperfine", "--runs", "1", "--style", "none", "--export-json", json.toString()));
        if (prepare != null) args.addAll(List.of("--prepare", prepare));
        args.add(wrapped);
        Shell.run(work, args);
        JsonObject result;
        try (JsonReader in = Json.createReader(Files.newBufferedReader(json, StandardCharsets.UTF_8))) {
            result = in.readObject().getJsonArray("results").getJsonObject(0);
        }
        int exit = result.getJsonArray("exit_codes").getJsonNumber(0).intValue();
        if (exit != 0) throw new IOException("exit " + exit + ": " + command);
        double seconds = result.getJsonArray("times").getJsonNumber(0).doubleValue();
        List<String> lines = new ArrayList<>(Files.readAllLines(mem, StandardCharsets.UTF_8));
        long peak = Long.parseLong(lines.get(lines.size() - 1).strip());
        return new Sample(seconds, peak);
    }
}
