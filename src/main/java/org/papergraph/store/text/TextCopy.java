package org.papergraph.store.text;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

/**
 * A copy of the search index as its last commit left it, taken while a load in another process may be writing it.
 * Lucene never changes a file once written, and a commit's {@code segments_N} names every file it needs: copying
 * those files is a consistent copy. A newer commit may delete some of them while they are copied; then the copy
 * begins again, from the newer commit.
 */
public final class TextCopy {
    private static final int TRIES = 20;

    private TextCopy() {}

    /** Copies the index in {@code from}, if there is one, into {@code to}, which must not exist yet. */
    public static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Directory source = FSDirectory.open(from)) {
            if (!DirectoryReader.indexExists(source)) return;
            for (int attempt = 1; ; attempt++) {
                Files.createDirectories(to);
                try (Directory target = FSDirectory.open(to)) {
                    SegmentInfos commit = SegmentInfos.readLatestCommit(source);
                    for (String file : commit.files(true)) target.copyFrom(source, file, file, IOContext.READONCE);
                    return;
                } catch (NoSuchFileException | FileNotFoundException e) {
                    if (attempt == TRIES) throw e;
                    clear(to);
                }
            }
        }
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) Files.delete(f);
        }
    }
}
