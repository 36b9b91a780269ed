package org.w3id.newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.nlp.NlpModels;

/** Sentence cuts after titles, initials and months are undone; real sentence ends stay (made-up text). */
class AbbreviationJoinTest {
    private static List<String> sentences(String text) {
        return AbbreviationJoin.join(text, NlpModels.load().sentences(text)).stream()
                .map(sp -> text.substring(sp.getStart(), sp.getEnd())).toList();
    }

    /** The spans as the detector alone gives them, to show that each case below is one it gets wrong. */
    private static int detectorCount(String text) {
        return NlpModels.load().sentences(text).length;
    }

    @Test
    void aTitleBeforeANameEndsNoSentence() {
        String text = "“We will not wait,” said Sen. Orla Quist of the farm committee.";
        assertTrue(detectorCount(text) > 1, Arrays.toString(NlpModels.load().sentences(text)));
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void chainedTitlesAndPluralTitlesJoinToo() {
        String text = "The plan was backed by retired Lt. Col. Ben Harrow. Gov. Dana Pike and Sens. Ivo Marsh and "
                + "Ada Lunt spoke later.";
        assertEquals(List.of("The plan was backed by retired Lt. Col. Ben Harrow.",
                "Gov. Dana Pike and Sens. Ivo Marsh and Ada Lunt spoke later."), sentences(text));
    }

    @Test
    void aMonthBeforeADayAndAnInitialJoin() {
        String text = "The vote is set for Feb. 9 in the old hall. It was called by Mary P. Stone of the board.";
        assertEquals(List.of("The vote is set for Feb. 9 in the old hall.",
                "It was called by Mary P. Stone of the board."), sentences(text));
    }

    @Test
    void initialsAfterANameOrTitleJoin() {
        assertTrue(AbbreviationJoin.initialsAfterName("under George H.W.", 17, 'B'));
        assertTrue(AbbreviationJoin.initialsAfterName("said Rep. G.K.", 14, 'B'));
        assertFalse(AbbreviationJoin.initialsAfterName("moved to the U.S.", 17, 'T'), "after a lower-case word");
        assertFalse(AbbreviationJoin.initialsAfterName("in Washington, D.C.", 19, 'T'), "after a comma");
        assertFalse(AbbreviationJoin.initialsAfterName("left Washington D.C.", 20, 'T'), "place initials");
        assertFalse(AbbreviationJoin.initialsAfterName("under George H.W.", 17, 'b'), "a lower-case word next");
        String text = "The memo went to Orla H.K. Brandt of the farm board. She read it twice.";
        assertEquals(List.of("The memo went to Orla H.K. Brandt of the farm board.", "She read it twice."),
                sentences(text));
    }

    @Test
    void aCutWithoutPunctuationBeforeALowerCaseWordJoins() {
        String text = "Anti-tax group Club of Growth is reportedly spending $1.5 million on television adverts "
                + "against the senator. Its rival spent $2.5 billion last year.";
        assertTrue(detectorCount(text) > 2, Arrays.toString(NlpModels.load().sentences(text)));
        assertEquals(List.of("Anti-tax group Club of Growth is reportedly spending $1.5 million on television adverts "
                + "against the senator.", "Its rival spent $2.5 billion last year."), sentences(text));
        assertTrue(AbbreviationJoin.cutMidClause("spending $1.5 million", 13, 14));
        assertFalse(AbbreviationJoin.cutMidClause("It ended. then", 9, 10), "a full stop ends it");
        assertFalse(AbbreviationJoin.cutMidClause("Share this\nstory", 10, 11), "a line break ends it");
        assertFalse(AbbreviationJoin.cutMidClause("spending $1.5 Million", 13, 14), "a capital may start one");
    }

    @Test
    void partyStateTagsAndOrdinaryWordsStillEndSentences() {
        assertFalse(AbbreviationJoin.cutInside("backed by Ann Lee (R-Pa.).", 26, 'B'));
        assertFalse(AbbreviationJoin.cutInside("Ann Lee, D-Calif.", 17, 'T'));
        assertFalse(AbbreviationJoin.cutInside("They went to the U.S.", 21, 'T'));
        assertFalse(AbbreviationJoin.cutInside("The vote was on Monday.", 23, 'T'));
        assertFalse(AbbreviationJoin.cutInside("He met the Gen.", 15, 'w'), "a lower-case word after a title");
        assertTrue(AbbreviationJoin.cutInside("imported by Harlow Corp.", 24, 'o'), "a company's seat follows its legal form");
        assertFalse(AbbreviationJoin.cutInside("He sold it to Harlow Corp.", 26, 'T'), "a sentence may end with the form");
        assertFalse(AbbreviationJoin.cutInside("No.", 3, 'B'), "\"No.\" joins only a number");
        assertTrue(AbbreviationJoin.cutInside("spoke with Rep.", 15, 'A'));
        assertTrue(AbbreviationJoin.cutInside("the No.", 7, '2'));
    }

    @Test
    void aCutAfterACommaJoins() {
        String text = "Sen. Dara Quillon, D-Calif., chairman of the Senate Budget Committee, said Monday he will wait. "
                + "Rep. Tobias Wrenfield, R-Tenn., disagreed.";
        assertEquals(List.of("Sen. Dara Quillon, D-Calif., chairman of the Senate Budget Committee, said Monday he "
                + "will wait.", "Rep. Tobias Wrenfield, R-Tenn., disagreed."), sentences(text));
        assertTrue(AbbreviationJoin.cutAfterComma("Ann Lee, D-Calif., chairman", 18, 19));
        assertFalse(AbbreviationJoin.cutAfterComma("Ann Lee, D-Calif.\nThe", 17, 18), "no comma");
        assertFalse(AbbreviationJoin.cutAfterComma("Apples,\nPears", 7, 8), "a line break ends it");
    }

    @Test
    void initialsThatOpenACompanysNameEndNoSentence() {
        String text = "Inspectors filed charges against the S.A. Harlow Co. of Elmford, the tunnel contractor.";
        assertTrue(detectorCount(text) > 1, Arrays.toString(NlpModels.load().sentences(text)));
        assertEquals(List.of(text), sentences(text));
        // place initials before a company still may end a sentence, and so may initials before other words
        String uk = "The plant moved to the U.K. Harlow Co. said so on Monday.";
        assertFalse(AbbreviationJoin.initialsBeforeCompany(uk, uk.indexOf(" Harlow"), uk.indexOf("Harlow")));
        String sa = "He left the S.A. The rest stayed.";
        assertFalse(AbbreviationJoin.initialsBeforeCompany(sa, sa.indexOf(" The"), sa.indexOf("The")));
        String text2 = "Charges named the S.A. Harlow Co. on Monday.";
        assertTrue(AbbreviationJoin.initialsBeforeCompany(text2, text2.indexOf(" Harlow"), text2.indexOf("Harlow")));
    }
}
