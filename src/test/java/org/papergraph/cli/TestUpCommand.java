package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.Store;

/**
 * {@code papergraph up}, as a user runs it: loads data/, prints the URL, serves, follows its files, and stops cleanly
 * on Ctrl-C.
 */
class TestUpCommand {
    @TempDir
    Path work;

    @Test
    void loadsDataServesAndStopsCleanlyOnInterrupt() throws Exception {
        Files.createDirectories(work.resolve("data"));
        Files.copy(Path.of("data", "2024-05-seed-papers.md"), work.resolve("data/2024-05-seed-papers.md"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.papergraph.cli.Main", "up", "--port", "0");
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            FutureTask<String> reading = new FutureTask<>(() -> urlFrom(p));
            new Thread(reading, "read papergraph up").start();   // not the common pool, which others' tasks may hold
            String url;
            try {
                url = reading.get(120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(), Long.toString(p.pid()))
                        .redirectErrorStream(true).start();
                throw new AssertionError("no URL in 120 s; alive=" + p.isAlive() + "; stderr so far: " + seen + "\n"
                        + new String(jstack.getInputStream().readAllBytes()));
            }
            assertNotNull(url, "no URL printed");
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("33 papers"), home.body());

            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "still running after Ctrl-C");
            assertEquals(130, p.exitValue(), "the JVM's exit status after SIGINT");
        } finally {
            p.destroyForcibly();
        }
        try (Store store = Store.openExisting(work.resolve("store"))) {
            assertEquals(1, store.sources().size(), "the store was released and keeps what was loaded");
        }
    }

    /** {@code up} follows its files: a list added is loaded and served, printing load's line; SIGHUP reloads now. */
    @Test
    void followsItsFilesAndReloadsOnHangUp() throws Exception {
        Path lists = Files.createDirectories(work.resolve("lists"));
        Files.copy(Path.of("data", "2024-05-seed-papers.md"), lists.resolve("2024-05-seed-papers.md"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.papergraph.cli.Main", "up", "lists", "--sync", "--port", "0");
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            FutureTask<String> reading = new FutureTask<>(() -> urlFrom(p));
            new Thread(reading, "read papergraph up").start();
            String url = reading.get(120, TimeUnit.SECONDS);
            assertNotNull(url, "no URL printed: " + seen);
            assertTrue(seen.contains("papergraph: following lists (a change reloads; SIGHUP reloads now)"), seen.toString());

            Files.writeString(lists.resolve("extra.md"), "| Date | Name | Topics |\n| --- | --- | --- |\n"
                    + "| 1 Jun 2024 | [An Added Paper](https://arxiv.org/abs/2406.00001) | Added |\n");
            awaitLine("2 sources: 1 new, 1 unchanged (+1 paper)");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (String home = ""; !home.contains("34 papers"); Thread.sleep(50)) {
                assertTrue(System.nanoTime() < end, "the home page did not follow in 30 s: " + home);
                home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }

            new ProcessBuilder("kill", "-HUP", Long.toString(p.pid())).start().waitFor();
            awaitLine("2 sources: 2 unchanged");
            assertTrue(p.isAlive(), "SIGHUP reloads, it does not stop the server");

            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "still running after Ctrl-C");
        } finally {
            p.destroyForcibly();
        }
    }

    private void awaitLine(String line) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!seen.contains(line)) {
            if (System.nanoTime() > end) throw new AssertionError("no line \"" + line + "\" in 30 s: " + seen);
            Thread.sleep(50);
        }
    }

    private final List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /**
     * The URL the child prints; the rest of its output is then drained by another thread. The reader is not closed
     * here: closing it waits for the lock the draining thread holds while it blocks reading.
     */
    private String urlFrom(Process p) throws java.io.IOException {
        Pattern serving = Pattern.compile("serving (http://\\S+/) ");
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        for (String line; (line = err.readLine()) != null; ) {
            seen.add(line);
            Matcher m = serving.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(seen::add));
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        return null;
    }
}
