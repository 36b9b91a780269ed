package org.w3id.newsgraph.server;

/** The server could not start. The message is one line for the user; the cause keeps the detail. */
public class ServerException extends RuntimeException {
    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
