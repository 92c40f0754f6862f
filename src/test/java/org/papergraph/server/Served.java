package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.papergraph.cli.Main;
import org.papergraph.store.Store;

/**
 * A real papergraph server for tests: lists loaded by the real command line into a TDB2 store in a temp folder,
 * served on a free port, spoken to over real HTTP with java.net.http (redirects not followed, so 303s show).
 * Public for the reliability suite ({@code org.papergraph.reliability}).
 */
public final class Served implements AutoCloseable {
    public static final Path SEED = Path.of("data", "2024-05-seed-papers.md");

    public final Store store;
    public final Server server;
    public final String url;
    private final HttpClient http = newClient();

    private Served(Store store, Server server) {
        this.store = store;
        this.server = server;
        this.url = server.url().replace("localhost", "127.0.0.1");
    }

    /** Loads {@code files} into a store at {@code db} and serves it; {@code args} are extra load options. */
    public static Served start(Path db, List<String> files, UnaryOperator<Server.Builder> options, String... args) {
        List<String> argv = new ArrayList<>(List.of("load", "--db", db.toString()));
        argv.addAll(files);
        argv.addAll(List.of(args));
        StringWriter err = new StringWriter();
        int code = Main.run(argv.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(0, code, "load failed: " + err);
        Store store = Store.openExisting(db);
        return new Served(store, options.apply(Server.builder(store).port(0)).build().start());
    }

    /** Serves a store already loaded (and open); closing closes both. */
    public static Served serve(Store store, UnaryOperator<Server.Builder> options) {
        return new Served(store, options.apply(Server.builder(store).port(0)).build().start());
    }

    public static Served seed(Path db) { return start(db, List.of(SEED.toString()), b -> b); }

    public HttpResponse<String> get(String path, String... headers) { return send(HttpRequest.newBuilder(uri(path)).GET(), headers); }

    public HttpResponse<String> head(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()), headers);
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
        return send(b, headers);
    }

    public HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        HttpRequest request = b.timeout(Duration.ofSeconds(30)).build();
        // A refused write may end its connection unread; a new client keeps the next request off it.
        HttpClient client = request.method().equals("GET") || request.method().equals("HEAD") ? http : newClient();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public URI uri(String path) { return URI.create(url + (path.startsWith("/") ? path.substring(1) : path)); }

    /** The IRI of a path under the store's base. */
    public String iri(String path) { return store.iris().base() + path.substring(1); }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
