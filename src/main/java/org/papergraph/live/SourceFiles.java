package org.papergraph.live;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

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

    /**
     * The folders to watch: each folder given with every folder under it, and the folder of each file given. A folder
     * given as a symbolic link (git-sync's, swapped to each new revision) has the folder holding the link watched too,
     * so that the swap itself is news.
     */
    List<Path> folders() {
        List<Path> out = new ArrayList<>();
        for (Path g : given) {
            if (Files.isDirectory(g)) {
                walk(g, out::add, file -> {}, failed -> {});
                if (Files.isSymbolicLink(g) && g.getParent() != null) out.add(g.getParent());
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
                // A file that could not be read as walked (being changed) is stamped unlike any quiet state, so looked at.
                walk(g, folder -> {}, file -> {
                    if (isMarkdown(file)) stamp(file, out);
                }, failed -> out.put(failed, new Stamp(-1, -1, null)));
            } else {
                stamp(g, out);
            }
        }
        return out;
    }

    /**
     * Walks a folder as {@code load} does, through symbolic links, each path named through them. A link back to a
     * folder above it is not followed (the load says so); {@code failed} hears of what could not be read.
     */
    private static void walk(Path folder, Consumer<Path> folders, Consumer<Path> files, Consumer<Path> failed) {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    folders.accept(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.accept(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof FileSystemLoopException)) failed.accept(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) failed.accept(dir); // a folder going while walked: the next re-scan sees the rest
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failed.accept(folder);
        }
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
