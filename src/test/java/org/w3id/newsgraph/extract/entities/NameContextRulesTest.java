package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.Extractor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.SourceText;

/** The context rules for unknown names, on made-up sentences: every entity of each text, with its type. */
class NameContextRulesTest {
    private static final Extractor X = Extractor.create();

    /** name → type local name, for every entity of the text. */
    private static Map<String, String> entities(String text) {
        ArticleFacts f = X.extract(new SourceText("t.txt", text));
        Map<String, String> out = new TreeMap<>();
        for (Entity e : f.entities()) {
            out.put(e.name(), e.type().localName());
        }
        return out;
    }

    @Test
    void companyNounsHeadsAndPossessionsTypeCompanies() {
        assertEquals(Map.of("Brindle Optics", "Company"),
                entities("Prices were raised by the lens makers Brindle Optics on Monday."));
        assertEquals(Map.of("Tavistock Robotics", "Company"),
                entities("Tavistock Robotics said it would hire more staff this year."));
        assertEquals(Map.of("Ornfeld", "Company"),
                entities("Ornfeld’s shares fell sharply after the warning."));
    }

    @Test
    void aPostAtANameMakesItAnOrganisation() {
        Map<String, String> e = entities("Rosa Hallam, a senior analyst at Kettle Brook, said the deal was fair.");
        assertEquals("Person", e.get("Rosa Hallam"));
        assertTrue(e.get("Kettle Brook").matches("Organization|Company"), e.toString());
    }

    @Test
    void placeHeadsAndPlaceNounsMakePlaces() {
        Map<String, String> e = entities("Divers searched the Marrow Sea near the Elmbury ward for a week.");
        assertEquals("Place", e.get("Marrow Sea"));
        assertEquals("Place", e.get("Elmbury"));
        assertEquals(2, e.size(), e.toString());
    }

    @Test
    void productsLawsAndSoCalledTermsAreNoEntities() {
        assertEquals(Map.of(), entities("The Zephyr spacecraft will reach orbit next year, and Zephyr will then turn."));
        assertEquals(Map.of(), entities("The rules follow the Digital Fairness Act, which took effect in May."));
        assertEquals(Map.of(), entities("Officials added 40 firms to the so-called Grey Register on Monday."));
    }

    @Test
    void placesInsideOrganisationNamesStayInside() {
        Map<String, String> e = entities("She studied at the University of Bristol before moving abroad.");
        assertEquals(List.of("University of Bristol"), List.copyOf(e.keySet()));
    }

    @Test
    void upperCaseDatelinesAndPluralDemonymsReachTheGazetteer() {
        Map<String, String> e = entities("PARIS, May 2 (AP) — Americans bought fewer cars in April.");
        assertEquals("City", e.get("Paris"), e.toString());
        assertEquals("Country", e.get("United States"), e.toString());
    }

    @Test
    void continentAdjectivesAloneAreNoEntities() {
        assertEquals(Map.of(), entities("It was a proud day for European science, the agency said."));
    }

    @Test
    void aSurnameAloneIsNoListedTheName() {
        Map<String, String> e = entities("Opposition leader Rowan Hill called the plan a disgrace. Hill said the vote would fail.");
        assertEquals(Map.of("Rowan Hill", "Person"), e, e.toString());
        assertEquals("MediaOrganization", entities("Lawmakers told the Hill on Tuesday that the vote would fail.")
                .get("The Hill"));
    }

    @Test
    void partyTitlesSplitFromTheName() {
        Map<String, String> e = entities("Labour MP Dora Quint asked the minister about the delay.");
        assertEquals("Person", e.get("Dora Quint"), e.toString());
    }

    @Test
    void ordinaryWordsAtSentenceAndQuoteStartsAreNoNames() {
        assertEquals(Map.of(), entities("Industry estimates put the bill at millions. Older kit was left in place."));
        assertEquals(Map.of("Dora Quint", "Person"),
                entities("Dora Quint added: 'Lessons have to be learned by every council.'"));
        assertEquals(Map.of(), entities("The planner was found GUILTY of fraud on Friday."));
    }

    @Test
    void moneyAndHyphenatedModifiersAreNoNames() {
        assertEquals(Map.of(), entities("The average loss rose to A$49,600 for each Dubai-registered firm."));
    }

    @Test
    void aPlaceFollowedByAnOrganisationWordNamesTheOrganisation() {
        Map<String, String> e = entities("She appeared at Manchester Crown Court and studied at Edinburgh Napier University.");
        assertEquals(Map.of("Manchester Crown Court", "GovernmentBody", "Edinburgh Napier University", "Organization"), e);
    }

    @Test
    void doubleBarrelledNamesAndPossessiveOrganisationNamesStayWhole() {
        Map<String, String> e = entities("Pia Stroud-Vane beat her rival, the Women’s Tennis Association said. "
                + "Stroud-Vane will play again on Sunday.");
        assertEquals(Map.of("Pia Stroud-Vane", "Person", "Women’s Tennis Association", "Organization"), e);
    }

    @Test
    void titlesAndPostNominalsStayOffNames() {
        Map<String, String> e = entities("Prosecutor Dora Quint KC told jurors the plan had failed. "
                + "Prof Tamsin Leary agreed. \"It was a scheme,\" Ms Quint said.");
        assertEquals(Map.of("Dora Quint", "Person", "Tamsin Leary", "Person"), e);
    }

    @Test
    void partyAdjectivesNameTheParty() {
        Map<String, String> e = entities("Conservative candidate Dora Quint came second, behind Liberal Democrat "
                + "Tamsin Leary.");
        assertEquals(Map.of("Dora Quint", "Person", "Tamsin Leary", "Person", "Conservative Party",
                "PoliticalOrganization", "Liberal Democrats", "PoliticalOrganization"), e);
        assertEquals(Map.of(), entities("Labour shortages have hit farms across the region."));
    }

    @Test
    void aFirstWordAloneIsTheShortFormOfTheOrganisation() {
        Map<String, String> e = entities("Shares in Brindle Optics rose after the deal. Brindle said sales grew.");
        assertEquals(Map.of("Brindle Optics", "Company"), e);
    }

    @Test
    void namesBesideAPlaceArePlaces() {
        assertEquals(Map.of("Veldhaven", "Place", "Netherlands", "Country"),
                entities("The firm, of Veldhaven, Netherlands, hired 40 staff."));
        assertEquals(Map.of("Scotland", "Region", "Orkbury", "Place", "Tarnley", "Place"),
                entities("Most stores are in Scotland, the Orkbury and the Tarnley."));
        assertEquals(Map.of("Germany", "Country", "Loxwell", "Organization", "Hanse", "Company"),
                entities("Its customers include Loxwell and the German logistics company Hanse."), "a demonym lists no place")
                ;
    }

    @Test
    void organisationNamesWithListsAndTheirShortForms() {
        assertEquals(Map.of("Department for Roads, Rivers and Canals", "GovernmentBody"),
                entities("The Department for Roads, Rivers and Canals said the bridge would close."));
        assertEquals(Map.of("Tamsin Leary", "Person", "Brackwell Institute for Marine Research", "Organization"),
                entities("The study was led by the Brackwell Institute for Marine Research. Tamsin Leary, a "
                        + "researcher at the Brackwell Institute, said it took years."));
        assertEquals(Map.of("National Institutes of Marine Studies", "GovernmentBody"),
                entities("Funding came from the National Institutes of Marine Studies."));
    }

    @Test
    void aCommonWordCapitalisedMidSentenceIsANameAtTheSentenceStartToo() {
        Map<String, String> e = entities("Shares in Pennant Stores rose on Monday. Pennant said sales grew.");
        assertEquals(Map.of("Pennant Stores", "Company"), e);
        assertEquals(Map.of(), entities("Pennant flags flew over the ground on Monday."));
    }
}
