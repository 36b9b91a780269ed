package org.w3id.newsgraph.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the server listens, and what it allows.
 *
 * @param host      interface to bind; {@code 127.0.0.1} (the default) keeps the server local, {@code 0.0.0.0}
 *                  opens it to the network
 * @param port      TCP port, default {@value #DEFAULT_PORT}; 0 picks a free one
 * @param timeout   the longest a query or update may take, parsing included, before it is cancelled (503),
 *                  default 30 s
 * @param maxRows   the most result rows a SPARQL or prepared query returns (a LIMIT is imposed), default
 *                  {@value #DEFAULT_MAX_ROWS}
 * @param maxUpload the largest article accepted by {@code POST /newsgraph/articles}, in bytes, default 5 MiB
 * @param maxRequest the largest request body of every other endpoint (queries, updates, Graph Store), in bytes,
 *                  default 10 MiB; larger ones get 413 before they are read
 * @param allowService whether SPARQL may fetch other URLs ({@code SERVICE} in queries and updates, {@code LOAD}
 *                  in updates); off by default, so an anonymous query cannot make the server fetch a URL
 * @param auth      present: updates, Graph Store writes and article uploads are open to this user (HTTP basic
 *                  authentication); empty: the server is read-only
 */
public record ServerConfig(String host, int port, Duration timeout, long maxRows, long maxUpload, long maxRequest,
                           boolean allowService, Optional<AuthConfig> auth) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 10_000;
    public static final long DEFAULT_MAX_UPLOAD = 5L * 1024 * 1024;
    public static final long DEFAULT_MAX_REQUEST = 10L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(auth, "auth");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("the row cap must be at least 1: " + maxRows);
        }
        if (maxUpload < 1) {
            throw new IllegalArgumentException("the upload limit must be at least 1 byte: " + maxUpload);
        }
        if (maxRequest < 1 || maxRequest > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the request limit must be between 1 byte and 2 GiB: " + maxRequest);
        }
    }

    /** Read-only, with the default row cap and size limits, no {@code SERVICE}. */
    public ServerConfig(String host, int port, Duration timeout) {
        this(host, port, timeout, DEFAULT_MAX_ROWS, DEFAULT_MAX_UPLOAD, DEFAULT_MAX_REQUEST, false, Optional.empty());
    }

    /** 127.0.0.1:3030, 30 s timeout, 10000 rows, read-only. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT);
    }

    /** True when updates and uploads are allowed (to the authenticated user). */
    public boolean updatable() {
        return auth.isPresent();
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, timeout, maxRows, maxUpload, maxRequest, allowService, auth);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, timeout, maxRows, maxUpload, maxRequest, allowService, auth);
    }

    public ServerConfig withTimeout(Duration newTimeout) {
        return new ServerConfig(host, port, newTimeout, maxRows, maxUpload, maxRequest, allowService, auth);
    }

    public ServerConfig withMaxRows(long newMaxRows) {
        return new ServerConfig(host, port, timeout, newMaxRows, maxUpload, maxRequest, allowService, auth);
    }

    public ServerConfig withMaxUpload(long newMaxUpload) {
        return new ServerConfig(host, port, timeout, maxRows, newMaxUpload, maxRequest, allowService, auth);
    }

    public ServerConfig withMaxRequest(long newMaxRequest) {
        return new ServerConfig(host, port, timeout, maxRows, maxUpload, newMaxRequest, allowService, auth);
    }

    /** Lets SPARQL fetch other URLs ({@code SERVICE}, {@code LOAD}). */
    public ServerConfig withAllowService(boolean allow) {
        return new ServerConfig(host, port, timeout, maxRows, maxUpload, maxRequest, allow, auth);
    }

    /** Opens updates and uploads to {@code newAuth}'s user. */
    public ServerConfig withUpdates(AuthConfig newAuth) {
        return new ServerConfig(host, port, timeout, maxRows, maxUpload, maxRequest, allowService,
                Optional.of(newAuth));
    }
}
