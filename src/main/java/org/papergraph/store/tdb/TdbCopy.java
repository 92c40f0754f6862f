package org.papergraph.store.tdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;

/**
 * A consistent copy of a TDB2 database's files, taken without opening it: another process (a server, a load) may
 * hold its lock and be writing to it all the while. Why the copy is consistent, in TDB2 5.6.0's terms:
 * <ul>
 * <li>Every index (and the node table's id index) is a copy-on-write B+tree: blocks in {@code X.idn} (nodes) and
 * {@code X.dat} (records), and a 24-byte state file {@code X.bpt} naming the committed root and how many node and
 * record blocks are in use. A write transaction never changes a block below the limits it began with: it copies
 * the block past them and changes the copy (BptTxnState.modifiableNodeBlock). The node data {@code X-data.obj} is
 * only appended to; {@code X-data.bdf} holds its committed length. An abort cuts back only to that length.
 * <li>A commit first writes every component's new state to the journal ({@code journal.jrnl}) and syncs it, then
 * writes the state files, then empties the journal (TransactionCoordinator.executeCommitWriter): state files
 * change only while the journal is not empty.
 * </ul>
 * So the state files are read while the journal is empty before and after, and read again: when both reads agree,
 * they are one commit's state (a commit that wrote one of them during the first read finished before its end, and
 * the second read would show its change: a tree a commit changes gets new blocks past its old limits, a data file
 * more bytes, so no state ever comes back to an earlier value). The data files' prefixes those states name were
 * flushed before the commit (its prepare syncs them) and are fixed for good, so they are copied whenever, while
 * commits go on; what lies past them (later or aborted transactions' blocks) is left out. The files are read through
 * the same page cache TDB2's memory-mapped writes go to. The copy gets an empty journal and no lock. Compaction
 * makes a new {@code Data-NNNN} under another name and renames it into place, so the highest one is always whole.
 * Checked against Jena 5.6.0.
 */
public final class TdbCopy {
    private static final Pattern DATA_DIR = Pattern.compile("Data-(\\d+)");
    private static final String JOURNAL = "journal.jrnl", LOCK = "tdb.lock";
    private static final int TRIES = 600;

    private TdbCopy() {}

    /**
     * Copies the database at {@code db} (its parameters and its current {@code Data-NNNN} storage) into the empty
     * folder {@code target}, as its last commit left it.
     */
    public static void copy(Path db, Path target) throws IOException {
        Path data = current(db).orElseThrow(() -> new IOException("no TDB2 database in " + db));
        for (Path f : list(db)) { // tdb.cfg, and whatever else the store keeps beside its storage; no lock, nothing hidden
            String name = f.getFileName().toString();
            if (Files.isRegularFile(f) && !name.equals(LOCK) && !name.startsWith(".")) Files.copy(f, target.resolve(name));
        }
        long block = blockSize(db);
        Map<String, byte[]> states = stableStates(data);
        Path to = Files.createDirectories(target.resolve(data.getFileName()));
        for (Map.Entry<String, byte[]> e : states.entrySet()) {
            String name = e.getKey(), stem = name.substring(0, name.length() - 4);
            ByteBuffer state = ByteBuffer.wrap(e.getValue()); // longs, big-endian (StateMgrData)
            if (name.endsWith(".bpt") && state.remaining() >= 24) {
                state.getLong(); // the root
                copyPrefix(data.resolve(stem + ".idn"), to, state.getLong() * block);
                copyPrefix(data.resolve(stem + ".dat"), to, state.getLong() * block);
            } else if (name.endsWith(".bdf") && state.remaining() >= 8) {
                copyPrefix(data.resolve(stem + ".obj"), to, state.getLong());
            }
            Files.write(to.resolve(name), e.getValue());
        }
        Files.createFile(to.resolve(JOURNAL));
        for (Path f : list(data)) { // anything else, such as parameters: small and written once
            String name = f.getFileName().toString();
            if (Files.isRegularFile(f) && !Files.exists(to.resolve(name)) && !name.equals(LOCK) && !isData(name))
                Files.copy(f, to.resolve(name));
        }
    }

    /** The storage TDB2 opens: the {@code Data-NNNN} folder of the highest number (compaction makes the next). */
    private static Optional<Path> current(Path db) throws IOException {
        if (!Files.isDirectory(db)) return Optional.empty();
        return list(db).stream().filter(p -> Files.isDirectory(p) && DATA_DIR.matcher(p.getFileName().toString()).matches())
                .max(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString().substring(5))));
    }

    private static long blockSize(Path db) {
        StoreParams params = Files.exists(db.resolve("tdb.cfg")) ? StoreParamsCodec.read(Location.create(db)) : null;
        return (params != null ? params : StoreParams.getDftStoreParams()).getBlockSize();
    }

    private static boolean isData(String name) {
        return name.endsWith(".idn") || name.endsWith(".dat") || name.endsWith(".obj") || name.equals(JOURNAL);
    }

    /** The state files, as one commit left them (see the class comment); waits while commits are being written. */
    private static Map<String, byte[]> stableStates(Path data) throws IOException {
        for (int i = 0; i < TRIES; i++) {
            if (journalEmpty(data)) {
                Map<String, byte[]> first = states(data);
                if (journalEmpty(data) && same(first, states(data))) return first;
            }
            try {
                Thread.sleep(Math.min(100, 1 + i * 5L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for a commit to end");
            }
        }
        throw new IOException("the journal of the database in " + data.getParent() + " did not empty in a minute: a commit"
                + " under way all that time, or a process killed in one (opening the store once recovers it)");
    }

    private static boolean journalEmpty(Path data) throws IOException {
        return Files.size(data.resolve(JOURNAL)) == 0;
    }

    private static Map<String, byte[]> states(Path data) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (Path f : list(data)) {
            String name = f.getFileName().toString();
            if (name.endsWith(".bpt") || name.endsWith(".bdf")) out.put(name, Files.readAllBytes(f));
        }
        return out;
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    /** The first {@code length} bytes of {@code file} into the folder {@code to}. */
    private static void copyPrefix(Path file, Path to, long length) throws IOException {
        if (length == 0 && !Files.exists(file)) {
            Files.createFile(to.resolve(file.getFileName()));
            return;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to.resolve(file.getFileName()), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            if (in.size() < length)
                throw new IOException(file + " is shorter (" + in.size() + " bytes) than its committed state says (" + length + ")");
            for (long at = 0; at < length; ) at += in.transferTo(at, length - at, out);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
