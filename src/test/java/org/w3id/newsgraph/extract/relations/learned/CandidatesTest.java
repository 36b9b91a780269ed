package org.w3id.newsgraph.extract.relations.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.Document;

class CandidatesTest {
    private static List<String> pairs(Document d) {
        return LearnedDocs.candidates(d).stream()
                .map(c -> c.first().key() + "+" + c.second().key() + " " + c.kind()).toList();
    }

    @Test
    void pairsOfCompatibleTypesInOneSentence() {
        Document d = LearnedDocs.doc("Jane Roe of Acme Widgets met John Doe in Port Elm. Kestrel Labs stayed in Eastmoor.");
        assertEquals(List.of("jane-roe+acme PERSON_ORGANIZATION", "acme+john-doe PERSON_ORGANIZATION",
                "acme+port-elm ORGANIZATION_PLACE", "kestrel+eastmoor ORGANIZATION_PLACE"), pairs(d));
    }

    @Test
    void cityAndRegionIsACandidateButAListIsNot() {
        assertEquals(List.of("port-elm+eastmoor PLACE_PLACE"), pairs(LearnedDocs.doc("It rained in Port Elm, Eastmoor.")));
        assertEquals(List.of(), pairs(LearnedDocs.doc("She won in Northland, Eastmoor and Westvale.")));
        assertEquals(List.of(), pairs(LearnedDocs.doc("She won in Northland, Eastmoor, Westvale and Lake Fen.")));
        assertEquals(List.of(), pairs(LearnedDocs.doc("She won in Northland and Westvale.")));
    }

    @Test
    void featuresNameTheGapPatternTypesAndDistance() {
        Document d = LearnedDocs.doc("Jane Roe of Acme Widgets said so.");
        List<String> f = Arrays.asList(PairFeatures.of(d.text(), LearnedDocs.candidates(d).get(0)));
        assertTrue(f.contains("order=Person>Organization"), f.toString());
        assertTrue(f.contains("gap=of"), f.toString());
        assertTrue(f.contains("Person>Organization|gap=of"), f.toString());
        assertTrue(f.contains("dist=1"), f.toString());
        assertTrue(f.contains("Person>Organization|path=of_"), f.toString());
        assertTrue(f.contains("r1=said"), f.toString());
        assertTrue(f.contains("first-opens"), f.toString());
    }

    @Test
    void datelineAndBasedFeatures() {
        Document d = LearnedDocs.doc("PORT ELM, Eastmoor (AP) _ Kestrel Labs and Nordwind Trust met.");
        List<String> f = Arrays.asList(PairFeatures.of(d.text(), LearnedDocs.candidates(d).get(0)));
        assertTrue(f.contains("dateline") && f.contains("caps1") && f.contains("gap=comma"), f.toString());
        Document b = LearnedDocs.doc("The Port Elm-based Kestrel Labs grew.");
        List<String> g = Arrays.asList(PairFeatures.of(b.text(), LearnedDocs.candidates(b).get(0)));
        assertTrue(g.contains("gap=based"), g.toString());
    }

    @Test
    void overlappingReadingsBetweenTwoPlacesAreOneListMember() {
        // "Lake Fen" read twice (as "Lake Fen" and "Fen") between two places: the gap is read once, not backwards
        String text = "Northland, Lake Fen and Westvale";
        MentionIndex.Hit a = hit(text, "Northland", "northland");
        MentionIndex.Hit lake = hit(text, "Lake Fen", "lake-fen");
        MentionIndex.Hit fen = hit(text, "Fen", "fen");
        MentionIndex.Hit b = hit(text, "Westvale", "westvale");
        assertTrue(Candidates.inOneList(text, List.of(a, lake, fen, b), a, b, List.of(lake, fen)));
    }

    private static MentionIndex.Hit hit(String text, String name, String key) {
        int at = text.indexOf(name);
        Mention m = new Mention(name, new Span(at, at + name.length()), 0);
        return new MentionIndex.Hit(new Entity(key, name, EntityType.PLACE, Set.of(), List.of(m), null), m);
    }
}
