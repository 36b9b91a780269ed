package org.w3id.newsgraph.cli;

import java.util.concurrent.Callable;

import org.w3id.newsgraph.server.ServerConfig;
import org.w3id.newsgraph.store.NewsStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code up}: build, then serve. The README's run command. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Build the articles (default: seeds/) into the store, then serve it.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerConfig config;
        try {
            config = server.config(spec);
        } catch (picocli.CommandLine.ParameterException e) {
            return ServerOptions.usageError(spec, e);
        }
        NewsStore s = NewsStore.open(store.dir());
        int built;
        try {
            built = BuildCommand.build(s, input, store.dir(), spec);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        if (built != Main.OK && s.articles().isEmpty()) {
            s.close();
            return built;
        }
        return ServeCommand.serve(s, config, spec);
    }
}
