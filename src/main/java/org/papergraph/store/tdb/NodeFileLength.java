package org.papergraph.store.tdb;

import java.lang.reflect.Field;

import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.apache.jena.dboe.trans.data.TransBinaryDataFile;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.LoggerFactory;

/**
 * The length of TDB2's node data file ({@code nodes-data.obj}), kept in memory rather than asked of the file system.
 * TDB2 5.6 asks for it on every write, and a node is written in several small writes (its Thrift fields), so a load
 * made some 70 {@code fstat} calls per paper: a fifth of the machine's time in a 100K load on a virtual machine,
 * where a system call is dear. Only this process writes the file (TDB2 locks the store), so its length changes only
 * by this process's writes and truncations. A write that lands at the known end moves the end; after a truncation
 * (an abort), or a write anywhere else, the length is asked of the file again, so it is always what the file says.
 * <p>
 * It sits between TDB2's write buffer and the file itself, and is called only under the buffer's lock. It reaches
 * TDB2's private fields by reflection. Checked against Jena 5.6.0.
 */
public final class NodeFileLength implements BinaryDataFile {
    private final BinaryDataFile file;
    private long length = -1; // unknown

    NodeFileLength(BinaryDataFile file) { this.file = file; }

    /**
     * Puts the remembered length under the node table of {@code dsg} and says whether it is there; leaves the table as
     * it was if its shape is not TDB2 5.6's (only the speed differs).
     */
    public static boolean install(DatasetGraph dsg) {
        NodeTable base = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable();
        try {
            if (!(base instanceof NodeTableTRDF trdf) || !(trdf.getData() instanceof TransBinaryDataFile trans)) return false;
            Field binFile = TransBinaryDataFile.class.getDeclaredField("binFile");
            binFile.setAccessible(true);
            if (!(binFile.get(trans) instanceof BinaryDataFileWriteBuffered buffered)) return false;
            Field other = BinaryDataFileWriteBuffered.class.getDeclaredField("other");
            other.setAccessible(true);
            BinaryDataFile file = (BinaryDataFile) other.get(buffered);
            if (!(file instanceof NodeFileLength)) other.set(buffered, new NodeFileLength(file));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LoggerFactory.getLogger(NodeFileLength.class).debug("node file length not kept: {}", e.toString());
            return false;
        }
    }

    @Override
    public long length() {
        if (length < 0) length = file.length();
        return length;
    }

    @Override
    public long write(byte[] b, int start, int len) {
        long at = file.write(b, start, len);
        length = at == length ? at + len : -1;
        return at;
    }

    @Override
    public void truncate(long newLength) {
        length = -1;
        file.truncate(newLength);
    }

    @Override
    public void open() {
        length = -1;
        file.open();
    }

    @Override
    public void close() {
        length = -1;
        file.close();
    }

    @Override
    public boolean isOpen() { return file.isOpen(); }

    @Override
    public int read(long posn, byte[] b, int start, int len) { return file.read(posn, b, start, len); }

    @Override
    public void sync() { file.sync(); }
}
