package org.papergraph.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every error answer the server gives through {@code sendError} (a servlet's 404, 405, 406, the query cap's 503,
 * Jetty's own 400s): papergraph's page for a browser, the message as plain text for anyone else, never cached, and
 * varying by Accept since the body does. Fuseki writes its SPARQL errors itself, as text, and they stay as they are.
 */
final class ErrorAnswer extends ErrorHandler {
    /** Messages are one line; a request's own text repeated into one is cut short. */
    private static final int MAX_MESSAGE = 500;

    ErrorAnswer() { setCacheControl("no-store"); }

    /** Whatever the method, the answer says what went wrong. */
    @Override
    public boolean errorPageForMethod(String method) { return true; }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String why = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        if (why.length() > MAX_MESSAGE) why = why.substring(0, MAX_MESSAGE) + "…";
        boolean html = wantsPage(request.getHeaders().get(HttpHeader.ACCEPT));
        String body = html ? ErrorPage.render(code, why, request.getHttpURI().getPath()) : why + "\n";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.VARY, "Accept");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** A page for a browser (or a client that says nothing); text for a client asking for data. */
    private static boolean wantsPage(String accept) {
        return DocFormat.negotiate(accept).map(f -> f == DocFormat.HTML).orElse(false);
    }
}
