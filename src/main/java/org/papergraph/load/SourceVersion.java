package org.papergraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * When a source's content was made, to the second: every time papergraph publishes comes from here, never from the
 * clock of the load, so replicas loaded from the same files at different moments serve the same bytes. A file that
 * git tracks and that is as its last commit left it has that commit's time (replicas with clones of one repository
 * agree); any other file its last-modified time (replicas sharing one checkout agree). No {@code git}, a folder
 * outside a work tree, or a git that fails: the last-modified time.
 */
public final class SourceVersion {
    /** git answers at once; one that hangs (a lock, a network file system) does not hold the load up long. */
    private static final long GIT_SECONDS = 10;

    private SourceVersion() {}

    public static Instant of(Path file) throws IOException {
        Instant committed = committed(file);
        return committed != null ? committed : Instant.ofEpochSecond(Files.getLastModifiedTime(file).to(TimeUnit.SECONDS));
    }

    /**
     * The time of the last commit that touched the file, when the file's bytes are the blob that commit left:
     * one {@code git log} for both, the blob's id compared with the one the bytes hash to. Null otherwise.
     */
    static Instant committed(Path file) {
        Path abs = file.toAbsolutePath().normalize(), dir = abs.getParent();
        if (dir == null) return null;
        try {
            Process git = new ProcessBuilder("git", "-C", dir.toString(), "log", "-1", "--format=%ct", "--raw", "--no-abbrev",
                    "--no-renames", "--", abs.getFileName().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out;
            try (InputStream in = git.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!git.waitFor(GIT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return null;
            }
            if (git.exitValue() != 0) return null;
            return parse(out, abs);
        } catch (IOException e) {
            return null; // no git here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** {@code <seconds>}, a blank line, then {@code :100644 100644 <old> <new> M\t<path>}: the time, when new is the file. */
    private static Instant parse(String out, Path file) throws IOException {
        String[] lines = out.strip().split("\n");
        if (lines.length < 2 || !lines[0].matches("\\d+")) return null;
        String[] raw = lines[lines.length - 1].split("\\s+");
        if (raw.length < 5 || !raw[0].startsWith(":")) return null;
        return raw[3].equals(blobId(file, raw[3].length())) ? Instant.ofEpochSecond(Long.parseLong(lines[0])) : null;
    }

    /** git's id of the file's bytes as a blob: SHA-1, or SHA-256 in a repository of that object format. */
    static String blobId(Path file, int hexLength) throws IOException {
        try {
            MessageDigest d = MessageDigest.getInstance(hexLength == 64 ? "SHA-256" : "SHA-1");
            d.update(("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), d)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
