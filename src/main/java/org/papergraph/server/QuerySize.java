package org.papergraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A limit on query text, checked first of all, before a request takes a turn under the {@link QueryLimit}: ARQ's
 * parser is quadratic (16 MB took 107 s, before the timeout starts), and nothing else bounds a body. A longer
 * query is refused at once: 413 in a body ({@code application/sparql-query} or a form's {@code query=}), 414 in
 * the URL. No request here needs a bigger body than a form-encoded query. A query's body is read whole here,
 * before it takes a turn (a form's, by {@code getParameter}), so a slow client cannot hold the cap.
 */
final class QuerySize implements Filter {
    private final int maxBytes;

    QuerySize(int maxBytes) { this.maxBytes = maxBytes; }

    /** The longest body or URL query string: the longest query, form-encoded (a byte is at most three characters). */
    int maxEncoded() { return 3 * maxBytes + 4096; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) resp;
        long length = http.getContentLengthLong();
        String queryString = http.getQueryString();
        if (length > maxEncoded()) {
            refuse(http, out, 413, "body");
            return;
        }
        if (queryString != null && queryString.length() > maxEncoded()) {
            refuse(http, out, 414, "URL");
            return;
        }
        String type = http.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/sparql-query")) {
            if (length > maxBytes) {
                refuse(http, out, 413, "body");
                return;
            }
            // Read here, before the query takes a turn under the cap: a client trickling its body holds a thread,
            // not a turn. Of unknown length, it is read up to the limit and no further.
            byte[] body = http.getInputStream().readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                refuse(http, out, 413, "body");
                return;
            }
            http = new Buffered(http, body);
        }
        String query = http.getParameter("query");
        if (query != null && query.length() > maxBytes / 3 && query.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            boolean inUrl = queryString != null && queryString.contains("query=");
            refuse(http, out, inUrl ? 414 : 413, inUrl ? "URL" : "body");
            return;
        }
        chain.doFilter(http, resp);
    }

    /** The most of a refused body read and dropped, so that its client can read the refusal. */
    static final long DRAINED = 32L << 20;

    private void refuse(HttpServletRequest in, HttpServletResponse out, int status, String where) throws IOException {
        // A client sending its body reads no answer before it is sent (java.net.http, for one): closing on an unread
        // body would give it a reset connection instead of this answer. A larger body ends the connection.
        if (in.getInputStream().skip(DRAINED) >= DRAINED || in.getInputStream().read() >= 0) out.setHeader("Connection", "close");
        // Written here, not by sendError: Jetty's error page would echo (and log) the whole oversized URL.
        out.setStatus(status);
        out.setContentType("text/plain; charset=utf-8");
        out.getWriter().println("The query in the " + where + " is longer than this server's limit of " + maxBytes + " bytes");
    }

    /** A request whose body was read to check its length, given again to whoever reads it next. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public long getContentLengthLong() { return body.length; }

        @Override
        public int getContentLength() { return body.length; }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() { return in.read(); }

                @Override
                public int read(byte[] b, int off, int len) { return in.read(b, off, len); }

                @Override
                public boolean isFinished() { return in.available() == 0; }

                @Override
                public boolean isReady() { return true; }

                @Override
                public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException("read synchronously"); }
            };
        }
    }
}
