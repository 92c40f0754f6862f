package org.papergraph;

import org.apache.jena.query.ARQ;
import org.apache.jena.sys.JenaSystem;
import org.papergraph.rdf.OfflineJsonLd;

/**
 * papergraph's process-wide set-up, in one place: Jena initialised, JSON-LD read offline ({@link OfflineJsonLd}), and
 * SERVICE off in ARQ's global context (no query calls out to another endpoint). The command line, the server and the
 * store call {@link #init()}; it runs once, whichever comes first and from whatever thread.
 * <p>
 * What belongs to the store stays with it: {@code Store} registers papergraph's property functions (under their fixed
 * IRIs, once per process) and puts the node-file patch on each TDB2 dataset it opens.
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
