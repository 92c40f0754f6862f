package org.papergraph.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Markdown source: how it is named in messages (the path as given), its file name, and how to open it.
 * {@code discovered} sources came from a directory: one without a table there is skipped quietly.
 */
public record Input(String displayName, String fileName, Opener opener, boolean discovered) {
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static Input file(Path path, boolean discovered) {
        return new Input(path.toString(), path.getFileName().toString(), () -> Files.newInputStream(path), discovered);
    }

    public static Input stdin() {
        return new Input("<stdin>", "stdin", () -> System.in, false);
    }
}
