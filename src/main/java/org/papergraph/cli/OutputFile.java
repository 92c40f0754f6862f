package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command writes RDF: standard output ({@code -}), or a file written under a temporary name and moved into
 * place only when complete, so a failed run never leaves half a file.
 */
final class OutputFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean complete;

    OutputFile(String output) throws IOException {
        target = output.equals("-") ? null : Path.of(output);
        temp = target == null ? null : Files.createTempFile(absoluteParent(target), ".papergraph-", ".tmp");
        out = target == null ? nonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    OutputStream stream() { return out; }

    boolean isFile() { return target != null; }

    /** Marks the output complete: on close the file takes its name. */
    void commit() { complete = true; }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            if (temp != null) {
                if (complete) Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                else Files.deleteIfExists(temp);
            }
        }
    }

    private static Path absoluteParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) throw CliException.failure(file + ": no such directory " + parent.getFileName());
        return parent;
    }

    /** Standard output stays open for whoever prints after us. */
    private static OutputStream nonClosing(OutputStream out) {
        return new BufferedOutputStream(out, 1 << 16) {
            @Override
            public void close() throws IOException { flush(); }
        };
    }
}
