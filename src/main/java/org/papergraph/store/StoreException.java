package org.papergraph.store;

/** A store that cannot be used as asked: in use, another base, not a papergraph store. One line for the user. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
}
