package org.w3id.newsgraph.store;

/**
 * A store could not be opened or written. The message is one line meant for the user (the CLI prints it as is);
 * the cause, when there is one, keeps the technical detail for {@code --verbose}.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
