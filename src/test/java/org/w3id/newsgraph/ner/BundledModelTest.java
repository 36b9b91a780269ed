package org.w3id.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.eval.ConllEvaluation;
import org.w3id.newsgraph.eval.MentionScores;

import opennlp.tools.util.Span;

/** The model that ships in the jar: loads from the class path and finds names in made-up sentences. */
class BundledModelTest {
    private static List<String> names(String sentence) {
        String[] words = sentence.split(" ");
        List<String> out = new ArrayList<>();
        for (Span s : NameModel.bundled().tagArticle(List.<String[]>of(words)).get(0)) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, s.getStart(), s.getEnd())) + "/" + s.getType());
        }
        return out;
    }

    @Test
    void findsPeopleOrganisationsAndPlaces() {
        assertNotNull(NameModel.bundled(), "no model at " + NameModel.RESOURCE + "; run ./newsgraph train ner");
        assertEquals(List.of("Marta Lindqvist/PER", "Halvorsen Shipping Corp/ORG", "Gothenburg/LOC"),
                names("Marta Lindqvist , chief executive of Halvorsen Shipping Corp , said on Tuesday the company would "
                        + "move its headquarters to Gothenburg ."));
    }

    @Test
    void readsAnAllCapitalsHeadlineAndADateline() {
        List<String> found = names("BRAZIL BEAT PERU 2-0 IN FRIENDLY");
        assertTrue(found.contains("BRAZIL/LOC") && found.contains("PERU/LOC"), found.toString());
        assertEquals(List.of("LISBON/LOC"), names("LISBON 1996-03-02"));
    }

    /** The CoNLL-2003 validation split, when the shared corpora are beside the repository. */
    @Test
    void scoresAtLeastTheIssueBarOnConllValidation() throws IOException {
        Path valid = Path.of("..", "shared", "corpora", "conll2003", "valid.txt");
        assumeTrue(Files.isRegularFile(valid), "no ../shared/corpora/conll2003/valid.txt beside the repository");
        MentionScores s = ConllEvaluation.score(NameModel.bundled(), ConllReader.read(valid), Set.of("PER", "ORG", "LOC"));
        assertTrue(s.total().f1() >= 0.93, s.format());
    }
}
