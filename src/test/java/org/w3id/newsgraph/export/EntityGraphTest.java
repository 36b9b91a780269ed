package org.w3id.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.w3id.newsgraph.export.ExportFixture.CO_MENTIONS;
import static org.w3id.newsgraph.export.ExportFixture.NODES;
import static org.w3id.newsgraph.export.ExportFixture.RELATIONS;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.store.NewsStore;

class EntityGraphTest {
    @TempDir
    Path tmp;
    NewsStore store;

    @BeforeEach
    void setUp() {
        store = ExportFixture.store(tmp.resolve("db"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    EntityGraph read(ExportOptions o) {
        return EntityGraph.read(store.dataset(), o);
    }

    static Set<String> nodes(EntityGraph g) {
        return g.nodes().stream().map(n -> ExportFixture.node(n.iri(), n.name(), n.type(), "" + n.mentions(),
                "" + n.articles(), n.wikidata())).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> edges(EntityGraph g) {
        return g.edges().stream().map(e -> ExportFixture.edge(e.source(), e.relation(), e.target(), e.label(),
                "" + e.weight(), e.evidence(), e.article())).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> keys(String... k) {
        return Set.of(k);
    }

    static Set<String> nodeKeys(EntityGraph g) {
        return g.nodes().stream().map(n -> ExportFixture.key(n.iri())).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void allEntitiesRelationsAndCoMentions() {
        EntityGraph g = read(ExportOptions.ALL);
        assertEquals(new TreeSet<>(NODES), nodes(g));
        assertEquals(ExportFixture.union(RELATIONS, CO_MENTIONS), edges(g));
        assertEquals(14, g.edges().size());
    }

    @Test
    void typeFilterKeepsSubclassesAndDropsEdgesToOthers() {
        EntityGraph orgs = read(new ExportOptions(Set.of("Organization"), false, 1));
        assertEquals(keys("acme", "daily-news", "ministry-of-things"), nodeKeys(orgs));
        assertEquals(Set.of(
                "acme co-mentioned daily-news|co-mentioned|1||",
                "acme co-mentioned ministry-of-things|co-mentioned|1||",
                "daily-news co-mentioned ministry-of-things|co-mentioned|1||",
                "ministry-of-things investigates acme|investigates|1|The Ministry of Things investigates Acme.|b.txt"),
                edges(orgs));

        EntityGraph mixed = read(new ExportOptions(Set.of("person", "Company"), false, 1));
        assertEquals(keys("acme", "alice-smith"), nodeKeys(mixed));
        assertEquals(Set.of("acme co-mentioned alice-smith|co-mentioned|1||",
                "alice-smith holdsRoleIn acme|holds a role in|1|Alice Smith runs Acme.|a.txt"), edges(mixed));

        assertEquals(keys("freedonia", "springfield"), nodeKeys(read(new ExportOptions(Set.of("Place"), true, 1))));
    }

    @Test
    void relationsOnlyAndMinimumWeight() {
        assertEquals(new TreeSet<>(RELATIONS), edges(read(new ExportOptions(Set.of(), true, 1))));
        assertEquals(new TreeSet<>(NODES), nodes(read(new ExportOptions(Set.of(), true, 1))), "nodes are kept");
        assertEquals(ExportFixture.union(RELATIONS, Set.of("acme co-mentioned freedonia|co-mentioned|2||")),
                edges(read(new ExportOptions(Set.of(), false, 2))));
        assertEquals(new TreeSet<>(RELATIONS), edges(read(new ExportOptions(Set.of(), false, 3))));
    }

    @Test
    void unknownTypeIsOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(new ExportOptions(Set.of("Planet"), false, 1)));
        assertEquals("unknown entity type 'Planet'; known: Person, Organization, Company, GovernmentBody, "
                + "MediaOrganization, PoliticalOrganization, Place, Country, City, Region", e.getMessage());
    }
}
