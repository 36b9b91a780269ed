package org.w3id.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.Span;

class IdsTest {
    @Test
    void slugs() {
        assertEquals("societe-generale", Ids.slug("Société Générale"));
        assertEquals("ceo-of-bt-s-consumer-brands", Ids.slug("CEO of BT's consumer brands"));
        assertEquals("000-dda217fced0dccb5", Ids.slug("000_dda217fced0dccb5"));
        assertEquals("", Ids.slug(" -- "));
    }

    @Test
    void articleAndSpanIris() {
        var article = Ids.article("seeds/000_dda217fced0dccb5.txt");
        assertEquals("https://w3id.org/newsgraph/id/article/000-dda217fced0dccb5", article.getURI());
        assertEquals("https://w3id.org/newsgraph/id/article/000-dda217fced0dccb5#char=3,17",
                Ids.span(article, new Span(3, 17)).getURI());
    }

    @Test
    void entityAndRoleTypeIris() {
        assertEquals("https://w3id.org/newsgraph/id/entity/united-kingdom", Ids.entity("united-kingdom").getURI());
        assertEquals("https://w3id.org/newsgraph/id/entity/angela-merkel", Ids.entity("Angela Merkel").getURI());
        assertEquals("https://w3id.org/newsgraph/id/role-type/chancellor", Ids.roleType("Chancellor").getURI());
        assertEquals("http://www.wikidata.org/entity/Q567", Ids.wikidata("Q567").getURI());
    }

    @Test
    void hashIsSha1Hex16OfUnitSeparatedParts() {
        // python3 -c "import hashlib; print(hashlib.sha1('a\x1fb'.encode()).hexdigest()[:16])"
        assertEquals("687d61996b1c1278", Ids.hash("a", "b"));
        assertNotEquals(Ids.hash("a", "b"), Ids.hash("ab"));
    }
}
