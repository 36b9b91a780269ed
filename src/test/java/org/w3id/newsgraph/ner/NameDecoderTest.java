package org.w3id.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

/**
 * The fast decoder gives exactly what OpenNLP's NameFinderME gives with the same model: the same spans, types and
 * probabilities (to the last bit), sentence after sentence of one article (the article memory included).
 */
class NameDecoderTest {
    private static final NameModel MODEL = NameModel.bundled();

    private static List<String> render(List<Span[]> tagged) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < tagged.size(); s++) {
            for (Span sp : tagged.get(s)) {
                out.add(s + ":" + sp.getStart() + "-" + sp.getEnd() + "/" + sp.getType() + "@" + Double.toHexString(sp.getProb()));
            }
            out.add(s + ":end");
        }
        return out;
    }

    private static List<String[]> sentences(String... lines) {
        List<String[]> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.split(" "));
        }
        return out;
    }

    @Test
    void sameNamesAndProbabilitiesAsTheNameFinder() {
        List<String[]> article = sentences(
                "TORVALD BEATS KESSLER IN STRAIGHT SETS",
                "OSLO 2019-04-02",
                "Ingrid Torvald of Norway beat Hanna Kessler 6-2 6-3 at the Oslo Open on Tuesday .",
                "Kessler , who trains with the Berliner Tennis Club , said she would play in Madrid next week .",
                "Torvald 's coach , Jan-Erik Moe , told Reuters the U.S. Open was the goal .",
                ".");
        List<String> fast = render(MODEL.tagArticle(article));
        assertEquals(render(MODEL.tagWithNameFinder(article)), fast);
        assertEquals(true, fast.stream().anyMatch(s -> s.startsWith("2:0-2/PER")), fast.toString());
    }

    /** Every article of the CoNLL-2003 validation split, when the shared corpora are beside the repository. */
    @Test
    void sameNamesOnConllValidation() throws IOException {
        Path valid = Path.of("..", "shared", "corpora", "conll2003", "valid.txt");
        assumeTrue(Files.isRegularFile(valid), "no ../shared/corpora/conll2003/valid.txt beside the repository");
        int sentences = 0;
        for (ConllDocument d : ConllReader.read(valid)) {
            List<String[]> words = new ArrayList<>();
            d.sentences().forEach(s -> words.add(s.wordArray()));
            assertEquals(render(MODEL.tagWithNameFinder(words)), render(MODEL.tagArticle(words)));
            sentences += words.size();
        }
        assertEquals(3250, sentences);
    }
}
