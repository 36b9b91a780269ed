package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.SourceText;

/**
 * A town's name in a sports story, mention by mention (invented copy): a table row or a fixture's first side is the
 * club, the venue after "at" and the dateline's town are the place (towns the gazetteer lists), and the club is never joined to the town.
 */
class ClubMentionsTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    /** The coarse type of each mention, keyed by its text and its offset ("BOSTON@120"). */
    private static Map<String, EntityType> byOffset(String text) {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("clubs.txt", text));
        Map<String, EntityType> out = new HashMap<>();
        for (Entity e : f.entities()) {
            for (Mention m : e.mentions()) {
                out.put(m.text() + "@" + m.span().begin(), e.type().coarse());
            }
        }
        return out;
    }

    @Test
    void aTableRowIsTheClubAndTheVenueIsTheTown() {
        String text = """
                BASEBALL - STANDINGS AFTER TUESDAY'S GAMES
                DENVER 2001-05-02
                Standings after games played on Tuesday (won, lost, percentage, games behind):
                BOSTON 70 63 .526 4
                SEATTLE 64 72 .471 12
                WEDNESDAY'S SCHEDULE
                SEATTLE AT BOSTON
                """;
        Map<String, EntityType> m = byOffset(text);
        int row = text.indexOf("BOSTON 70");
        int venue = text.indexOf("AT BOSTON") + 3;
        int side = text.indexOf("SEATTLE AT");
        assertEquals(EntityType.ORGANIZATION, m.get("BOSTON@" + row), m.toString());
        assertEquals(EntityType.PLACE, m.get("BOSTON@" + venue), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("SEATTLE@" + side), m.toString());
        assertEquals(EntityType.PLACE, m.get("DENVER@" + text.indexOf("DENVER")), m.toString());
    }

    @Test
    void aClubNamedLikeTheDatelinesTownIsNotTheTown() {
        String text = """
                SOCCER - NEW COACH FOR LYON
                LYON, France 2001-05-02
                Former goalkeeper Dominik Brastow is to coach struggling first division side Lyon, the club said.
                Lyon have been unable to win any of their four league matches this season.
                """;
        Map<String, EntityType> m = byOffset(text);
        assertEquals(EntityType.PLACE, m.get("LYON@" + text.indexOf("LYON, France")), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Lyon@" + text.indexOf("Lyon have")), m.toString());
    }
}
