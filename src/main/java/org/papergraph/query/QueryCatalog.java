package org.papergraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The canned queries shipped in the jar (from {@code queries/}), by name. */
public final class QueryCatalog {
    private static final String FOLDER = "papergraph/queries";
    private final Map<String, CannedQuery> queries;

    private QueryCatalog(Map<String, CannedQuery> queries) { this.queries = queries; }

    private static volatile QueryCatalog shipped;

    public static synchronized QueryCatalog shipped() {
        if (shipped == null) shipped = new QueryCatalog(load());
        return shipped;
    }

    public List<CannedQuery> all() { return List.copyOf(queries.values()); }

    public Optional<CannedQuery> get(String name) { return Optional.ofNullable(queries.get(name)); }

    private static Map<String, CannedQuery> load() {
        URL url = QueryCatalog.class.getClassLoader().getResource(FOLDER);
        if (url == null) throw new IllegalStateException("missing from the build: " + FOLDER);
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Collections.emptyMap())) {
                    return read(fs.getPath("/" + FOLDER));
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, CannedQuery> read(Path folder) throws IOException {
        Map<String, CannedQuery> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                try (InputStream in = Files.newInputStream(f)) {
                    out.put(name, CannedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }
}
