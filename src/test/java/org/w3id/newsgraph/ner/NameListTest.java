package org.w3id.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Gazetteer matches for the model's features: longest first, capitals for long names, only from a key's first word. */
class NameListTest {
    private final NameList names = new NameList(Map.of("New York", "PLACE", "New York Times", "ORG", "York", "PLACE",
            "Ur", "PLACE", "Norwegian", "DEMONYM"));

    private List<NameList.Match> matches(String sentence) {
        return names.matches(sentence.split(" "));
    }

    @Test
    void longestMatchFirstAndThenOnwards() {
        assertEquals(List.of(new NameList.Match(1, 4, "ORG"), new NameList.Match(5, 6, "PLACE")),
                matches("The New York Times in York said"));
        assertEquals(List.of(new NameList.Match(0, 2, "PLACE"), new NameList.Match(3, 4, "DEMONYM")),
                matches("New York and Norwegian ships"));
    }

    @Test
    void capitalsOnlyForNamesOfFourLettersOrMore() {
        assertEquals(List.of(new NameList.Match(0, 2, "PLACE"), new NameList.Match(3, 4, "PLACE")), matches("NEW YORK UR Ur"));
        assertEquals(List.of(), matches("Newark is not New"));
    }
}
