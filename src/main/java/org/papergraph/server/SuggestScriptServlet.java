package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.papergraph.server.html.Html;

/**
 * {@code /search/suggest.js}: papergraph's own few lines of script, which fill the search box's suggestions from
 * {@link SuggestServlet} as one types; served from the jar, never from elsewhere. Nothing needs it.
 */
final class SuggestScriptServlet extends ReadOnlyServlet {
    static final String PATH = Html.SUGGEST_SCRIPT;

    private final Site site;
    private final byte[] body;
    private final String tag;

    SuggestScriptServlet(Site site) {
        this.site = site;
        try (InputStream in = SuggestScriptServlet.class.getResourceAsStream("suggest.js")) {
            if (in == null) throw new IllegalStateException("suggest.js is missing from the jar");
            this.body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.tag = "script-" + Integer.toHexString(java.util.Arrays.hashCode(body)); // a new script, a new validator
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (site.generation().notModified(req, resp, tag)) return;
        resp.setContentType("text/javascript; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    @Override
    void describe(ApiPaths api) {
        api.get(PATH, "The search box's script: it fills the suggestions (the pages work without it)")
                .answers(200, "The script", java.util.List.of("text/javascript"));
    }
}
