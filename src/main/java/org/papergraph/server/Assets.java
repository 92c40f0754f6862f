package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /assets/{version}/{file}}: the SPARQL editor's browser files (YASGUI, from npm at build time, and the page's
 * own script and style), from the jar's {@code papergraph/web/}. The version is a hash of their contents, so an
 * address never changes what it answers and browsers may keep each for a year; an address of another version is a 404.
 * A build that skipped npm ({@code -Dweb.skip}) has none of them, and the editor page is not offered.
 */
final class Assets extends ReadOnlyServlet {
    static final String PATH = "/assets/";
    private static final String FOLDER = "papergraph/web/";
    /** The files and their types; the names are fixed by the build (pom.xml copies them). */
    private static final Map<String, String> FILES = Map.of(
            "yasgui.min.js", "text/javascript; charset=utf-8", "yasgui.min.css", "text/css; charset=utf-8",
            "editor.js", "text/javascript; charset=utf-8", "editor.css", "text/css; charset=utf-8");

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final String version;

    Assets() {
        MessageDigest digest = sha256();
        for (String name : FILES.keySet().stream().sorted().toList()) {
            try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                if (in == null) continue;
                byte[] bytes = in.readAllBytes();
                files.put(name, bytes);
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** Whether the build put every file in the jar. */
    boolean available() { return files.size() == FILES.size(); }

    /** A file's address, in this version. */
    String href(String name) { return PATH + version + "/" + name; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Site.path(req);
        String name = path.startsWith(PATH + version + "/") ? path.substring((PATH + version + "/").length()) : "";
        byte[] body = files.get(name);
        if (body == null) {
            resp.sendError(404, "No such asset: " + path);
            return;
        }
        resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        resp.setHeader("ETag", "\"" + version + "\"");
        if (("\"" + version + "\"").equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        resp.setContentType(FILES.get(name));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    void describe(ApiPaths api) {
        if (!available()) return;
        api.get(PATH + "{version}/{file}", "The SPARQL editor's browser files, kept by browsers for a year")
                .pathParam("version", ApiPaths.oneOf(java.util.List.of(version)), "A hash of the files: another version is a 404")
                .pathParam("file", ApiPaths.oneOf(FILES.keySet().stream().sorted().toList()), "The file")
                .answers(200, "The file", java.util.List.of("text/javascript", "text/css"))
                .answers(404, "No such file in this version", java.util.List.of("text/html"));
    }
}
