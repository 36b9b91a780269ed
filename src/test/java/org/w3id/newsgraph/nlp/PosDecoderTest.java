package org.w3id.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The fast POS decoder gives exactly the tags of OpenNLP's POSTaggerME with the same model, on made-up sentences
 * (odd ones included) and on every sentence of the CoNLL-2003 validation split when the corpora are at hand.
 */
class PosDecoderTest {
    private static final NlpModels MODELS = NlpModels.load();

    @Test
    void theBundledModelIsDecodedFast() {
        assertTrue(MODELS.decodes(), "the bundled UD model should run on PosDecoder");
    }

    @Test
    void sameTagsAsThePosTagger() {
        String[] lines = {
            "Ingrid Torvald of Norway beat Hanna Kessler 6-2 6-3 at the Oslo Open on Tuesday .",
            "“ We will not sell , ” said Marta Quill , chief executive of Quillmark Holdings Inc. , on Friday .",
            "The ministry ’s spokesman declined to comment .",
            "Shares of Brightwater rose 4.5 % to $ 12.30 in New York .",
            "Go !",
            ") ) ( ( ; ; -- ** 1,200 3.4",
            "xqzv blorf QQQ zzyzx-7 Ünïcødé ÆØÅ ...",
            "a",
            "",
        };
        for (String l : lines) {
            String[] words = l.isEmpty() ? new String[0] : l.split(" ");
            assertArrayEquals(MODELS.tagsByPosTagger(words), MODELS.tags(words), l);
        }
        assertEquals("PROPN", MODELS.tags("Ingrid Torvald of Norway beat Hanna Kessler .".split(" "))[3]);
    }

    /** Every sentence of the CoNLL-2003 validation split (its words only), when the shared corpora are beside the repository. */
    @Test
    void sameTagsOnConllValidation() throws IOException {
        Path valid = Path.of("..", "shared", "corpora", "conll2003", "valid.txt");
        assumeTrue(Files.isRegularFile(valid), "no ../shared/corpora/conll2003/valid.txt beside the repository");
        List<String> words = new ArrayList<>();
        int sentences = 0;
        int differing = 0;
        List<String> lines = new ArrayList<>(Files.readAllLines(valid));
        lines.add("");
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!words.isEmpty()) {
                    String[] w = words.toArray(new String[0]);
                    if (!java.util.Arrays.equals(MODELS.tagsByPosTagger(w), MODELS.tags(w))) {
                        differing++;
                    }
                    sentences++;
                    words.clear();
                }
            } else {
                words.add(line.split(" ")[0]);
            }
        }
        assertEquals(3250, sentences);
        assertEquals(0, differing);
    }
}
