package org.w3id.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.model.Slugs;
import org.w3id.newsgraph.model.Span;

class IdsTest {
    @Test
    void slugs() {
        assertEquals("societe-generale", Ids.slug("Société Générale"));
        assertEquals("ceo-of-bt-s-consumer-brands", Ids.slug("CEO of BT's consumer brands"));
        assertEquals("000-dda217fced0dccb5", Ids.slug("000_dda217fced0dccb5"));
        assertEquals("", Ids.slug(" -- "));
    }

    /** SHA-256 of no bytes: python3 -c "import hashlib; print(hashlib.sha256(b'').hexdigest())" */
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void articleAndSpanIris() {
        var article = Ids.article("seeds/000_dda217fced0dccb5.txt", EMPTY_SHA256);
        assertEquals("https://w3id.org/newsgraph/id/article/000-dda217fced0dccb5-e3b0c44298fc", article.getURI());
        assertEquals("https://w3id.org/newsgraph/id/article/000-dda217fced0dccb5-e3b0c44298fc#char=3,17",
                Ids.span(article, new Span(3, 17)).getURI());
        assertEquals(EMPTY_SHA256, ContentHash.sha256(new byte[0]));
    }

    /** Names that slug alike stay apart when their texts differ; the same name and bytes are one article. */
    @Test
    void articleIriIsNameSlugPlusContentHash() {
        String a = ContentHash.sha256("one".getBytes(StandardCharsets.UTF_8));
        String b = ContentHash.sha256("two".getBytes(StandardCharsets.UTF_8));
        assertEquals(Ids.article("a/story.txt", a), Ids.article("b/story.txt", a));
        assertNotEquals(Ids.article("a/story.txt", a), Ids.article("b/story.txt", b));
        assertNotEquals(Ids.article("b/story.txt", a), Ids.article("b/Story!.txt", b));
        assertEquals(Ids.article("b/story.txt", a), Ids.article("b/Story!.txt", a));
        assertEquals("https://w3id.org/newsgraph/id/article/story-" + a.substring(0, 12),
                Ids.article("b/Story!.txt", a).getURI());
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

    @Test
    void roleTypesOfDifferentTitlesNeverShareAnIri() {
        // Issue 9: "minister of ?" and "minister of د" both slugged to role-type/minister-of.
        assertEquals("https://w3id.org/newsgraph/id/role-type/minister-of_c8a10467", Ids.roleType("Minister of ?").getURI());
        assertEquals("https://w3id.org/newsgraph/id/role-type/minister-of_7004deb8", Ids.roleType("minister of د").getURI());
        assertEquals("https://w3id.org/newsgraph/id/role-type/prime-minister", Ids.roleType("Prime Minister").getURI());
        assertEquals(Ids.roleType("prime minister"), Ids.roleType("PRIME MINISTER"), "one label, one node");
        assertNotEquals(Ids.roleType("vice president"), Ids.roleType("vice-president"));
        assertEquals("https://w3id.org/newsgraph/id/role-type/ceo-of-bt-s-consumer-brands_6a685571",
                Ids.roleType("CEO of BT’s consumer brands").getURI());
    }

    @Test
    void entityKeysKeepNamesWhoseLettersDifferApart() {
        assertEquals("societe-generale", Slugs.nameKey("Société Générale"));
        assertEquals(Slugs.nameKey("AT&T"), Slugs.nameKey("AT & T"), "spelling variants stay one entity");
        assertEquals("ahmed_b6430cf7", Slugs.nameKey("Ahmed د"));
        assertEquals("ahmed", Slugs.nameKey("Ahmed ?"));
        assertEquals("_dfc58cef", Slugs.nameKey("Дмитрий Медведев"));
        assertEquals("https://w3id.org/newsgraph/id/entity/stra-e_880c6886", Ids.entity("Straße").getURI());
        assertEquals("minister-of_c8a10467", Slugs.exactKey("minister of ?"));
        assertEquals("", Slugs.slug("د"));
    }
}
