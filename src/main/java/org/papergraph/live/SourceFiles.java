package org.papergraph.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.papergraph.convert.TopicsFile;

/**
 * The files and folders a server follows, as they were given: which paths are sources (a file given, or a Markdown
 * file under a folder given, as {@code load} finds them), which folders hold them, and what they look like now
 * (each source's size and modification time), for the periodic re-scan to compare.
 */
final class SourceFiles {
    /** A source's size, modification time and file (inode): a change to any is a change to look at. */
    record Stamp(long size, long modified, Object file) {}

    private final List<Path> given;

    SourceFiles(List<Path> given) {
        this.given = given.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** Whether a path, existing or gone, is or could be a source: a file given, or a Markdown file in a folder given. */
    boolean isSource(Path path) {
        Path p = path.toAbsolutePath().normalize();
        for (Path g : given) {
            if (p.equals(g)) return true;
            if (p.startsWith(g) && isMarkdown(p)) return true;
        }
        return false;
    }

    /** Whether a path lies in a folder given (a folder made or gone there may hold sources). */
    boolean isUnderFolder(Path path) {
        Path p = path.toAbsolutePath().normalize();
        for (Path g : given) if (p.startsWith(g) && !p.equals(g)) return true;
        return false;
    }

    /** The folders to watch: each folder given with every folder under it, and the folder of each file given. */
    List<Path> folders() {
        List<Path> out = new ArrayList<>();
        for (Path g : given) {
            if (Files.isDirectory(g)) {
                try (Stream<Path> walk = Files.walk(g)) {
                    walk.filter(Files::isDirectory).forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    out.add(g); // a folder going while walked: the next re-scan sees the rest
                }
            } else if (g.getParent() != null) {
                out.add(g.getParent());
            }
        }
        return out;
    }

    /** Every source now, with its stamp. */
    Map<Path, Stamp> snapshot() {
        Map<Path, Stamp> out = new HashMap<>();
        for (Path g : given) {
            if (Files.isDirectory(g)) {
                try (Stream<Path> walk = Files.walk(g)) {
                    walk.filter(SourceFiles::isMarkdown).forEach(p -> stamp(p, out));
                } catch (IOException | UncheckedIOException e) {
                    out.put(g, new Stamp(-1, -1, null)); // being changed as walked: unlike any quiet state, so looked at
                }
            } else {
                stamp(g, out);
            }
        }
        return out;
    }

    private static void stamp(Path p, Map<Path, Stamp> out) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (a.isRegularFile()) out.put(p, new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey()));
        } catch (NoSuchFileException gone) {
            // not there now
        } catch (IOException e) {
            out.put(p, new Stamp(-1, -1, null));
        }
    }

    /** A Markdown file, or the topics file in either form ({@code topics.ttl} too): what {@code load} finds in a folder. */
    private static boolean isMarkdown(Path p) {
        Path name = p.getFileName();
        return name != null && (name.toString().toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)")
                || TopicsFile.isTopicsFile(name.toString()));
    }
}
