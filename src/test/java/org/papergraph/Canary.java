package org.papergraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on a free port that only counts the requests it gets: proof that nothing called out. */
public final class Canary implements AutoCloseable {
    private final HttpServer http;
    private final AtomicInteger requests = new AtomicInteger();

    public Canary() {
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {}}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
    }

    public String url(String path) { return "http://127.0.0.1:" + http.getAddress().getPort() + path; }

    public int requests() { return requests.get(); }

    @Override
    public void close() { http.stop(0); }
}
