package org.w3id.newsgraph.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every error body Jetty writes (an exception escaping a servlet, a {@code sendError}, a malformed request) as one
 * line of plain text: the message, never an HTML page or a stack trace. The full exception goes to the log.
 */
final class OneLineErrors extends ErrorHandler {
    /** Jetty writes error bodies for GET, POST and HEAD only; a failed DELETE or PUT deserves its line too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        Content.Sink.write(response, true, line(code, message, cause) + "\n", callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        return ByteBuffer.wrap((line(status, reason, null) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The cause's own message when there is one (not its class name), else the message, else the status text. */
    static String line(int code, String message, Throwable cause) {
        String m = cause != null && cause.getMessage() != null ? cause.getMessage() : message;
        if (m == null || m.isBlank()) {
            m = HttpStatus.getMessage(code);
        }
        String one = Json.oneLine(m);
        return code >= 500 && cause != null ? "internal error: " + one : one;
    }
}
