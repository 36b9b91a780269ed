package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.SourceText;

/** US state abbreviations (the gazetteer's AP forms) and a news service's source lines, on made-up text. */
class WirePlacesTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    static Map<String, Entity> byName(ArticleFacts f) {
        return f.entities().stream().collect(Collectors.toMap(Entity::name, e -> e, (a, b) -> a));
    }

    /** The basedIn and locatedIn statements as "subject relation object" (also for the other place tests). */
    static List<String> places(ArticleFacts f) {
        return f.relations().stream().filter(r -> r.type().localName().equals("locatedIn")
                || r.type().localName().equals("basedIn"))
                .map(r -> f.entity(r.subjectKey()).name() + " " + r.type().localName() + " "
                        + f.entity(r.objectKey()).name()).toList();
    }

    @Test
    void stateAbbreviationsAreTheStates() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", "Storms close schools.\n\n"
                + "The plant near Halberton, Calif., closed on Monday after a fire.\n\n"
                + "Marta Oduya was born in Kellsville, Tenn. She later moved to Dunmore, Ga., where she taught.\n"));
        Map<String, Entity> n = byName(f);
        assertEquals(EntityType.REGION, n.get("California").type(), n.toString());
        assertTrue(n.get("California").aliases().contains("Calif."), n.toString());
        assertEquals(EntityType.REGION, n.get("Tennessee").type(), n.toString()); // the sentence's stop is its own
        assertEquals("Tenn", n.get("Tennessee").mentions().get(0).text()); // the stop ends the sentence
        ArticleFacts dateline = EXTRACTOR.extract(new SourceText("t.txt", "Mill fire\n\n"
                + "WESTPORT, Conn. 1996-08-30\n\nA fire closed the Westport mill on Friday, the owners said.\n"));
        assertTrue(dateline.entities().stream().anyMatch(e -> e.name().equals("Connecticut")
                && e.mentions().get(0).text().equals("Conn.")), dateline.entities().toString());
        assertEquals(EntityType.REGION, n.get("Georgia").type(), n.toString()); // the state, not the country
        List<String> p = places(f);
        assertTrue(p.contains("Halberton locatedIn California"), p.toString());
        assertTrue(p.contains("Dunmore locatedIn Georgia"), p.toString());
    }

    @Test
    void aSourceLinePartsThePlaceFromTheOutlet() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", "Harbour deal signed\n\n"
                + "The talks on the harbour ended on Friday, the minister said.\n\n"
                + "PM2303111794 Lisbon DIARIO NOVO in Portuguese 23 Mar 94 p 3\n\n"
                + "Lisbon NOTICIAS\n\n"
                + "Ferry fares will rise in May, the operator said.\n"));
        Map<String, Entity> n = byName(f);
        assertTrue(n.containsKey("DIARIO NOVO") && n.containsKey("NOTICIAS") && n.containsKey("Lisbon"), n.toString());
        assertFalse(n.containsKey("Lisbon DIARIO NOVO"), n.toString());
        assertEquals(EntityType.ORGANIZATION, n.get("NOTICIAS").type().coarse());
        List<String> p = places(f);
        assertTrue(p.contains("DIARIO NOVO basedIn Lisbon") && p.contains("NOTICIAS basedIn Lisbon"), p.toString());
    }

    @Test
    void anOutletTheNameRulesLeftApartIsTheWholeRestOfTheLine() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", "Harbour deal signed\n\n"
                + "The talks on the harbour ended on Friday, the minister said.\n\n"
                + "Berlin ZK-RADIO\n\n"
                + "PY2604013394 Lisbon O DIARIO in Portuguese 23 Apr 94 p 8\n\n"
                + "Ferry fares will rise in May, the operator said.\n"));
        Map<String, Entity> n = byName(f);
        assertTrue(n.containsKey("ZK-RADIO") && n.containsKey("O DIARIO"), n.toString());
        List<String> p = places(f);
        assertTrue(p.contains("ZK-RADIO basedIn Berlin") && p.contains("O DIARIO basedIn Lisbon"), p.toString());
        // a headline in title case after a place is no outlet
        ArticleFacts h = EXTRACTOR.extract(new SourceText("t.txt", "Harbour deal signed\n\n"
                + "The talks on the harbour ended on Friday, the minister said.\n\n"
                + "Berlin Weighs New Rules\n\n"
                + "Ferry fares will rise in May, the operator said.\n"));
        assertTrue(places(h).isEmpty(), places(h).toString());
    }

    @Test
    void aSourceLineOrACapitalsDatelineBeforeTheFirstParagraphIsBodyText() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt",
                "LD2504174394 Berlin ZK-RADIO in German 1654 GMT 25 Apr 94\n\n"
                + "Ferry fares will rise in May, the operator of the harbour said.\n"));
        assertTrue(places(f).contains("ZK-RADIO basedIn Berlin"), places(f).toString());
        ArticleFacts d = EXTRACTOR.extract(new SourceText("t.txt", "MILLBROOK, Ohio\n\n"
                + "Ferry fares will rise in May, the operator of the harbour said.\n"));
        assertTrue(places(d).contains("Millbrook locatedIn Ohio"), places(d).toString());
    }

    @Test
    void aCompanyOfATownIsBasedThere() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", "Fire hits plant\n\n"
                + "The fire started at the Harlow Packing Co. of Houston on Monday, officials said.\n\n"
                + "The toys were imported by Brant Toy Corp. of Philadelphia.\n\n"
                + "The mayor of Dallas met the Insurance Co. of North America on Friday.\n"));
        Map<String, Entity> n = byName(f);
        assertTrue(n.containsKey("Houston") && !n.containsKey("Harlow Packing Co. of Houston"), n.toString());
        List<String> p = places(f);
        assertTrue(p.contains("Harlow Packing Co basedIn Houston") || p.contains("Harlow Packing Co. basedIn Houston"),
                p.toString());
        assertTrue(p.stream().anyMatch(r -> r.startsWith("Brant Toy Corp") && r.endsWith("basedIn Philadelphia")),
                p.toString());
        assertTrue(p.stream().noneMatch(r -> r.contains("North America") || r.contains("Dallas")), p.toString());
    }

    @Test
    void aNameWithItsOwnOfIsBasedInTheTownAfterASecondOf() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", "Seeds tested\n\n"
                + "Meanwhile, Ivo Dunn at the Institute of Botany of Houston found that the seeds lack variety.\n"));
        Map<String, Entity> n = byName(f);
        assertTrue(n.containsKey("Houston") && !n.containsKey("Institute of Botany of Houston"), n.toString());
        assertTrue(places(f).contains("Institute of Botany basedIn Houston"), places(f).toString());
    }

    @Test
    void aCompanyOfATownAndStateWithItsStopAndUsBeforeABody() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", "Parts recalled\n\n"
                + "The parts were made by the Brant Tool Co. of Houston, Texas, officials said.\n\n"
                + "Two officers of the U.S. Fisheries and Parks Service flew to Houston on Monday.\n"));
        List<String> p = places(f);
        assertTrue(p.stream().anyMatch(r -> r.startsWith("Brant Tool Co") && r.endsWith("basedIn Texas")), p.toString());
        assertTrue(p.stream().anyMatch(r -> r.startsWith("Fisheries and Parks Service basedIn United States")),
                p.toString());
    }

    @Test
    void aSourceLineWithTheIssueDate() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", "Ferry fares to rise\n\n"
                + "Text of Article PM3001110194 London THE DAILY POST 30 Jan 94 pp 1, 15\n\n"
                + "Ferry fares will rise in May, the operator of the harbour said.\n"));
        assertTrue(places(f).stream().anyMatch(r -> r.contains("DAILY POST") && r.endsWith("basedIn London")),
                places(f).toString());
    }

    @Test
    void documentNumbersAndLanguages() {
        assertTrue(SourceLines.isDocumentNumber("FL1402001894"));
        assertTrue(SourceLines.isDocumentNumber("944E0738B"));
        assertFalse(SourceLines.isDocumentNumber("NASA"));
        assertFalse(SourceLines.isDocumentNumber("1994"));
        assertTrue(SourceLines.isLanguage("Portuguese") && SourceLines.isLanguage("Serbo-Croatian"));
        assertFalse(SourceLines.isLanguage("Lyon"));
    }

    @Test
    void aDatelineTownInCapitalsBeforeAState() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", "Mill reopens\n\n"
                + "The mill reopened on Monday, the owners said.\n\n"
                + "CORBIN FALLS, Ore.\n\n"
                + "Workers cheered as the first shift began.\n\n"
                + "PURCHASE said nothing in the report.\n"));
        Map<String, Entity> n = f.entities().stream().collect(Collectors.toMap(e -> e.name().toUpperCase(), e -> e,
                (a, b) -> a));
        assertEquals(EntityType.PLACE, n.get("CORBIN FALLS").type().coarse(), n.toString());
        assertTrue(places(f).stream().anyMatch(p -> p.equalsIgnoreCase("Corbin Falls locatedIn Oregon")),
                places(f).toString());
        assertFalse(n.containsKey("PURCHASE"), n.toString()); // no state after it
    }
}
