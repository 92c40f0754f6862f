package org.papergraph.server;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.papergraph.rdf.Iris;
import org.papergraph.store.SourceRecord;

/**
 * The store's load generation: what its sources were at the last load, which only a load in the serving process
 * can change (the server holds the store's lock). Every document's ETag and Last-Modified come from it, so clients
 * and caches revalidate with a 304 and no work, and fetch anew once a load moves the generation on.
 * <p>
 * Both come from the content alone, never from when or in what order it was loaded: the tag from each source's
 * graph and SHA-256 and papergraph's version, Last-Modified from the newest source's version time (its commit's or
 * file's, see {@code load.SourceVersion}). So replicas loaded from the same files answer alike, and a cache in front
 * may revalidate against any of them. Dropping the newest source moves Last-Modified back; the tag moves on too, and
 * {@code If-None-Match}, which caches send with {@code If-Modified-Since}, is the one that counts.
 */
record Generation(String tag, Instant lastModified) {
    private static final String PAPERGRAPH = OpenApiServlet.version();

    static Generation of(List<SourceRecord> sources) {
        StringBuilder all = new StringBuilder("papergraph ").append(PAPERGRAPH).append('\n');
        sources.stream().sorted(Comparator.comparing(r -> r.source().getURI()))
                .forEach(r -> all.append(r.source().getURI()).append(' ').append(r.sha256()).append('\n'));
        Instant last = sources.stream().map(r -> parse(r.modified())).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        return new Generation(Iris.hash(all.toString(), 16), last);
    }

    private static Instant parse(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /**
     * Stamps a response with the validators of one variant ({@code html}, {@code ttl}, or a page's own key), and
     * answers 304 when the request already holds it. Returns true when the caller should write nothing more. Call it
     * only once the resource is known to exist and the request to be valid: {@code If-None-Match: *} matches anything.
     */
    boolean notModified(HttpServletRequest req, HttpServletResponse resp, String variant) {
        return notModified(req, resp, variant, true);
    }

    /**
     * The same, for an answer whose bytes follow the store's order (a SPARQL answer, a dump): replicas give it in
     * other orders or with other blank node labels, so its ETag is weak ({@code W/}), equal in meaning, not in bytes.
     */
    boolean notModified(HttpServletRequest req, HttpServletResponse resp, String variant, boolean sameBytes) {
        String etag = "\"" + tag + "-" + variant + "\"";
        resp.setHeader("ETag", sameBytes ? etag : "W/" + etag);
        resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        resp.setHeader("Cache-Control", "public, max-age=300");
        String ifNoneMatch = req.getHeader("If-None-Match");
        boolean match;
        if (ifNoneMatch != null) {
            match = ifNoneMatch.trim().equals("*") || List.of(ifNoneMatch.split("\\s*,\\s*")).stream()
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals);
        } else {
            long since = ifModifiedSince(req);
            match = since >= 0 && lastModified.toEpochMilli() / 1000 <= since / 1000;
        }
        if (match) resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return match;
    }

    private static long ifModifiedSince(HttpServletRequest req) {
        try {
            return req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
