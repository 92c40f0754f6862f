package org.papergraph;

import org.apache.jena.query.ARQ;
import org.apache.jena.sys.JenaSystem;
import org.papergraph.rdf.OfflineJsonLd;

/**
 * papergraph's process-wide set-up, in one place: Jena initialised, JSON-LD read offline ({@link OfflineJsonLd}), and
 * SERVICE off in ARQ's global context (no query calls out to another endpoint). The command line, the server and the
 * store call {@link #init()}; it runs once, whichever comes first and from whatever thread.
 * <p>
 * What depends on one store stays with the store: the search property functions, named in the store's base, and the
 * node-file patch on its TDB2 dataset are put in place when {@code Store} opens it.
 */
public final class Setup {
    private Setup() {}

    private static volatile boolean done;

    /** Does the global set-up, once; later calls return at once. */
    public static void init() {
        if (done) return;
        synchronized (Setup.class) {
            if (done) return;
            JenaSystem.init();
            OfflineJsonLd.install();
            ARQ.getContext().set(ARQ.httpServiceAllowed, false);
            done = true;
        }
    }
}
