package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthConfigTest {
    @TempDir
    Path tmp;

    @Test
    void userAndPasswordOrPasswordAlone() {
        assertEquals(new AuthConfig("editor", "s3cret:x"), AuthConfig.parse("editor:s3cret:x\n"));
        assertEquals(new AuthConfig("admin", "s3cret"), AuthConfig.parse("  s3cret\n"));
        assertThrows(IllegalArgumentException.class, () -> AuthConfig.parse("\n"));
        assertThrows(IllegalArgumentException.class, () -> AuthConfig.parse("editor:"));
    }

    @Test
    void fileFirstThenEnvironment() throws Exception {
        Path f = tmp.resolve("pw");
        Files.writeString(f, "editor:from-file\n");
        Map<String, String> env = Map.of(AuthConfig.ENV, "from-env");
        assertEquals(Optional.of(new AuthConfig("editor", "from-file")), AuthConfig.load(Optional.of(f), env));
        assertEquals(Optional.of(new AuthConfig("admin", "from-env")), AuthConfig.load(Optional.empty(), env));
        assertEquals(Optional.empty(), AuthConfig.load(Optional.empty(), Map.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AuthConfig.load(Optional.of(tmp.resolve("missing")), env));
        assertTrue(e.getMessage().startsWith("cannot read password file "), e.getMessage());
    }

    @Test
    void neverPrintsThePassword() {
        assertFalse(new AuthConfig("editor", "hunter2").toString().contains("hunter2"));
    }
}
