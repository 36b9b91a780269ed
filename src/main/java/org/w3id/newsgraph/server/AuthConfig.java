package org.w3id.newsgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one user allowed to change the graph over HTTP (basic authentication). The password is read from a file
 * or the environment, never from the command line (where {@code ps} and shell history would show it), and is
 * never printed: {@link #toString()} hides it.
 *
 * @param user     the user name
 * @param password the password, not blank
 */
public record AuthConfig(String user, String password) {
    /** The user when the secret names none. */
    public static final String DEFAULT_USER = "admin";
    /** The environment variable read when no password file is given. */
    public static final String ENV = "NEWSGRAPH_PASSWORD";

    public AuthConfig {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("bad user name '" + user + "'");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("the password is empty");
        }
    }

    /**
     * Reads {@code user:password}, or a bare password for {@value #DEFAULT_USER}. Surrounding white space and
     * the trailing newline of a file are ignored.
     */
    public static AuthConfig parse(String secret) {
        String s = secret.strip();
        int colon = s.indexOf(':');
        if (colon < 0) {
            return new AuthConfig(DEFAULT_USER, s);
        }
        return new AuthConfig(s.substring(0, colon).strip(), s.substring(colon + 1));
    }

    /**
     * The credentials from {@code passwordFile} when given, else from the environment variable {@value #ENV};
     * empty when neither is set.
     *
     * @throws IllegalArgumentException one line: the file cannot be read or holds no password
     */
    public static Optional<AuthConfig> load(Optional<Path> passwordFile, Map<String, String> env) {
        if (passwordFile.isPresent()) {
            Path f = passwordFile.get();
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read password file " + f + ": " + e.getMessage(), e);
            }
            try {
                return Optional.of(parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("password file " + f + ": " + e.getMessage(), e);
            }
        }
        String v = env.get(ENV);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(v));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENV + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "AuthConfig[user=" + user + ", password=***]";
    }
}
