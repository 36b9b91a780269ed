package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.query.QueryCatalog;

/**
 * {@code bench server} says where its query texts come from and which differ from the jar's: a {@code queries/}
 * folder of another version once gave figures of 18–38 ms for lists that take seconds (docs/BENCHMARKS.md).
 */
class BenchServerOriginTest {
    @TempDir
    Path tmp;

    @Test
    void namesTheTextsThatAreNotTheJars() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("queries"));
        Path jar = Files.createDirectories(tmp.resolve("jar"));
        for (String name : new String[] {"offices", "roles"}) {
            Files.writeString(jar.resolve(name + ".rq"), "SELECT * { ?s ?p ?o }\n");
            Files.writeString(folder.resolve(name + ".rq"), "SELECT * { ?s ?p ?o }" + (name.equals("offices")
                    ? " LIMIT 1\n" : "\n"));
        }
        QueryCatalog used = QueryCatalog.fromDirectory(folder);
        assertEquals("queries: " + folder + " (1 differs from the jar's own: offices)",
                BenchServerCommand.origin(used, QueryCatalog.fromDirectory(jar)));
        assertEquals("queries: " + folder + " (the jar's own texts)", BenchServerCommand.origin(used, used));
    }
}
