package org.w3id.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCatalogTest {
    @TempDir
    Path tmp;

    static Path fixtureDir() throws URISyntaxException {
        URL url = QueryCatalogTest.class.getResource("/test-queries/labels.rq");
        return Path.of(url.toURI()).getParent();
    }

    static void checkFixtures(QueryCatalog c) {
        assertEquals(List.of("labels", "mentions"), c.names());
        PreparedQuery m = c.get("mentions");
        assertEquals("Mentions", m.title());
        assertEquals("How many articles mention each entity of a class, most mentioned first.", m.description());
        assertEquals(List.of(new Param("type", "the entity class, an IRI in <...>",
                Optional.of("<https://w3id.org/newsgraph/ontology#Company>"))), m.params());
        assertEquals("Labels", c.get("labels.rq").title());
        assertEquals(List.of("Labels", "Mentions"), c.list().stream().map(PreparedQuery::title).toList());
    }

    @Test
    void loadsADirectory() throws Exception {
        QueryCatalog c = QueryCatalog.fromDirectory(fixtureDir());
        checkFixtures(c);
        assertTrue(c.get("labels").source().endsWith("test-queries/labels.rq"), c.get("labels").source());
    }

    @Test
    void namesTheQueriesWhoseTextDiffers() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Path jar = Files.createDirectories(tmp.resolve("jar"));
        Files.writeString(mine.resolve("same.rq"), "SELECT * { ?s ?p ?o }\n");
        Files.writeString(jar.resolve("same.rq"), "SELECT * { ?s ?p ?o }\n");
        Files.writeString(mine.resolve("edited.rq"), "SELECT * { ?s ?p ?o } LIMIT 5\n");
        Files.writeString(jar.resolve("edited.rq"), "SELECT * { ?s ?p ?o }\n");
        Files.writeString(mine.resolve("added.rq"), "SELECT ?s { ?s ?p ?o }\n");
        Files.writeString(jar.resolve("dropped.rq"), "SELECT ?o { ?s ?p ?o }\n");
        QueryCatalog used = QueryCatalog.fromDirectory(mine);
        assertEquals(List.of("added", "edited"), used.differingFrom(QueryCatalog.fromDirectory(jar)));
        assertEquals(List.of(), used.differingFrom(used));
    }

    @Test
    void loadsAClassPathFolder() {
        QueryCatalog c = QueryCatalog.fromClassPath(getClass().getClassLoader(), "/test-queries/");
        checkFixtures(c);
        assertEquals("class path /test-queries/", c.origin());
    }

    @Test
    void unknownNameListsTheKnownOnes() throws Exception {
        QueryCatalog c = QueryCatalog.fromDirectory(fixtureDir());
        assertEquals("unknown query 'roles'; known: labels, mentions",
                assertThrows(QueryException.class, () -> c.get("roles")).getMessage());
    }

    private Path jar(boolean directoryEntries) throws Exception {
        Path jar = tmp.resolve(directoryEntries ? "with-dirs.jar" : "no-dirs.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (directoryEntries) {
                out.putNextEntry(new JarEntry("queries/"));
                out.closeEntry();
            }
            for (String name : List.of("labels.rq", "mentions.rq")) {
                out.putNextEntry(new JarEntry("queries/" + name));
                out.write(Files.readAllBytes(fixtureDir().resolve(name)));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("queries/README.md"));
            out.write("not a query".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new JarEntry("queries/sub/deeper.rq"));
            out.write("SELECT * {".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void loadsFromAJar() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar(true).toUri().toURL()}, null)) {
            QueryCatalog c = QueryCatalog.fromClassPath(loader, "queries");
            checkFixtures(c);
            assertEquals("queries/labels.rq", c.get("labels").source());
        }
    }

    @Test
    void readsJarEntriesWithoutDirectoryEntries() throws Exception {
        Map<String, PreparedQuery> map = new TreeMap<>();
        QueryCatalog.scanJar(jar(false), "queries/", map);
        assertEquals(List.of("labels", "mentions"), List.copyOf(map.keySet()));
    }

    @Test
    void standardPrefersTheWorkingDirectory() throws Exception {
        Path queries = tmp.resolve("queries");
        Files.createDirectories(queries);
        Files.writeString(queries.resolve("mine.rq"), "# title: Mine\nASK { ?s ?p ?o }\n");
        Files.writeString(queries.resolve("notes.txt"), "ignored");
        QueryCatalog c = QueryCatalog.standard(tmp);
        assertEquals(List.of("mine"), c.names());
        assertEquals("Mine", c.get("mine").title());
        assertEquals(queries.toString(), c.origin());
    }

    @Test
    void malformedFileNamesItsSource() throws Exception {
        Path queries = tmp.resolve("queries");
        Files.createDirectories(queries);
        Path bad = queries.resolve("x.rq");
        Files.writeString(bad, "# title: x\n\nSELECT * WHERE { ?s ?p ?o . FILTER( }\n");
        QueryException e = assertThrows(QueryException.class, () -> QueryCatalog.fromDirectory(queries));
        assertEquals(bad + ": line 3, column 37: Encountered \"}\"", e.getMessage());
    }

    static OutputStream nowhere() {
        return OutputStream.nullOutputStream();
    }
}
