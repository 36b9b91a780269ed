package org.w3id.newsgraph.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Requests against a running test server; one fresh client (and connection) per request. */
final class Http {
    private Http() {
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpResponse<byte[]> sendBytes(HttpRequest request) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return send(request(url).header("Accept", accept).GET().build());
    }

    static HttpResponse<String> post(String url, String contentType, String body, String auth) throws Exception {
        HttpRequest.Builder b = request(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return send(b.build());
    }

    static HttpResponse<String> postBytes(String url, byte[] body, String auth) throws Exception {
        HttpRequest.Builder b = request(url).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return send(b.build());
    }

    static HttpResponse<String> delete(String url, String auth) throws Exception {
        HttpRequest.Builder b = request(url).DELETE();
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return send(b.build());
    }
}
