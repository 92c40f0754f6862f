package org.papergraph.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.papergraph.server.AccessLog;
import org.papergraph.server.Server;
import org.papergraph.store.Store;

import picocli.CommandLine.Option;

/**
 * How to serve: port, address, query timeout, threads, longest query, public base, CORS origins, metrics, access
 * log; and serving itself until Ctrl-C.
 */
final class ServerOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "10s",
            converter = Converters.Time.class, description = "SPARQL query timeout, e.g. 10s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "64", description = "Most request threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-query", paramLabel = "SIZE", defaultValue = "64k", converter = Converters.Size.class,
            description = "Longest SPARQL query text accepted, e.g. 64k, 1m (default: ${DEFAULT-VALUE}); longer ones get 413/414.")
    int maxQuery;

    @Option(names = "--public-base", paramLabel = "URL", converter = Converters.PublicBase.class,
            description = "The URL the server is published at, for the sitemap's and VoID's links (default: the store's base).")
    String publicBase;

    @Option(names = "--cors-origins", paramLabel = "ORIGIN", split = ",", defaultValue = "*", converter = Converters.Origin.class,
            description = "Origins whose scripts may read the answers, comma-separated, e.g. https://a.example,https://b.example (default: ${DEFAULT-VALUE}, any).")
    List<String> corsOrigins;

    @Option(names = "--metrics", description = "Serve Prometheus metrics at /metrics.")
    boolean metrics;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "ncsa",
            description = "The access log on standard error, a line per request: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; none: no log).")
    Converters.LogFormat logFormat;

    /** Serves the store until the process is stopped; the store is closed on the way out. */
    void serve(Store store, PrintWriter err) { serve(store, err, server -> () -> {}); }

    /**
     * Serves the store until the process is stopped, with {@code alongside} started once the server is (following
     * its sources, say) and stopped first on the way out; the store is closed last.
     */
    void serve(Store store, PrintWriter err, Function<Server, AutoCloseable> alongside) {
        Server.Builder builder = Server.builder(store).port(port).host(host).timeout(timeout).maxThreads(threads)
                .maxQueryBytes(maxQuery).corsOrigins(corsOrigins).metrics(metrics)
                .accessLog(switch (logFormat) {
                    case json -> AccessLog.Format.JSON;
                    case ncsa -> AccessLog.Format.NCSA;
                    case none -> null;
                }, null);
        if (publicBase != null) builder.publicBase(publicBase);
        Server server;
        try {
            server = builder.build().start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause())
                if (t instanceof BindException) throw CliException.failure("cannot listen on " + host + ":" + port + ": " + t.getMessage() + " (choose another --port)");
            throw e;
        }
        AutoCloseable beside;
        try {
            beside = alongside.apply(server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                beside.close();
            } catch (Exception e) {
                // stopping anyway
            }
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
}
