package org.papergraph.store.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.papergraph.store.Store;
import org.papergraph.store.StoreException;
import org.papergraph.store.tdb.TdbCopy;
import org.papergraph.store.text.TextCopy;

/**
 * {@code papergraph snapshot}: a consistent copy of a store in one archive, taken while the store may be served and
 * loaded into by another process, whose lock keeps this one from opening it. The TDB2 database (the sources' graphs,
 * the catalog, the statistics and history graphs) is copied as one commit left it ({@link TdbCopy}), then the search
 * index as its last commit left it ({@link TextCopy}), into a staging folder; the copy is opened there, which proves
 * it opens and gives the manifest its catalog; then both go into the archive. The search index may be a commit
 * behind or ahead of the database's catalog; its commit says which sources it was built from, so the first load after
 * a restore brings it up to date, as it does the statistics.
 */
public final class Snapshot {
    static final String TEXT = "text";
    private static final String LOCK = "tdb.lock", LUCENE_LOCK = "write.lock";

    private Snapshot() {}

    /**
     * Writes a snapshot of the store at {@code db} to {@code out}, staging its copy in a new folder inside {@code work}
     * (removed after), and answers its manifest.
     */
    public static Manifest take(Path db, OutputStream out, Path work, String papergraph) throws IOException {
        if (!Files.isDirectory(db) || isEmpty(db)) throw new StoreException("no store at " + db + " (load some lists first)");
        Path stage = Files.createTempDirectory(work, ".papergraph-snapshot-");
        try {
            Instant taken = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            TdbCopy.copy(db, stage);
            TextCopy.copy(db.resolve(TEXT), stage.resolve(TEXT));
            // Listed before the copy is opened: opening adds locks, and TDB2 maps its files in large pieces, which
            // lengthens them with zeros past what was copied.
            Map<String, Long> files = files(stage);
            Manifest manifest;
            try (Store copy = Store.openExisting(stage)) {
                manifest = Manifest.of(copy, papergraph, taken, files);
            }
            Archive.write(out, stage, manifest);
            return manifest;
        } finally {
            Folders.delete(stage);
        }
    }

    /** The copy's files, by their path in the store ('/' between names), with their lengths. */
    private static Map<String, Long> files(Path stage) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(stage)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.equals(LOCK) || name.equals(LUCENE_LOCK)) continue;
                out.put(stage.relativize(f).toString().replace('\\', '/'), Files.size(f));
            }
        }
        return out;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
