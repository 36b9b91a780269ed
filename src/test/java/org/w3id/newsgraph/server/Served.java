package org.w3id.newsgraph.server;

import java.nio.file.Path;

import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.store.NewsStore;

/** A real server on a free port over a real store, for the HTTP tests; {@link #close()} stops both. */
record Served(NewsStore store, NewsServer server) implements AutoCloseable {
    static final String USER = "editor";
    static final String PASSWORD = "pw";
    /** The Authorization header of the user {@link #writable()} lets write. */
    static final String AUTH = Http.basic(USER, PASSWORD);

    /** Port 0, the defaults, and writes open to {@link #USER}. */
    static ServerConfig writable() {
        return ServerConfig.defaults().withPort(0).withUpdates(new AuthConfig(USER, PASSWORD));
    }

    /** Starts a server over {@code store} with the standard prepared queries. */
    static Served start(NewsStore store, ServerConfig config) {
        return start(store, config, QueryCatalog.standard(Path.of("").toAbsolutePath()));
    }

    static Served start(NewsStore store, ServerConfig config, QueryCatalog catalog) {
        return new Served(store, new NewsServer(store, config, catalog).start());
    }

    /** Stops the server, then closes the store. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }
}
