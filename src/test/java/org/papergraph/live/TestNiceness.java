package org.papergraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class TestNiceness {
    @Test
    void aReloadThreadAndTheThreadsItStartsRunAtTheReloadsNiceValue() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only");
        AtomicReference<String> seen = new AtomicReference<>();
        Thread reload = new Thread(() -> {
            try {
                assertTrue(Niceness.lower(Niceness.RELOAD), "renice ran");
                int own = nice();
                int[] child = new int[1];
                Thread started = new Thread(() -> child[0] = uncheckedNice());
                started.start();
                started.join();
                seen.set(own + " " + child[0]);
            } catch (Exception e) {
                seen.set(e.toString());
            }
        });
        reload.start();
        reload.join();
        assertEquals(Niceness.RELOAD + " " + Niceness.RELOAD, seen.get(), "the reload thread, then a thread it started");
        assertNotEquals(Niceness.RELOAD, nice(), "the test's own thread is left as it was");
    }

    /** The calling thread's nice value: field 19 of its stat line, counting after the command's closing parenthesis. */
    private static int nice() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }

    private static int uncheckedNice() {
        try {
            return nice();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
