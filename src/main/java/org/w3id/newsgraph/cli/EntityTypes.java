package org.w3id.newsgraph.cli;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The entities in the store by their most specific ontology class, for the build summary. Counted in the store,
 * not per article, so an entity named in two articles (Huawei in both seeds) is one.
 */
final class EntityTypes {
    private EntityTypes() {}

    // The most specific class as the 'entities' prepared query finds it, over the entities articles mention.
    private static final String QUERY = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?type (COUNT(DISTINCT ?entity) AS ?n) WHERE {
              ?article <http://schema.org/mentions> ?entity .
              ?entity a ?class .
              FILTER(STRSTARTS(STR(?class), STR(ng:)))
              FILTER NOT EXISTS { ?entity a ?narrower . ?narrower rdfs:subClassOf+ ?class . FILTER(?narrower != ?class) }
              BIND(STRAFTER(STR(?class), STR(ng:)) AS ?type)
            }
            GROUP BY ?type
            """;

    /** Class local name to the number of distinct entities of that class, sorted by name. */
    static Map<String, Long> of(NewsStore s) {
        DatasetGraph d = s.dataset();
        Map<String, Long> byType = new TreeMap<>();
        Txn.executeRead(d, () -> QueryExec.dataset(d).query(QUERY).select().forEachRemaining(row -> byType.put(
                row.get("type").getLiteralLexicalForm(), ((Number) row.get("n").getLiteralValue()).longValue())));
        return byType;
    }
}
