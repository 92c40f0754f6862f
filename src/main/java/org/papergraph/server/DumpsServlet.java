package org.papergraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.papergraph.export.Exporter;
import org.papergraph.export.Selection;
import org.papergraph.rdf.RdfFormat;

/**
 * {@code /dumps/papers.ttl.gz}, {@code papers.nq.gz}, {@code papers.jsonld}: the whole store, written once per
 * server on first request (the store cannot change under it) into a folder of the server's own, then sent as files
 * with the store's validators.
 */
final class DumpsServlet extends ReadOnlyServlet {
    record Dump(RdfFormat format, boolean gzip, String mediaType) {}

    static final Map<String, Dump> DUMPS = Map.of(
            "papers.ttl.gz", new Dump(RdfFormat.TURTLE, true, "application/gzip"),
            "papers.nq.gz", new Dump(RdfFormat.NQUADS, true, "application/gzip"),
            "papers.jsonld", new Dump(RdfFormat.JSONLD, false, "application/ld+json"));

    private final Site site;
    private final Path folder;

    DumpsServlet(Site site, Path folder) {
        this.site = site;
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = Site.path(req).substring("/dumps/".length());
        Dump dump = DUMPS.get(name);
        if (dump == null) {
            resp.sendError(404, "Dumps here: " + String.join(", ", DUMPS.keySet()));
            return;
        }
        if (site.generation.notModified(req, resp, "dump-" + name)) return;
        Path file = file(name, dump);
        resp.setContentType(dump.mediaType());
        resp.setContentLengthLong(Files.size(file));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Files.copy(file, resp.getOutputStream());
    }

    /** The dump's file, written by the first request that asks for it; later ones wait for it. */
    private synchronized Path file(String name, Dump dump) throws IOException {
        Path file = folder.resolve(name);
        if (Files.exists(file)) return file;
        Path temp = Files.createTempFile(folder, name, ".tmp");
        try (OutputStream raw = Files.newOutputStream(temp);
             OutputStream out = dump.gzip() ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            Exporter.write(site.store, new Selection.Everything(), dump.format(), out);
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(temp);
            throw e.getCause();
        }
        return Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
