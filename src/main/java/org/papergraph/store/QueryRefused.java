package org.papergraph.store;

/**
 * What a query asked of the store's index cannot be answered as asked (too many words, a word too short to
 * expand): the asker's fault, answered as a bad request (HTTP 400, a usage error on the command line), not a failure.
 */
public final class QueryRefused extends IllegalArgumentException {
    public QueryRefused(String message) { super(message); }
}
