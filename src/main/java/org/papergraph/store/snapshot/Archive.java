package org.papergraph.store.snapshot;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * A snapshot's archive: a tar.gz (Commons Compress) whose first entry is the {@link Manifest}, then the store's files
 * under their paths in the store, each exactly as long as the manifest says. Reading it checks every entry against
 * the manifest: nothing outside the folder it is unpacked into, nothing unlisted, nothing missing.
 */
final class Archive {
    private static final int BUFFER = 1 << 16;

    private Archive() {}

    /** A snapshot whose archive cannot be read, or does not hold what its manifest says. */
    static final class Bad extends Exception {
        Bad(String why) { super(why); }
    }

    /** Writes the manifest and then the files it lists, from {@code dir}, each cut at the length listed. */
    static void write(OutputStream out, Path dir, Manifest manifest) throws IOException {
        GzipParameters fast = new GzipParameters();
        fast.setCompressionLevel(Deflater.BEST_SPEED); // TDB2's blocks compress well even so; the time goes to the disk
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(nonClosing(out), fast))) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            byte[] json = manifest.toJson();
            TarArchiveEntry m = new TarArchiveEntry(Manifest.NAME);
            m.setSize(json.length);
            tar.putArchiveEntry(m);
            tar.write(json);
            tar.closeArchiveEntry();
            byte[] buffer = new byte[BUFFER];
            for (Map.Entry<String, Long> f : manifest.files().entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(f.getKey());
                e.setSize(f.getValue());
                tar.putArchiveEntry(e);
                try (InputStream in = Files.newInputStream(dir.resolve(f.getKey()))) {
                    for (long left = f.getValue(); left > 0; ) {
                        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                        if (n < 0) throw new IOException(f.getKey() + " became shorter while it was archived");
                        tar.write(buffer, 0, n);
                        left -= n;
                    }
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
        out.flush();
    }

    /** Unpacks {@code archive} into the empty folder {@code dir} and answers its manifest. */
    static Manifest read(Path archive, Path dir) throws IOException, Bad {
        try (InputStream file = Files.newInputStream(archive)) {
            TarArchiveInputStream tar;
            Manifest manifest;
            try {
                tar = new TarArchiveInputStream(new GzipCompressorInputStream(new BufferedInputStream(file, BUFFER)));
                TarArchiveEntry first = tar.getNextEntry();
                if (first == null || !first.getName().equals(Manifest.NAME))
                    throw new Bad("its first entry is not " + Manifest.NAME);
                manifest = Manifest.parse(tar.readAllBytes());
            } catch (IOException | IllegalArgumentException e) {
                throw new Bad(reason(e));
            }
            Set<String> seen = new HashSet<>();
            byte[] buffer = new byte[BUFFER];
            for (TarArchiveEntry e = next(tar); e != null; e = next(tar)) {
                String name = e.getName();
                Path to = dir.resolve(name).normalize();
                if (!e.isFile() || name.startsWith("/") || !to.startsWith(dir) || to.equals(dir))
                    throw new Bad("it holds " + name + ", which is not a file inside the store");
                Long size = manifest.files().get(name);
                if (size == null || size != e.getSize() || !seen.add(name))
                    throw new Bad("it holds " + name + " (" + e.getSize() + " bytes), which its manifest does not list so");
                Files.createDirectories(to.getParent());
                try (OutputStream out = Files.newOutputStream(to)) {
                    for (int n = read(tar, buffer); n >= 0; n = read(tar, buffer)) out.write(buffer, 0, n);
                }
            }
            for (String name : manifest.files().keySet())
                if (!seen.contains(name)) throw new Bad("it lacks " + name + ", which its manifest lists (is it cut short?)");
            return manifest;
        }
    }

    private static TarArchiveEntry next(TarArchiveInputStream tar) throws Bad {
        try {
            return tar.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            throw new Bad(reason(e));
        }
    }

    private static int read(InputStream in, byte[] buffer) throws Bad {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new Bad(reason(e));
        }
    }

    private static String reason(Exception e) {
        if (e instanceof IllegalArgumentException) return e.getMessage();
        if (e instanceof java.io.EOFException || e.getMessage() == null) return "it ends too soon (is it cut short?)";
        return "it cannot be read as a tar.gz (" + e.getMessage() + ")";
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

            @Override
            public void close() throws IOException { flush(); }
        };
    }
}
