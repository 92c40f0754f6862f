package org.papergraph.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A Markdown source: how it is named in messages (the path as given), its name (the file name; for a README or index
 * file, its folder's name too, since every awesome-list is a README.md), and how to open it.
 * {@code discovered} sources came from a directory: one without a table there is skipped quietly. {@code file}: the
 * file it is read from, whose version gives the times the load records (null for standard input).
 */
public record Input(String displayName, String fileName, Opener opener, boolean discovered, Path file) {
    public Input(String displayName, String fileName, Opener opener, boolean discovered) {
        this(displayName, fileName, opener, discovered, null);
    }

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static Input file(Path path, boolean discovered) {
        return new Input(path.toString(), nameOf(path), () -> Files.newInputStream(path), discovered, path);
    }

    private static String nameOf(Path path) {
        String name = path.getFileName().toString();
        Path folder = path.toAbsolutePath().normalize().getParent();
        boolean generic = GENERIC.matcher(name).matches() && folder != null && folder.getFileName() != null;
        return generic ? folder.getFileName() + "/" + name : name;
    }

    private static final Pattern GENERIC = Pattern.compile("(?i)(readme|index)\\.(md|markdown)");

    public static Input stdin() {
        return new Input("<stdin>", "stdin", () -> System.in, false);
    }
}
