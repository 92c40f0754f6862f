package org.papergraph.server;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every request's id, sent back as {@code X-Request-Id} and written in its access-log line, so that a client's
 * complaint finds its line. A reverse proxy's id is kept when it looks like one (a short token); otherwise the id is
 * this server's: a random prefix per server, so that restarts do not repeat ids, and a counter.
 */
final class RequestIds extends Handler.Wrapper {
    static final String HEADER = "X-Request-Id";
    /** The request attribute the access log reads the id from (a route may reset the response's headers). */
    static final String ATTRIBUTE = "papergraph.requestId";
    private static final Pattern GIVEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final String prefix = Long.toString(new SecureRandom().nextLong() >>> 28, 36) + "-";
    private final AtomicLong next = new AtomicLong();

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String id = request.getHeaders().get(HEADER);
        if (id == null || !GIVEN.matcher(id).matches()) id = prefix + Long.toString(next.incrementAndGet(), 36);
        request.setAttribute(ATTRIBUTE, id);
        response.getHeaders().put(HEADER, id);
        return super.handle(request, response, callback);
    }
}
