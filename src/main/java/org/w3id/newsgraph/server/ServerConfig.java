package org.w3id.newsgraph.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the SPARQL server listens.
 *
 * @param host    interface to bind; {@code 127.0.0.1} (the default) keeps the server local, {@code 0.0.0.0}
 *                opens it to the network
 * @param port    TCP port, default {@value #DEFAULT_PORT}; 0 picks a free one
 * @param timeout the longest a query may run before it is cancelled, default 30 s
 */
public record ServerConfig(String host, int port, Duration timeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** 127.0.0.1:3030, 30 s timeout. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, timeout);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, timeout);
    }

    public ServerConfig withTimeout(Duration newTimeout) {
        return new ServerConfig(host, port, newTimeout);
    }
}
