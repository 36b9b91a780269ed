package org.w3id.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class ConllReaderTest {
    @Test
    void readsArticlesSentencesAndIob2Names() throws IOException {
        String text = """
                -DOCSTART- -X- -X- O

                Lena NNP B-NP B-PER
                Hartwig NNP I-NP I-PER
                visited VBD B-VP O
                Quito NNP B-NP B-LOC
                . . O O

                Orbis NNP B-NP B-ORG
                Freight NNP I-NP I-ORG
                Talven NNP I-NP B-ORG
                . . O O
                -DOCSTART- -X- -X- O

                Pavel NNP B-NP B-PER
                """;
        List<ConllDocument> docs = ConllReader.read(new StringReader(text));
        assertEquals(2, docs.size());
        assertEquals(2, docs.get(0).sentences().size());
        ConllSentence first = docs.get(0).sentences().get(0);
        assertEquals(List.of("Lena", "Hartwig", "visited", "Quito", "."), first.words());
        assertEquals("VBD", first.pos().get(2));
        assertEquals(List.of(new Span(0, 2, "PER"), new Span(3, 4, "LOC")), first.names());
        // B- after I- of the same type starts a new name
        assertEquals(List.of(new Span(0, 2, "ORG"), new Span(2, 3, "ORG")), docs.get(0).sentences().get(1).names());
        assertEquals(List.of(new Span(0, 1, "PER")), docs.get(1).sentences().get(0).names());
    }

    @Test
    void readsIob1WhereAnInsideTagOpensAName() {
        assertEquals(List.of(new Span(0, 2, "ORG"), new Span(3, 4, "LOC"), new Span(4, 5, "PER")),
                IobTags.spans(List.of("I-ORG", "I-ORG", "O", "I-LOC", "I-PER")));
    }

    @Test
    void aLineWithoutTagIsAnError() {
        assertThrows(IOException.class, () -> ConllReader.read(new StringReader("word\n")));
    }
}
