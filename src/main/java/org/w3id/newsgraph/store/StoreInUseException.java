package org.w3id.newsgraph.store;

/** The store directory is locked by another process (a running server, another build). */
public final class StoreInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
