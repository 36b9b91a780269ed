package org.w3id.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Span;

/**
 * Relation pairs compare names as role pairs do (a final full stop folded), and a pair whose ends are the two parts
 * of one gold name "Town, State" is neither confirmed nor denied.
 */
class PlacePairScoringTest {
    private static final Span S = new Span(0, 4);

    @Test
    void aFinalStopFoldsAndAPairInsideOneGoldNameIsIgnored(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("p.gold.json");
        Files.writeString(gold, """
                {"doc": "p.txt", "entities": [
                  {"name": "Corbin", "type": "Place", "aliases": [], "optional": false, "in_body": true},
                  {"name": "Ore.", "type": "Place", "aliases": [], "optional": false, "in_body": true},
                  {"name": "Halberton, Calif.", "type": "Place", "aliases": [], "optional": false, "in_body": true},
                  {"name": "Dunmore", "type": "Place", "aliases": [], "optional": false, "in_body": true},
                  {"name": "Texas", "type": "Place", "aliases": [], "optional": false, "in_body": true}],
                 "roles": [], "quotes": [],
                 "relations": [{"subject": "Corbin", "relation": "locatedIn", "object": "Ore."}]}
                """);
        List<Entity> entities = List.of(
                new Entity("corbin", "Corbin", EntityType.CITY, Set.of(), List.of(), null),
                new Entity("oregon", "Oregon", EntityType.REGION, Set.of("Ore"), List.of(), null),
                new Entity("halberton", "Halberton", EntityType.CITY, Set.of(), List.of(), null),
                new Entity("california", "California", EntityType.REGION, Set.of("Calif."), List.of(), null),
                new Entity("dunmore", "Dunmore", EntityType.CITY, Set.of(), List.of(), null),
                new Entity("texas", "Texas", EntityType.REGION, Set.of(), List.of(), null));
        List<Relation> relations = List.of(
                new Relation("corbin", RelationType.LOCATED_IN, "oregon", "Corbin, Ore", S),
                new Relation("halberton", RelationType.LOCATED_IN, "california", "Halberton, Calif.", S),
                new Relation("dunmore", RelationType.LOCATED_IN, "texas", "Dunmore, Texas", S));
        ArticleFacts facts = new ArticleFacts(dir.resolve("p.txt").toString(), "text", new Span(0, 4), List.of(),
                List.of(), entities, List.of(), List.of(), relations, null, List.of(), List.of(), List.of(), List.of());
        DocumentReport d = new Evaluator().evaluate(List.of(GoldReader.read(gold)), List.of(facts)).documents().get(0);
        Score s = d.score(Category.PLACE_RELATIONS);
        // Corbin–Ore found ("Ore" against "Ore."); Halberton–California ignored; Dunmore–Texas false
        assertEquals(List.of(1, 1, 0), List.of(s.tp(), s.fp(), s.fn()));
    }
}
