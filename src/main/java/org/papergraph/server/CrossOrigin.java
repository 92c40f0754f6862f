package org.papergraph.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * CORS on every route: the graph is public and read-only, so a script on any page may read it (a SPARQL editor,
 * Comunica, a JSON-LD processor in a browser). Never with credentials: there are none to share. A preflight is
 * answered here, never by a route, naming only the methods that read (POST is a SPARQL query in a body); a write
 * goes on to its route, which refuses it whatever the origin, since CORS only lets a script read an answer.
 * <p>
 * Open to any origin (the default), every response says {@code Access-Control-Allow-Origin: *}, with or without an
 * {@code Origin}: one copy fits every client, so caches need not vary by origin. Jetty's own CrossOriginHandler
 * cannot say {@code *}: it echoes each origin and varies every response by it. Narrowed to a list
 * ({@code --cors-origins}), an origin on it is echoed, and every response varies by {@code Origin}.
 */
final class CrossOrigin extends Handler.Wrapper {
    static final String ANY = "*";
    static final String METHODS = "GET, HEAD, POST";
    static final String HEADERS = "Accept, Content-Type";
    /** What a script may read beyond the safelisted headers: validators, alternates, where a 303 goes, the request id. */
    static final String EXPOSED = "ETag, Link, Location, Content-Location, Retry-After, " + RequestIds.HEADER;
    /** How long a browser may keep a preflight's answer (Chromium keeps it two hours at most). */
    static final String MAX_AGE = "86400";

    private static final PreEncodedHttpField ALLOW_ANY = new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, ANY);
    private static final PreEncodedHttpField EXPOSE = new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
    private static final PreEncodedHttpField VARY_ORIGIN = new PreEncodedHttpField(HttpHeader.VARY, HttpHeader.ORIGIN.asString());

    /** The origins allowed, or empty for any. */
    private final Set<String> origins;

    /** {@code origins}: each {@code scheme://host[:port]}, or {@code *} (or nothing) for any. */
    CrossOrigin(List<String> origins) {
        this.origins = origins.contains(ANY) ? Set.of() : Set.copyOf(origins);
    }

    /** {@code origin} as an allowed origin: {@code *}, or a scheme and host (and port) with nothing after; else refused. */
    static String originOf(String origin) {
        String o = origin.strip();
        if (o.equals(ANY)) return o;
        try {
            URI u = new URI(o);
            if (u.getScheme() != null && u.getHost() != null && u.getRawUserInfo() == null && u.getRawPath().isEmpty()
                    && u.getRawQuery() == null && u.getRawFragment() == null)
                return o.toLowerCase(Locale.ROOT);   // as browsers send it
        } catch (URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException(origin + " is not an origin such as https://example.org");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        boolean allowed;
        if (origins.isEmpty()) {
            headers.put(ALLOW_ANY);
            allowed = true;
        } else {
            headers.add(VARY_ORIGIN);
            allowed = origin != null && origins.contains(origin);
            if (allowed) headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
        if (origin != null && HttpMethod.OPTIONS.is(request.getMethod()) && request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD)) {
            // A preflight: answered here, never passed to a route. An origin not allowed gets no grant.
            if (allowed) {
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, HEADERS);
                headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
            }
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
            return true;
        }
        if (allowed) headers.put(EXPOSE);
        return super.handle(request, response, callback);
    }
}
