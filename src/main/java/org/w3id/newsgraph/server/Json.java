package org.w3id.newsgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import jakarta.servlet.http.HttpServletResponse;

/** JSON answers (Jena's {@code atlas.json} does the quoting), including the one-line error body. */
final class Json {
    static final String MEDIA_TYPE = "application/json";

    private Json() {
    }

    /** Sends {@code value} as UTF-8 JSON with the given status. */
    static void send(HttpServletResponse resp, int status, JsonValue value) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        JSON.write(buf, value);
        buf.write('\n');
        resp.setStatus(status);
        resp.setContentType(MEDIA_TYPE);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLength(buf.size());
        try (OutputStream out = resp.getOutputStream()) {
            buf.writeTo(out);
        }
    }

    /** Sends {@code {"error": message}} (the message reduced to one line) with the given status. */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put("error", oneLine(message));
        send(resp, status, o);
    }

    static String oneLine(String message) {
        String m = message == null || message.isBlank() ? "error" : message;
        return m.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
