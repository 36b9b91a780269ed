package org.w3id.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PreparedQueryTest {

    @Test
    void readsTheHeader() {
        String text = """
                # title: Roles
                # description: Who holds which post in which organisation or country, per article.
                # param: entity — the entity's name (rdfs:label or skos:altLabel), e.g. "Huawei"
                # param: lang = en - a language tag
                # param: $who = "Angela Merkel" -- a person
                SELECT * { ?x ?p ?entity . ?x ?q ?lang . ?x ?r ?who }
                """;
        PreparedQuery q = PreparedQuery.parse("roles", "queries/roles.rq", text);
        assertEquals("roles", q.name());
        assertEquals("queries/roles.rq", q.source());
        assertEquals("Roles", q.title());
        assertEquals("Who holds which post in which organisation or country, per article.", q.description());
        assertEquals(List.of(
                new Param("entity", "the entity's name (rdfs:label or skos:altLabel), e.g. \"Huawei\"", Optional.empty()),
                new Param("lang", "a language tag", Optional.of("en")),
                new Param("who", "a person", Optional.of("Angela Merkel"))), q.params());
        assertEquals(text, q.sparql());
    }

    @Test
    void headerIsOptionalAndDescriptionsJoin() {
        PreparedQuery q = PreparedQuery.parse("plain", "x/plain.rq", "SELECT * { ?s ?p ?o }");
        assertEquals("plain", q.title());
        assertEquals("", q.description());
        assertEquals(List.of(), q.params());

        PreparedQuery m = PreparedQuery.parse("m", "m.rq", """
                # some note
                # description: first part,

                # description: second part.
                ASK { ?s ?p ?o }
                # title: not header any more
                """);
        assertEquals("m", m.title());
        assertEquals("first part, second part.", m.description());
    }

    @Test
    void malformedQueryIsOneLineWithFilePosition() {
        QueryException e = assertThrows(QueryException.class, () -> PreparedQuery.parse("x", "queries/x.rq", """
                # title: Broken
                SELECT ?s
                WHERE { ?s ?p }
                """));
        assertEquals("queries/x.rq: line 3, column 15: Encountered \"}\"",
                e.getMessage());
    }

    @Test
    void updatesAreNotQueries() {
        QueryException e = assertThrows(QueryException.class,
                () -> PreparedQuery.parse("u", "queries/u.rq", "DROP ALL"));
        assertEquals("queries/u.rq: line 1, column 1: Encountered \"DROP\"",
                e.getMessage());
    }

    @Test
    void unexpectedCharacterHasItsPosition() {
        QueryException e = assertThrows(QueryException.class, () -> PreparedQuery.parse("l", "queries/l.rq", """
                # title: lexical
                SELECT ?s { ?s ?p ~x }
                """));
        assertEquals("queries/l.rq: line 2, column 19: Encountered \"~\"", e.getMessage());
    }

    @Test
    void pagedRowsMustBeAWholeNumber() {
        // a value the runner cannot read would page the whole list and answer its first page only
        assertEquals("queries/a.rq: line 2: '# paged-rows: counted' must be a whole number of rows (this version of"
                + " newsgraph pages no other way)",
                assertThrows(QueryException.class, () -> PreparedQuery.parse("a", "queries/a.rq", """
                        # title: t
                        # paged-rows: counted
                        SELECT * { ?s ?p ?o }
                        """)).getMessage());
        assertEquals("t", PreparedQuery.parse("a", "queries/a.rq", """
                # title: t
                # paged-rows: 10000
                SELECT * { ?s ?p ?o }
                """).title());
    }

    @Test
    void parameterMustBeUsedAndWellFormed() {
        assertEquals("queries/p.rq: parameter 'entity' is not used as ?entity in the query",
                assertThrows(QueryException.class, () -> PreparedQuery.parse("p", "queries/p.rq", """
                        # param: entity — a name
                        SELECT * { ?s ?p ?entityName }
                        """)).getMessage());
        assertEquals("queries/p.rq: line 2: cannot read parameter 'two words' (expected: # param: NAME [= DEFAULT] — DESCRIPTION)",
                assertThrows(QueryException.class, () -> PreparedQuery.parse("p", "queries/p.rq", """
                        # title: t
                        # param: two words
                        SELECT * { ?s ?p ?o }
                        """)).getMessage());
        assertEquals("queries/p.rq: line 2: parameter 'o' declared twice",
                assertThrows(QueryException.class, () -> PreparedQuery.parse("p", "queries/p.rq", """
                        # param: o — one
                        # param: o — two
                        SELECT * { ?s ?p ?o }
                        """)).getMessage());
    }
}
