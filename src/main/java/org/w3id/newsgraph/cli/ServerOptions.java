package org.w3id.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.w3id.newsgraph.server.AuthConfig;
import org.w3id.newsgraph.server.ServerConfig;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Host, port, limits and write access of the embedded server, shared by serve and up. */
final class ServerOptions {
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Longest a query or update may take, parsing included, in seconds (default: "
                    + "${DEFAULT-VALUE}); then 503.")
    int timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "10000", paramLabel = "N",
            description = "Most result rows a query returns (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-upload", defaultValue = "5242880", paramLabel = "BYTES",
            description = "Largest article accepted by POST /newsgraph/articles (default: ${DEFAULT-VALUE}, 5 MiB).")
    long maxUpload;

    @Option(names = "--max-request", defaultValue = "10485760", paramLabel = "BYTES",
            description = "Largest request body of the SPARQL, update and Graph Store endpoints (default: "
                    + "${DEFAULT-VALUE}, 10 MiB); larger ones get 413.")
    long maxRequest;

    @Option(names = "--allow-service",
            description = "Let SPARQL fetch other URLs: SERVICE in queries and updates, LOAD in updates. Off by "
                    + "default, so no query can make the server request a URL.")
    boolean allowService;

    @Option(names = "--update",
            description = "Open SPARQL Update (/newsgraph/update), Graph Store writes (/newsgraph/data) and article "
                    + "upload (/newsgraph/articles) to one user with HTTP basic authentication; needs "
                    + "--password-file or " + AuthConfig.ENV + ".")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File holding 'user:password', or a password for user '" + AuthConfig.DEFAULT_USER
                    + "' (else the environment variable " + AuthConfig.ENV + ").")
    Path passwordFile;

    /** Reports a bad server option in one line (no usage text) and returns the usage exit code, 2. */
    static int usageError(CommandSpec spec, ParameterException e) {
        spec.commandLine().getErr().println("newsgraph: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return 2;
    }

    /** The server configuration; a usage error (one line) for a bad value or --update without a password. */
    ServerConfig config(CommandSpec spec) {
        ServerConfig c;
        try {
            c = new ServerConfig(host, port, Duration.ofSeconds(timeoutSeconds), maxRows, maxUpload, maxRequest,
                    allowService, Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!update) {
            if (passwordFile != null) {
                throw new ParameterException(spec.commandLine(), "--password-file is only used with --update");
            }
            return c;
        }
        Optional<AuthConfig> auth;
        try {
            auth = AuthConfig.load(Optional.ofNullable(passwordFile), System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (auth.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--update needs a password: give --password-file FILE "
                    + "or set " + AuthConfig.ENV);
        }
        return c.withUpdates(auth.get());
    }
}
