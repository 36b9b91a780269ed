package org.w3id.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The request-size limit, in front of every endpoint: a body larger than {@code --max-request} gets 413 before
 * anything parses it. A declared {@code Content-Length} over the limit is refused unread; a chunked body is read
 * up to the limit (no more is ever held) and handed on whole, or refused when it goes over. A compressed body
 * ({@code Content-Encoding}) is refused (415): Fuseki would inflate it without limit. Paths with a limit of their
 * own (the article upload's {@code --max-upload}) pass untouched.
 *
 * <p>Before a refusal, what is left of a body up to {@value #DRAIN} bytes is read and dropped: closing a socket
 * with unread data makes TCP reset the connection, and the client would lose the 413 it was sent. A larger body
 * is not waited for; the connection closes.
 */
final class RequestLimits extends Handler.Wrapper {
    static final long DRAIN = 16L * 1024 * 1024;

    private final long maxRequest;
    private final List<String> exempt;

    RequestLimits(Handler next, long maxRequest, List<String> exempt) {
        super(next);
        this.maxRequest = maxRequest;
        this.exempt = List.copyOf(exempt);
    }

    static String tooLarge(long limit) {
        return "the request body is larger than " + limit + " bytes (the server's --max-request)";
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (exempt.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            return super.handle(request, response, callback);
        }
        String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            return refuse(request, response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415,
                    "compressed request bodies (Content-Encoding: " + encoding.strip() + ") are not accepted");
        }
        long length = request.getLength();
        if (length > maxRequest) {
            return refuse(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, tooLarge(maxRequest));
        }
        if (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            // not closed here: closing it before the end would fail the request's content
            InputStream in = Content.Source.asInputStream(request);
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequest + 1));
            if (body.length > maxRequest) {
                return refuse(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, tooLarge(maxRequest));
            }
            return super.handle(new Buffered(request, body), response, callback);
        }
        return super.handle(request, response, callback);
    }

    /** A one-line plain-text refusal, after the rest of a not too large body has been read and dropped. */
    private static boolean refuse(Request request, Response response, Callback callback, int status, String message)
            throws IOException {
        // a client that waits for "100 Continue" has not sent its body, and must not be asked for it now
        boolean waiting = request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
        boolean drained = !waiting && request.getLength() <= DRAIN && drain(Content.Source.asInputStream(request));
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        if (!drained) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        Content.Sink.write(response, true, message + "\n", callback);
        return true;
    }

    /** Reads and drops up to {@value #DRAIN} bytes; true when the body ended within them. */
    static boolean drain(InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long left = DRAIN;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            left -= n;
            if (left < 0) {
                return false;
            }
        }
        return true;
    }

    /** A request whose chunked body was read here: it now has that content and a Content-Length. */
    private static final class Buffered extends Request.Wrapper {
        private final Content.Source content;
        private final long length;
        private final HttpFields headers;

        Buffered(Request request, byte[] body) {
            super(request);
            this.content = Content.Source.from(ByteBuffer.wrap(body));
            this.length = body.length;
            this.headers = HttpFields.build(request.getHeaders()).remove(HttpHeader.TRANSFER_ENCODING)
                    .put(HttpHeader.CONTENT_LENGTH, length).asImmutable();
        }

        @Override
        public HttpFields getHeaders() {
            return headers;
        }

        @Override
        public long getLength() {
            return length;
        }

        @Override
        public Content.Chunk read() {
            return content.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            content.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            content.fail(failure);
        }
    }
}
