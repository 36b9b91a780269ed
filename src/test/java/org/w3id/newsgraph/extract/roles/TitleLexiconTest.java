package org.w3id.newsgraph.extract.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The title lexicon as data: its domains, and the regular expressions built from it. */
class TitleLexiconTest {
    private final TitleLexicon lexicon = TitleLexicon.DEFAULT;

    @Test
    void headsCoverSportHealthAcademicJudicialAndMilitaryPosts() {
        for (String h : List.of("manager", "coach", "captain", "striker", "chief medical officer", "lead investigator",
                "professor", "dean", "judge", "prosecutor", "admiral", "commander", "chief executive")) {
            assertTrue(lexicon.heads().contains(h), h);
        }
        assertTrue(lexicon.members().containsAll(List.of("official", "employee", "staff member", "member")));
        assertFalse(lexicon.members().contains("director"), "a post is no membership");
    }

    @Test
    void titlesAreModifiersThenAHead() {
        assertTrue(Titles.isTitle("former deputy chief executive"));
        assertTrue(Titles.isTitle("chief scientific and medical officer"));
        assertTrue(Titles.isTitle("head coach"));
        assertFalse(Titles.isTitle("official"));
        assertTrue(Titles.isMember("a senior official"));
        assertTrue(Titles.isMember("another employee"));
        assertFalse(Titles.isMember("the director"));
    }

    @Test
    void governmentPostsAndLegislatures() {
        assertTrue(Titles.isGovernment("Interior Minister"));
        assertTrue(Titles.isGovernment("former Minister for Transport"));
        assertTrue(Titles.isGovernment("Home Secretary"));
        assertTrue(Titles.isGovernment("Chancellor"));
        assertFalse(Titles.isGovernment("chief executive"));
        assertFalse(Titles.isGovernment("press secretary"));
        assertEquals(List.of("Scottish Parliament"), Titles.legislatureOf("Western Isles MSP"));
        assertEquals(List.of("Senate", "United States Senate", "Congress"), Titles.legislatureOf("Sen."));
        assertEquals(List.of(), Titles.legislatureOf("chairman"));
    }
}
