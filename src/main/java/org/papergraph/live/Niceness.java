package org.papergraph.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the calling thread's CPU priority, so that a reload (its conversion, the index writers and the views it
 * builds) yields the cores to the server's readers. Linux keeps a nice value per thread and hands it on to the
 * threads a thread starts, so lowering the reload thread's once lowers all its work. Java's thread priorities do
 * nothing on Linux without a JVM flag ({@code -XX:ThreadPriorityPolicy=1}, which warns unless run as root); renice(1)
 * on the thread's own id needs neither, and raising a nice value needs no privilege. Where there is no
 * {@code /proc/thread-self} or no renice, nothing changes.
 */
final class Niceness {
    /** A reload's nice value: CFS gives a thread at 10 about a tenth of the share of one at 0 when both want a core. */
    static final int RELOAD = 10;

    private Niceness() {}

    /** Whether the calling thread now runs at {@code nice}. */
    static boolean lower(int nice) {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"), StandardCharsets.US_ASCII);
            String tid = stat.substring(0, stat.indexOf(' '));
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
