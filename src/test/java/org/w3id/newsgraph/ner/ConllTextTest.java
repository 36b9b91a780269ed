package org.w3id.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class ConllTextTest {
    @Test
    void joinsTokensAsConll2goldDoesAndKeepsTheirSpans() throws IOException {
        String conll = """
                Orbis NNP O B-ORG
                Freight NNP O I-ORG
                's POS O O
                chief NN O O
                said VBD O O
                " " O O
                yes UH O O
                " " O O
                ( ( O O
                Quito NNP O B-LOC
                ) ) O O
                . . O O
                """;
        ConllDocument doc = ConllReader.read(new StringReader(conll)).get(0);
        ConllText t = ConllText.of(doc);
        assertEquals("Orbis Freight's chief said \"yes\" (Quito).\n", t.text());
        assertEquals(List.of(new Span(0, 13, "ORG"), new Span(34, 39, "LOC")), ConllText.goldNames(doc, t));
        assertEquals("Quito", t.text().substring(34, 39));
    }
}
