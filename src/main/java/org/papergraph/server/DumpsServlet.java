package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.QuotedQualityCSV;
import org.papergraph.export.Exporter;
import org.papergraph.export.Selection;
import org.papergraph.export.RdfFormat;

/**
 * {@code /dumps/papers.ttl.gz}, {@code papers.nq.gz}, {@code papers.jsonld} …, one per format of the registry
 * ({@link RdfFormat}), named by its extension, gzipped when Jena streams it: the whole store, written once per
 * generation on first request (a live reload moves the generation on) into a folder of the server's own, then
 * sent as files with the store's validators. A gzipped dump is its RDF format sent with
 * {@code Content-Encoding: gzip}, so RDF tools read it as they download it; a client that does not accept gzip
 * gets it unzipped.
 */
final class DumpsServlet extends ReadOnlyServlet {
    record Dump(RdfFormat format, boolean gzip) {
        String name() { return "papers." + format.extension() + (gzip ? ".gz" : ""); }

        String mediaType() { return format.mediaType(); }
    }

    /** The dumps by file name, in the registry's order. */
    static final Map<String, Dump> DUMPS = dumps();

    private static Map<String, Dump> dumps() {
        Map<String, Dump> dumps = new LinkedHashMap<>();
        for (RdfFormat f : RdfFormat.values()) {
            Dump d = new Dump(f, f.streams());
            dumps.put(d.name(), d);
        }
        return Collections.unmodifiableMap(dumps);
    }

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
        boolean gzip = dump.gzip() && acceptsGzip(req.getHeader("Accept-Encoding"));
        if (dump.gzip()) resp.addHeader("Vary", "Accept-Encoding");   // added: CORS may vary it by Origin too
        Generation generation = site.generation();
        if (generation.notModified(req, resp, "dump-" + name + (gzip ? "-gzip" : ""), false)) return;
        Path file = file(generation, name, dump);
        resp.setContentType(dump.format().contentType());
        // What is saved is what the client decodes: the RDF file, named without .gz when it was unzipped on the way.
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + (dump.gzip() ? name.substring(0, name.length() - 3) : name) + "\"");
        if (gzip) resp.setHeader("Content-Encoding", "gzip");
        if (!dump.gzip() || gzip) {
            resp.setContentLengthLong(Files.size(file));
            Files.copy(file, resp.getOutputStream());
        } else {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                in.transferTo(resp.getOutputStream());
            }
        }
    }

    /** Whether an Accept-Encoding takes gzip (by name or by {@code *}, with a quality above 0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        QuotedQualityCSV codings = new QuotedQualityCSV();
        codings.addValue(acceptEncoding);
        return codings.getValues().stream().anyMatch(c -> c.equalsIgnoreCase("gzip") || c.equals("*"));
    }

    /**
     * The dump's file for a generation, written by the first request that asks for it; later ones wait for it. Once
     * written, the files of earlier generations go (one being sent stays readable until it is sent, on Unix).
     */
    private synchronized Path file(Generation generation, String name, Dump dump) throws IOException {
        Path file = folder.resolve(generation.tag() + "-" + name);
        if (Files.exists(file)) return file;
        Path temp = Files.createTempFile(folder, name, ".tmp");
        try (OutputStream raw = Files.newOutputStream(temp);
             OutputStream out = dump.gzip() ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            Exporter.write(site.store, new Selection.Everything(), dump.format(), out);
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(temp);
            throw e.getCause();
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        try (var older = Files.newDirectoryStream(folder, "*-" + name)) {
            for (Path f : older) if (!f.equals(file)) Files.deleteIfExists(f);
        }
        return file;
    }

    @Override
    void describe(ApiPaths api) {
        api.get("/dumps/{file}", "The whole store in one file, one per RDF format (gzipped for the formats that stream)")
                .description("A `.gz` dump is sent with `Content-Encoding: gzip` (RDF tools read it as it downloads), "
                        + "or unzipped to a client that does not accept gzip.")
                .pathParam("file", ApiPaths.oneOf(DUMPS.keySet()), "The dump's file name")
                .answers(200, "The dump", DUMPS.values().stream().map(Dump::mediaType).distinct().toList())
                .revalidated()
                .answers(404, "No such dump");
    }
}
