package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/** Sports copy (invented): a statistic's acronym after a count, a club's bracketed town initial in a score line. */
class SportsCopyTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    @Test
    void aListedAcronymAfterACountInASportsStoryIsAStatistic() {
        Map<String, EntityType> m = ModelJoinTest.mentions("""
                Tom Vessey had three RBI as the Pumas won their fifth straight game on Friday.
                His 98 RBI lead the league, the pitcher's coach said after the match.
                """);
        assertFalse(m.containsKey("RBI"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Tom Vessey"), m.toString());
    }

    @Test
    void aClubKeepsTheBracketedInitialOfItsTown() {
        // the model's span of a table's club ends on the closing bracket; the trim of closing punctuation keeps it
        String text = "SOCCER - LEAGUE RESULTS\nBELGRADE 2001-05-02\nResults of matches played on Saturday:\n"
                + "Borovac 1 Rudar (K) 2\n";
        Document d = EXTRACTOR.pipeline().run(Document.of(new SourceText("t.txt", text)));
        TokenView v = new TokenView(text, d.get(Annotations.TOKENS));
        int close = -1;
        for (int k = 0; k < v.size(); k++) {
            close = ")".equals(v.text(k)) ? k : close;
        }
        assertTrue(ModelNameJoin.closesBracket(v, close - 3, close), v.text(close - 3));
        assertFalse(ModelNameJoin.closesBracket(v, close - 2, close), v.text(close - 2));
    }
}
