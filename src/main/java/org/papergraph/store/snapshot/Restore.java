package org.papergraph.store.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.papergraph.store.SourceRecord;
import org.papergraph.store.Store;
import org.papergraph.store.StoreException;

/**
 * {@code papergraph restore}: a snapshot unpacked into a store folder. It is unpacked beside the folder first, checked
 * against its manifest and opened; only then does it take the folder's place, so a bad archive leaves the folder as it
 * was. A folder that holds anything is replaced only when asked ({@code force}), and never while a process holds its
 * store.
 */
public final class Restore {
    private Restore() {}

    /** Restores {@code archive} into {@code db} and answers its manifest. */
    public static Manifest run(Path archive, Path folder, boolean force) throws IOException {
        Path db = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(archive)) throw new StoreException("no snapshot at " + archive);
        if (!isEmpty(db)) {
            if (!force) throw new StoreException(folder + " is not empty: restore into a new folder, or give --force to replace what it holds");
            Optional<Long> user = lockHolder(db);
            if (user.isPresent()) throw new StoreException("store " + folder + " is in use by process " + user.get() + "; stop it first");
        }
        Path parent = Files.createDirectories(db.getParent());
        Path stage = Files.createTempDirectory(parent, "." + db.getFileName() + ".restore-");
        try {
            Manifest manifest;
            try {
                manifest = Archive.read(archive, stage);
                check(manifest, stage);
            } catch (Archive.Bad e) {
                throw new StoreException(archive + " is not a papergraph snapshot, or is damaged: " + e.getMessage());
            }
            Folders.delete(db);
            Files.move(stage, db, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Folders.delete(stage);
        }
    }

    /** Opens the unpacked store and holds it against the manifest: its quads and its sources' SHA-256s. */
    private static void check(Manifest manifest, Path dir) throws Archive.Bad {
        try (Store s = Store.openExisting(dir)) {
            if (s.quadCount() != manifest.quads())
                throw new Archive.Bad("its database holds " + s.quadCount() + " quads, its manifest says " + manifest.quads());
            Map<String, String> sums = new HashMap<>();
            for (SourceRecord r : s.sources()) sums.put(r.source().getURI(), r.sha256());
            Map<String, String> listed = new HashMap<>();
            for (Manifest.Source m : manifest.sources()) listed.put(m.iri(), m.sha256());
            if (!sums.equals(listed)) throw new Archive.Bad("its database's catalog is not the one its manifest lists");
        } catch (RuntimeException e) { // whatever TDB2 or Lucene throw at damaged files
            throw new Archive.Bad("its database does not open: " + e.getMessage());
        }
    }

    /** The live process named in the store's TDB2 lock, if any. */
    private static Optional<Long> lockHolder(Path db) {
        try {
            long pid = Long.parseLong(Files.readString(db.resolve("tdb.lock")).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) throw new StoreException(dir + " is not a folder");
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
