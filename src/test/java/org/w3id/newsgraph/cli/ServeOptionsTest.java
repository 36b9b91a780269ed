package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void updateWithoutPasswordIsRefused() {
        Cli r = Cli.run("serve", "--store", tmp.resolve("db").toString(), "--update", "--port", "0");
        assertEquals(2, r.exit(), r.err());
        assertEquals("newsgraph: --update needs a password: give --password-file FILE or set NEWSGRAPH_PASSWORD",
                r.err().strip());
        Cli missing = Cli.run("serve", "--store", tmp.resolve("db").toString(), "--update", "--password-file",
                tmp.resolve("none").toString());
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().startsWith("newsgraph: cannot read password file "), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }

    @Test
    void requestLimitAndServiceComeFromTheOptions() {
        ServeCommand serve = new ServeCommand();
        picocli.CommandLine cl = new picocli.CommandLine(serve);
        cl.parseArgs("--store", tmp.resolve("db").toString());
        assertEquals(10L * 1024 * 1024, serve.server.config(cl.getCommandSpec()).maxRequest());
        assertEquals(false, serve.server.config(cl.getCommandSpec()).allowService());
        cl.parseArgs("--store", tmp.resolve("db").toString(), "--max-request", "65536", "--allow-service");
        assertEquals(65536, serve.server.config(cl.getCommandSpec()).maxRequest());
        assertEquals(true, serve.server.config(cl.getCommandSpec()).allowService());
        Cli bad = Cli.run("serve", "--store", tmp.resolve("db").toString(), "--max-request", "0");
        assertEquals(2, bad.exit(), bad.err());
        assertEquals("newsgraph: the request limit must be between 1 byte and 2 GiB: 0", bad.err().strip());
    }

    @Test
    void theServerListensOnLoopbackUnlessHostSaysOtherwise() {
        ServeCommand serve = new ServeCommand();
        picocli.CommandLine cl = new picocli.CommandLine(serve);
        cl.parseArgs("--store", tmp.resolve("db").toString());
        assertEquals("127.0.0.1", serve.server.config(cl.getCommandSpec()).host());
        assertEquals(3030, serve.server.config(cl.getCommandSpec()).port());
        cl.parseArgs("--store", tmp.resolve("db").toString(), "--host", "0.0.0.0");
        assertEquals("0.0.0.0", serve.server.config(cl.getCommandSpec()).host());
    }
}
