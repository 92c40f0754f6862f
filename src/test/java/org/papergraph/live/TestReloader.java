package org.papergraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the reloader reloads, on real files: a burst of news gives one reload; the re-scan alone (no file-system
 * news, as on a network file system) sees an edit and a git-style replace; nothing changed, nothing reloaded; a
 * failing reload is said in one line and the next one still runs; SIGHUP's {@link Reloader#reloadNow} skips the wait.
 */
class TestReloader {
    @TempDir
    Path dir;

    final AtomicInteger loads = new AtomicInteger();
    final List<String> said = new CopyOnWriteArrayList<>();

    @Test
    void aBurstOfNewsGivesOneReload() throws Exception {
        try (Reloader r = new Reloader(new SourceFiles(List.of(dir)), Duration.ofMinutes(10), loads::incrementAndGet, said::add)) {
            for (int i = 0; i < 50; i++) r.changed();
            await(() -> r.reloads() == 1);
            Thread.sleep(Reloader.QUIET.toMillis() * 3); // wait out another quiet period: no second reload
            assertEquals(1, r.reloads());
            assertEquals(1, loads.get());
        }
    }

    @Test
    void theRescanAloneSeesEditsAndReplacements() throws Exception {
        Path list = Files.writeString(dir.resolve("a.md"), "| Name |\n| --- |\n| x |\n");
        Files.createDirectories(dir.resolve("sub"));
        try (Reloader r = new Reloader(new SourceFiles(List.of(dir)), Duration.ofMillis(100), loads::incrementAndGet, said::add)) {
            Thread.sleep(500); // several re-scans of files as they were: no reload
            assertEquals(0, r.reloads());
            Files.writeString(list, "| Name |\n| --- |\n| y |\n");
            await(() -> r.reloads() == 1);
            Path temp = Files.writeString(dir.resolve(".a.md.tmp"), "| Name |\n| --- |\n| z |\n");
            Files.move(temp, list, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            await(() -> r.reloads() == 2);
            Files.writeString(dir.resolve("sub/b.md"), "| Name |\n| --- |\n| w |\n");
            await(() -> r.reloads() == 3);
            Files.writeString(dir.resolve("notes.txt"), "not a list");
            Thread.sleep(500);
            assertEquals(3, r.reloads(), "a file that is not Markdown is no source");
        }
    }

    /** git-sync's swap of the link to a new revision, seen by the re-scan alone; a link loop inside is passed over. */
    @Test
    void theRescanAloneSeesALinkSwappedToANewFolder() throws Exception {
        for (String rev : List.of("rev1", "rev2"))
            Files.writeString(Files.createDirectories(dir.resolve(".worktrees").resolve(rev)).resolve("a.md"), "| Name |\n| --- |\n| x |\n");
        Files.createSymbolicLink(dir.resolve(".worktrees/rev1/again"), Path.of("."));
        Path link = Files.createSymbolicLink(dir.resolve("lists"), Path.of(".worktrees/rev1"));
        SourceFiles files = new SourceFiles(List.of(link));
        assertEquals(java.util.Set.of(link.resolve("a.md")), files.snapshot().keySet(), "named through the link, the loop not walked");
        try (Reloader r = new Reloader(files, Duration.ofMillis(100), loads::incrementAndGet, said::add)) {
            Thread.sleep(500);
            assertEquals(0, r.reloads());
            Path temp = Files.createSymbolicLink(dir.resolve(".lists.tmp"), Path.of(".worktrees/rev2"));
            Files.move(temp, link, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            await(() -> r.reloads() == 1); // the same bytes, another file: the load, not the re-scan, skips it by SHA-256
        }
    }

    @Test
    void aFailedReloadIsSaidAndTheNextStillRuns() throws Exception {
        try (Reloader r = new Reloader(new SourceFiles(List.of(dir)), Duration.ofMinutes(10), () -> {
            if (loads.incrementAndGet() == 1) throw new IllegalStateException("lists/a.md: no such file or directory");
        }, said::add)) {
            r.reloadNow();
            await(() -> r.reloads() == 1);
            assertEquals(List.of("papergraph: reload failed, serving what was loaded before: lists/a.md: no such file or directory"), said);
            r.reloadNow();
            await(() -> r.reloads() == 2);
            assertEquals(1, said.size());
        }
    }

    @Test
    void theFileSystemsNewsIsHeard() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        SourceFiles files = new SourceFiles(List.of(dir));
        try (Reloader r = new Reloader(files, Duration.ofMinutes(10), loads::incrementAndGet, said::add);
             FolderWatch watch = new FolderWatch(files)) {
            watch.start(r::changed);
            Files.writeString(dir.resolve("sub/a.md"), "| Name |\n| --- |\n| x |\n");
            await(() -> r.reloads() == 1);
            Path made = Files.createDirectories(dir.resolve("new/deeper"));
            await(() -> r.reloads() >= 2); // a folder made may hold lists
            Thread.sleep(Reloader.QUIET.toMillis() * 2);
            int before = r.reloads();
            Files.writeString(made.resolve("b.md"), "| Name |\n| --- |\n| y |\n");
            await(() -> r.reloads() > before); // and is watched
        }
        assertTrue(said.isEmpty(), said.toString());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("not within 20 s");
            Thread.sleep(20);
        }
    }
}
