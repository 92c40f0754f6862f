package org.papergraph.server;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A route that only reads: GET and HEAD, and every other method a 405 (HttpServlet would echo a TRACE and answer
 * OPTIONS itself).
 */
abstract class ReadOnlyServlet extends HttpServlet {
    static final String ALLOW = "GET, HEAD";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String method = req.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            super.service(req, resp);
            return;
        }
        resp.setHeader("Allow", ALLOW);
        refuse(req, resp);
    }

    /**
     * Describes the URLs this route answers, for {@code /openapi.json} ({@link OpenApiServlet}): every route says
     * what it serves beside the code that serves it.
     */
    abstract void describe(ApiPaths api);

    /** The answer to a method other than GET and HEAD (Allow is set): 405. */
    protected void refuse(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendError(405, req.getMethod() + " is not allowed here: this server only reads (" + ALLOW + ")");
    }
}
