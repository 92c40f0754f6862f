package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The programs the benchmark needs: hyperfine, wrk, GNU time and nginx from Debian's packages (installed when missing), the
 * stock Jena distribution and Fuseki server from Maven Central (fetched into the work folder on first use), and
 * papergraph's own jar.
 */
public final class Tools {
    static final String JENA = "5.6.0";

    private final Path work;
    final Path jar;

    public Tools(Path work, Path jar) {
        this.work = work;
        this.jar = jar;
    }

    /** Installs from Debian's packages whatever of hyperfine, wrk, time and nginx (the replicas part) is missing. */
    void ensurePackages() throws IOException, InterruptedException {
        boolean missing = !onPath("hyperfine") || !onPath("wrk") || !Files.isExecutable(Path.of("/usr/bin/time"))
                || !Files.isExecutable(Nginx.BINARY);
        if (!missing) return;
        System.err.println("bench: installing hyperfine, wrk, time and nginx from Debian's packages");
        Shell.run(work, List.of("apt-get", "update", "-q"));
        Shell.run(work, List.of("apt-get", "install", "-y", "-q", "hyperfine", "wrk", "time", "nginx"));
    }

    /** The stock Jena command-line tools (riot, tdb2.tdbloader, tdb2.tdbdump), unpacked on first use. */
    public Path jenaBin(String tool) throws IOException, InterruptedException {
        Path home = work.resolve("stock/apache-jena-" + JENA);
        if (!Files.isDirectory(home)) {
            fetch("org.apache.jena:apache-jena:" + JENA + ":tar.gz");
            Shell.run(work.resolve("stock"), List.of("tar", "xzf", "apache-jena-" + JENA + ".tar.gz"));
        }
        return home.resolve("bin/" + tool);
    }

    /** The stock Fuseki server jar, fetched on first use. */
    Path fusekiJar() throws IOException, InterruptedException {
        Path jar = work.resolve("stock/jena-fuseki-server-" + JENA + ".jar");
        if (!Files.exists(jar)) fetch("org.apache.jena:jena-fuseki-server:" + JENA);
        return jar;
    }

    private void fetch(String artifact) throws IOException, InterruptedException {
        Files.createDirectories(work.resolve("stock"));
        System.err.println("bench: fetching " + artifact + " from Maven Central");
        Shell.run(work, List.of("mvn", "-B", "-q", "-Dstyle.color=never", "dependency:copy", "-Dartifact=" + artifact,
                "-DoutputDirectory=" + work.resolve("stock")));
    }

    private boolean onPath(String program) {
        return Shell.succeeds(work, List.of("sh", "-c", "command -v " + program));
    }
}
