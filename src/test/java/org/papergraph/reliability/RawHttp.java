package org.papergraph.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP/1.1 written byte for byte on a socket to the loopback address, for what java.net.http will not send: paths
 * it would normalise or refuse, odd methods, oversized heads. One request per connection, its reply read to the end
 * or to a bound (time and bytes).
 */
final class RawHttp {
    static final int MAX_REPLY = 1 << 20;

    /** A reply: its status (-1 when the server closed the connection without one), head and body as text. */
    record Reply(int status, String text) {
        String body() {
            int i = text.indexOf("\r\n\r\n");
            return i < 0 ? "" : text.substring(i + 4);
        }
    }

    private RawHttp() {}

    /** Sends {@code method target} with the given extra header lines (each without CRLF) and body. */
    static Reply request(int port, String method, String target, String body, String... headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        for (String h : headers) head.append(h).append("\r\n");
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) head.append("Content-Length: ").append(content.length).append("\r\n");
        head.append("\r\n");
        return exchange(port, head.toString().getBytes(StandardCharsets.ISO_8859_1), content, Duration.ofSeconds(15));
    }

    /** Writes {@code head} and {@code body} as given, then reads the reply for at most {@code timeout}. */
    static Reply exchange(int port, byte[] head, byte[] body, Duration timeout) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                out.write(body);
                out.flush();
            } catch (IOException refusedMidWay) {
                // a server may answer and close before an oversized request is all written: read what it said
            }
            return read(socket.getInputStream(), System.nanoTime() + timeout.toNanos());
        } catch (IOException e) {
            return new Reply(-1, e.toString());
        }
    }

    private static Reply read(InputStream in, long deadline) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; got.size() < MAX_REPLY && System.nanoTime() < deadline && (n = in.read(buf)) >= 0; )
                got.write(buf, 0, n);
        } catch (SocketTimeoutException e) {
            // bounded: what came within the time is the reply
        } catch (IOException reset) {
            // a reset after the reply still leaves the reply read so far
        }
        String text = got.toString(StandardCharsets.ISO_8859_1);
        return new Reply(status(text), text);
    }

    private static int status(String text) {
        if (!text.startsWith("HTTP/1.")) return -1;
        int sp = text.indexOf(' ');
        try {
            return Integer.parseInt(text.substring(sp + 1, sp + 4));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
