package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.SourceText;

/**
 * First names merged with the person ({@link GroupLinks}), overruns trimmed ({@link NameEdges}), ordinary words
 * dropped ({@link CommonWordNames}), cut names joined ({@link CutNames}) and types from head words
 * ({@link HeadWordTypes}), on made-up articles.
 */
class NameEdgeRulesTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    private static List<Entity> entities(String text) {
        return EXTRACTOR.extract(new SourceText("t.txt", text)).entities();
    }

    private static Map<String, EntityType> names(String text) {
        return entities(text).stream().collect(Collectors.toMap(Entity::name, e -> e.type().coarse(), (a, b) -> a));
    }

    @Test
    void aFirstNameJoinsTheOnePersonNamedInFull() {
        List<Entity> es = entities("The campaign hired staff.\n\n"
                + "Dorian Whitcombe, the campaign chairman, said the staff was ready. Within weeks, Dorian was "
                + "running the convention team in Denver.\n");
        assertTrue(es.stream().noneMatch(e -> e.name().equals("Dorian")), es.toString());
        Entity p = es.stream().filter(e -> e.name().equals("Dorian Whitcombe")).findFirst().orElseThrow();
        assertEquals(2, p.mentions().size(), p.toString());
    }

    @Test
    void aFirstNameSharedByTwoPeopleStaysApart() {
        List<Entity> es = entities("The campaign hired staff.\n\n"
                + "Dorian Whitcombe and Dorian Falkreath, both advisers, said the staff was ready. Within weeks, "
                + "Dorian was running the convention team in Denver.\n");
        for (String full : List.of("Dorian Whitcombe", "Dorian Falkreath")) {
            Entity p = es.stream().filter(e -> e.name().equals(full)).findFirst().orElseThrow();
            assertEquals(1, p.mentions().size(), p.toString());
        }
    }

    @Test
    void reportingVerbsAndCreditWordsAreNoPartOfAName() {
        Map<String, EntityType> n = names("Budget Talks Stall\n\nBy Marla Quennell Video\n\n"
                + "Lawmakers left Denver without a deal on Tuesday.\n\nSaid Orrin Faldane: \"We tried.\"\n");
        assertTrue(n.keySet().stream().noneMatch(k -> k.startsWith("Said") || k.endsWith("Video")), n.toString());
        assertEquals(EntityType.PERSON, n.get("Orrin Faldane"), n.toString());
    }

    @Test
    void aSchoolInATownEndsBeforeTheTown() {
        Map<String, EntityType> n = names("Pupils returned.\n\n"
                + "Tessa Brume studied at Juniper Hollow Elementary School in Marwick Falls before college.\n");
        assertTrue(n.keySet().stream().noneMatch(k -> k.contains(" in ")), n.toString());
    }

    @Test
    void aPartyAdjectiveBeforeALegislatureModifyingAPluralIsNoBody() {
        Map<String, EntityType> n = names("The race tightened.\n\n"
                + "Several Democratic Senate candidates met Tessa Brume in Denver on Monday.\n");
        assertFalse(n.containsKey("Democratic Senate"), n.toString());
        Map<String, EntityType> a = names("The inquiry opened.\n\n"
                + "An Australian Senate inquiry heard from Tessa Brume in Canberra on Monday.\n");
        assertTrue(a.keySet().stream().anyMatch(k -> k.contains("Senate") && !k.equals("Senate")), a.toString());
    }

    @Test
    void contractionsAndOnceUsedOrdinaryWordsAreNoEntities() {
        Map<String, EntityType> n = names("How the Claims Slipped Through the Cracks of the Review\n\n"
                + "\"I'm not worried,\" Tessa Brume said in Denver, though some claims were lost.\n");
        assertFalse(n.containsKey("I'm") || n.containsKey("Cracks"), n.toString());
        assertEquals(EntityType.PERSON, n.get("Tessa Brume"), n.toString());
        // a score line keeps its one-word club names
        Map<String, EntityType> s = names("Soccer results on Saturday.\n\nLEEDS 1996-08-24\n\nHornets 3 Falcons 1\n");
        assertTrue(s.containsKey("Hornets") && s.containsKey("Falcons"), s.toString());
    }

    @Test
    void anAmpersandFirmIsOneCompany() {
        Map<String, EntityType> n = names("Retail sales slowed.\n\n"
                + "The department store chain Harrow & Quillfeather said on Monday that sales fell in Denver.\n");
        assertEquals(EntityType.ORGANIZATION, n.get("Harrow & Quillfeather"), n.toString());
        assertTrue(n.keySet().stream().noneMatch(k -> k.startsWith("&")), n.toString());
    }

    @Test
    void aStatesDepartmentIsTheStates() {
        Map<String, EntityType> n = names("Turnout rose.\n\n"
                + "Figures from the Ohio Department of State showed turnout rose, Tessa Brume said.\n");
        assertEquals(EntityType.ORGANIZATION, n.get("Ohio Department of State"), n.toString());
    }

    @Test
    void venuesAndStreetsArePlacesAndGivenNamePlusSurnameIsAPerson() {
        Map<String, EntityType> n = names("Crowds gathered.\n\n"
                + "Protesters marched down Quillon Avenue to the Marwick Events Center, where Tessa Brume spoke.\n");
        assertEquals(EntityType.PLACE, n.get("Quillon Avenue"), n.toString());
        assertEquals(EntityType.PLACE, n.get("Marwick Events Center"), n.toString());
    }

    @Test
    void aNameInsideAQuotedShowTitleIsNoMentionOfTheChannel() {
        Map<String, EntityType> n = names("The senator spoke on Sunday.\n\n"
                + "Tessa Brume said in an interview with \u201cQuillon Radio Sunday Edition.\u201d "
                + "She later flew to Denver.\n");
        assertFalse(n.containsKey("Quillon Radio"), n.toString());
        assertEquals(EntityType.PERSON, n.get("Tessa Brume"), n.toString());
        Map<String, EntityType> places = names("Jobs came back.\n\n"
                + "Tessa Brume promised jobs from \u201cDenver to Boston.\u201d\n");
        assertEquals(EntityType.PLACE, places.get("Boston"), places.toString());
    }

    @Test
    void aNameForAPlaceIsACampaignOrganisation() {
        Map<String, EntityType> n = names("The campaign grew.\n\n"
                + "Tessa Brume said that Whitcombe for Colorado built its lists in Denver, and she thanked Whitcombe "
                + "for Colorado\u2019s help.\n");
        assertEquals(EntityType.ORGANIZATION, n.get("Whitcombe for Colorado"), n.toString());
        assertEquals(EntityType.PLACE, n.get("Colorado"), n.toString()); // the possessive after the verb stays apart
    }
}
