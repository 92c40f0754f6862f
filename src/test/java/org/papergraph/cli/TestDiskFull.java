package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ChildJvm;

/**
 * A load that fills the disk, for real: a small tmpfs mounted in a temp dir (needs root; skipped otherwise). The
 * load fails with one line naming the store, and once space is back the store opens with what it had.
 */
class TestDiskFull {
    @TempDir
    Path dir;
    Path small;

    @BeforeEach
    void mountASmallFileSystem() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        small = Files.createDirectory(dir.resolve("small"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", small.toString()) == 0, "mount failed");
    }

    @AfterEach
    void unmount() throws Exception {
        if (small != null) sh("umount", small.toString());
    }

    @Test
    void aFullDiskIsOneLineAndTheStoreKeepsWhatItHad() throws Exception {
        Path store = small.resolve("store");
        Files.copy(Path.of("data/2024-02-papers.md"), dir.resolve("first.md"));
        Cli first = Cli.run("load", dir.resolve("first.md").toString(), "--db", store.toString());
        assertEquals(0, first.exitCode(), first.err());

        assertEquals(0, Cli.run("generate", "--papers", "3000", "-o", dir.resolve("big.md").toString()).exitCode());
        ChildJvm full = ChildJvm.run("512m", dir, "load", "big.md", "--db", store.toString());
        assertEquals(1, full.exitCode(), full.err());
        String last = full.err().lines().filter(l -> !l.startsWith("load: ")).reduce((a, b) -> b).orElse("");
        assertEquals("papergraph: error: no space left on device for store " + store + "; the source being loaded was"
                + " not loaded and the store keeps what it had (free some space and load again)", last, full.err());
        assertFalse(full.err().contains("\tat "), full.err());
        assertFalse(full.err().contains("Exception"), full.err());

        assertEquals(0, sh("mount", "-o", "remount,size=512m", small.toString()));
        Cli stats = Cli.run("stats", "--db", store.toString());
        assertEquals(0, stats.exitCode(), stats.err());
        assertTrue(stats.out().matches("(?s).*papers +33\n.*sources +1\n.*"), stats.out());
        Cli again = Cli.run("load", dir.resolve("first.md").toString(), dir.resolve("big.md").toString(), "--db", store.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("2 sources: 1 new, 1 unchanged (+3000 papers)"), again.err());
    }

    private static int sh(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
