package org.papergraph.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Recognises a store write that failed for want of space. TDB2 reports it deep in a chain of causes
 * ({@code NodeTableThrift/Write} ← {@code IOException: No space left on device}) or, through its memory-mapped
 * files, as the JVM's {@link InternalError} for a fault in an unsafe memory access (SIGBUS on a full tmpfs).
 */
final class DiskFull {
    private DiskFull() {}

    static boolean is(Throwable t) {
        for (int depth = 0; t != null && depth < 32; t = t.getCause(), depth++) {
            String m = t.getMessage();
            if (m == null) continue;
            if (t instanceof IOException && m.contains("No space left on device")) return true;
            if (t instanceof InternalError && m.contains("unsafe memory access")) return true;
        }
        return false;
    }

    /** The one line a full disk gets: what happened, where, and that the store keeps its last committed state. */
    static CliException failure(Path store) {
        return CliException.failure("no space left on device for store " + store + "; the source being loaded was not"
                + " loaded and the store keeps what it had (free some space and load again)");
    }
}
