package org.papergraph.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.time.Duration;
import java.util.Locale;

import org.papergraph.server.Server;
import org.papergraph.store.Store;

import picocli.CommandLine.Option;

/** How to serve: port, address, query timeout, threads, longest query; and serving itself until Ctrl-C. */
final class ServerOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "10s",
            description = "SPARQL query timeout, e.g. 10s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "64", description = "Most request threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-query", paramLabel = "SIZE", defaultValue = "64k",
            description = "Longest SPARQL query text accepted, e.g. 64k, 1m (default: ${DEFAULT-VALUE}); longer ones get 413/414.")
    String maxQuery;

    @Option(names = "--public-base", paramLabel = "URL",
            description = "The URL the server is published at, for the sitemap's and VoID's links (default: the store's base).")
    String publicBase;

    /** Serves the store until the process is stopped; the store is closed on the way out. */
    void serve(Store store, PrintWriter err) {
        Server.Builder builder = Server.builder(store).port(port).host(host).timeout(duration(timeout)).maxThreads(threads)
                .maxQueryBytes(bytes(maxQuery));
        try {
            if (publicBase != null) builder.publicBase(publicBase);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--public-base " + e.getMessage());
        }
        Server server;
        try {
            server = builder.build().start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause())
                if (t instanceof BindException) throw CliException.failure("cannot listen on " + host + ":" + port + ": " + t.getMessage() + " (choose another --port)");
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                store.close();
            } catch (RuntimeException stillReading) {
                // The page index may still be reading the store; the process ends anyway, and with it the lock.
            }
        }, "papergraph-stop"));
        err.println("papergraph: serving " + server.url() + " (SPARQL at " + server.url() + "papers/sparql); Ctrl-C stops");
        err.flush();
        server.join();
    }

    static int bytes(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        int unit = t.endsWith("k") ? 1024 : t.endsWith("m") ? 1024 * 1024 : 1;
        try {
            long n = Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
            if (n > 0 && n <= 64L * 1024 * 1024) return (int) n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw CliException.usage("--max-query " + s + ": expected a size such as 64k or 1m (at most 64m)");
    }

    static Duration duration(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            if (t.endsWith("s")) return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            if (t.endsWith("m")) return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
            return Duration.ofMillis((long) (Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw CliException.usage("--timeout " + s + ": expected a time such as 10s, 500ms or 2m");
        }
    }
}
