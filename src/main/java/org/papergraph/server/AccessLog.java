package org.papergraph.server;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.ContainerLifeCycle;

/**
 * The access log: one line per request, once it is answered, with its request id ({@link RequestIds}). NCSA's
 * extended format by Jetty's CustomRequestLog, then the milliseconds taken and the id; or JSON lines, one object a
 * request, for log pipelines (CustomRequestLog would not escape what a client sends for JSON).
 */
public final class AccessLog {
    public enum Format { NCSA, JSON }

    /** NCSA's extended format, then the time taken in milliseconds and the request id. */
    static final String NCSA = CustomRequestLog.EXTENDED_NCSA_FORMAT + " %{ms}T %{" + RequestIds.ATTRIBUTE + "}attr";

    private AccessLog() {}

    /** The log in {@code format}, each line handed to {@code writer}. */
    static RequestLog of(Format format, RequestLog.Writer writer) {
        return format == Format.NCSA ? new CustomRequestLog(writer, NCSA) : new JsonLines(writer);
    }

    /**
     * A request as a JSON object on one line: {@code time}, {@code id}, {@code client}, {@code method}, {@code uri},
     * {@code protocol}, {@code status}, {@code bytes}, {@code ms}, and {@code referer} and {@code agent} when sent.
     */
    private static final class JsonLines extends ContainerLifeCycle implements RequestLog {
        private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());
        private final RequestLog.Writer writer;

        JsonLines(RequestLog.Writer writer) {
            this.writer = writer;
            addBean(writer);
        }

        @Override
        public void log(Request request, Response response) {
            StringWriter line = new StringWriter(256);
            try (JsonGenerator json = JSON.createGenerator(line)) {
                json.writeStartObject()
                        .write("time", Instant.ofEpochMilli(Request.getTimeStamp(request)).toString())
                        .write("id", String.valueOf(request.getAttribute(RequestIds.ATTRIBUTE)))
                        .write("client", String.valueOf(Request.getRemoteAddr(request)))
                        .write("method", String.valueOf(request.getMethod()))
                        .write("uri", request.getHttpURI() == null ? "-" : String.valueOf(request.getHttpURI().getPathQuery()))
                        .write("protocol", String.valueOf(request.getConnectionMetaData().getProtocol()))
                        .write("status", response.getStatus())
                        .write("bytes", Response.getContentBytesWritten(response))
                        .write("ms", TimeUnit.NANOSECONDS.toMillis(NanoTime.since(request.getBeginNanoTime())));
                optional(json, "referer", request.getHeaders().get(HttpHeader.REFERER));
                optional(json, "agent", request.getHeaders().get(HttpHeader.USER_AGENT));
                json.writeEnd();
            }
            try {
                writer.write(line.toString());
            } catch (IOException e) {
                // a log that cannot be written loses its line, never the answer
            }
        }

        private static void optional(JsonGenerator json, String name, String value) {
            if (value != null) json.write(name, value);
        }
    }
}
