package org.w3id.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.EntityType;

/** Each coreference pattern on made-up text: names, titles, nicknames, descriptions, pronouns, shared surnames. */
class CorefStepTest {
    private static final EntityType PERSON = EntityType.PERSON;

    @Test
    void surnameAndFirstNameGoToThePersonNamedInFull() {
        CorefDocs d = new CorefDocs("Marta Lindqvist runs the harbour board. Lindqvist said the cranes were old. "
                + "Marta later left.").entity("Marta Lindqvist", PERSON);
        assertEquals("Marta Lindqvist", d.at("Lindqvist", 2));
        assertEquals("Marta Lindqvist", d.at("Marta", 2));
    }

    @Test
    void honorificAndTitleWithSurname() {
        CorefDocs d = new CorefDocs("Tobias Brandt met Eli Halvorsen and Greta Quill. Chancellor Brandt spoke first. "
                + "Vermont Sen. Eli Halvorsen answered. Ms. Quill left. Mr. Halvorsen stayed.")
                .entity("Tobias Brandt", PERSON).entity("Eli Halvorsen", PERSON).entity("Greta Quill", PERSON);
        assertEquals("Tobias Brandt", d.at("Chancellor Brandt", 1));
        assertEquals("Eli Halvorsen", d.at("Sen. Eli Halvorsen", 1));
        assertEquals("Greta Quill", d.at("Ms. Quill", 1));
        assertEquals("Eli Halvorsen", d.at("Mr. Halvorsen", 1));
    }

    @Test
    void nicknameOfAGivenName() {
        CorefDocs d = new CorefDocs("William Tarrant opened the bakery in May. Everyone calls him Bill at the market.")
                .entity("William Tarrant", PERSON);
        assertEquals("William Tarrant", d.at("Bill", 1));
    }

    @Test
    void twoPeopleWithOneSurnameStayApart() {
        CorefDocs d = new CorefDocs("Anna Ferreira and Paulo Ferreira own the ferry line. Ms. Ferreira keeps the books. "
                + "Mr. Ferreira steers the boat. Paulo Ferreira spoke to the council. Ferreira said fares would rise.")
                .entity("Anna Ferreira", PERSON).entity("Paulo Ferreira", PERSON);
        assertEquals("Anna Ferreira", d.at("Ms. Ferreira", 1));
        assertEquals("Paulo Ferreira", d.at("Mr. Ferreira", 1));
        assertEquals("Paulo Ferreira", d.at("Ferreira", 6), "a bare surname goes to the one named last");
    }

    @Test
    void pronounsFollowGenderFromGivenNamesAndHonorifics() {
        CorefDocs d = new CorefDocs("Susan Okafor met Dev Raman on Monday. She said the bridge was unsafe. "
                + "He disagreed.").entity("Susan Okafor", PERSON).entity("Dev Raman", PERSON);
        assertEquals("Susan Okafor", d.at("She", 1));
        assertEquals("Dev Raman", d.at("He", 1));
        CorefDocs h = new CorefDocs("Ms. Pell and Lior Sand toured the mill. Later she signed the order.")
                .entity("Kim Pell", PERSON, "Pell").entity("Lior Sand", PERSON);
        assertEquals("Kim Pell", h.at("she", 1), "the honorific shows the gender of a name the list lacks");
    }

    @Test
    void earlierPronounsFixTheGender() {
        CorefDocs d = new CorefDocs("Sasha Verin and Noor Adeyemi met. Sasha Verin said she would resign. "
                + "Noor Adeyemi spoke next. Then she left the room.")
                .entity("Sasha Verin", PERSON).entity("Noor Adeyemi", PERSON);
        assertEquals("Sasha Verin", d.at("she", 1));
        assertEquals("Sasha Verin", d.at("she", 2), "Noor Adeyemi's gender is unknown, Sasha Verin's is not");
    }

    @Test
    void theSubjectOfThePreviousAttributionComesFirst() {
        CorefDocs d = new CorefDocs("“The road is closed,” Paul Ostrow said after meeting Victor Hale. "
                + "He added that repairs would take a year.").entity("Paul Ostrow", PERSON).entity("Victor Hale", PERSON);
        assertEquals("Paul Ostrow", d.at("He", 1));
    }

    @Test
    void aPronounWithNoCompatibleAntecedentStaysUnresolved() {
        CorefDocs d = new CorefDocs("Robert Klein spoke to the board. She was not there.")
                .entity("Robert Klein", PERSON);
        assertNull(d.at("She", 1));
        CorefDocs far = new CorefDocs("Robert Klein spoke. The rain fell. The river rose. The road closed. "
                + "The town slept. The bells rang. He woke.").entity("Robert Klein", PERSON);
        assertNull(far.at("He", 1), "no person within four sentences");
    }

    @Test
    void pronounsInsideAQuoteAreNotResolved() {
        CorefDocs d = new CorefDocs("Robert Klein said: “He will never win.”").entity("Robert Klein", PERSON);
        assertNull(d.at("He", 1));
    }

    @Test
    void definiteDescriptionsGoToAFittingOrganisation() {
        CorefDocs d = new CorefDocs("Orvane Mills cut 200 jobs, the Labour Standards Agency said. "
                + "The company denied it. The agency will review the cuts.")
                .entity("Orvane Mills", EntityType.COMPANY).entity("Labour Standards Agency", EntityType.GOVERNMENT_BODY);
        assertEquals("Orvane Mills", d.at("company", 1));
        assertEquals("Labour Standards Agency", d.at("agency", 1));
    }

    @Test
    void aSpokespersonBelongsToTheOrganisation() {
        CorefDocs d = new CorefDocs("A spokesman for Orvane Mills declined to comment. An Orvane Mills spokeswoman "
                + "called later. The spokesman said nothing more.").entity("Orvane Mills", EntityType.COMPANY);
        assertEquals("Orvane Mills", d.at("spokesman", 1));
        assertEquals("Orvane Mills", d.at("spokeswoman", 1));
        assertEquals("Orvane Mills", d.at("spokesman", 2));
    }

    @Test
    void aPersonDescriptionGoesToTheLatestSpeaker() {
        CorefDocs d = new CorefDocs("Eli Halvorsen said the bill was flawed. The Vermont senator voted against it.")
                .entity("Eli Halvorsen", PERSON);
        assertEquals("Eli Halvorsen", d.at("The Vermont senator", 1));
    }

    @Test
    void clustersCarryTheAliases() {
        CorefDocs d = new CorefDocs("Greta Quill spoke. Ms. Quill left.").entity("Greta Quill", PERSON);
        Coreference c = d.resolve();
        assertEquals(java.util.Set.of("Greta Quill", "Ms. Quill"), c.aliases("greta-quill",
                "Greta Quill spoke. Ms. Quill left."));
    }

    @Test
    void aSpeakerWithAnAppositionBeforeTheVerbIsStillTheLatestSpeaker() {
        CorefDocs d = new CorefDocs("Lars Holm, chief executive of Verdant, said in May that sales fell. "
                + "Otto Brenn, principal analyst at Harbourline, said the rules mattered most. "
                + "“It is the bottleneck,” he said.").entity("Lars Holm", PERSON).entity("Otto Brenn", PERSON);
        assertEquals("Otto Brenn", d.at("he", 1));
    }

    @Test
    void theCloseAntecedentIsTheOnlyFittingPersonNearby() {
        CorefDocs d = new CorefDocs("“The road is closed,” Paul Ostrow said. The council met on Monday. "
                + "Mayor Victor Hale opened the session. He announced new repairs.")
                .entity("Paul Ostrow", PERSON).entity("Victor Hale", PERSON);
        assertEquals("Victor Hale", d.closeAt("He", 1), "the person of the previous sentence, not the speaker");
        CorefDocs same = new CorefDocs("Paul Ostrow said it. On the river front, Victor Hale made the promises that "
                + "got him elected.").entity("Paul Ostrow", PERSON).entity("Victor Hale", PERSON);
        assertEquals("Victor Hale", same.closeAt("him", 1), "its own sentence first");
    }

    @Test
    void ofSeveralFittingPeopleTheSubjectElseNobody() {
        CorefDocs d = new CorefDocs("Last fall, Paul Ostrow mocked Victor Hale and Dev Raman. Now he leads the race.")
                .entity("Paul Ostrow", PERSON).entity("Victor Hale", PERSON).entity("Dev Raman", PERSON);
        assertEquals("Paul Ostrow", d.closeAt("he", 1));
        CorefDocs none = new CorefDocs("The question for the allies of Paul Ostrow is whether Victor Hale stays. "
                + "His meeting with Dev Raman matters.")
                .entity("Paul Ostrow", PERSON).entity("Victor Hale", PERSON).entity("Dev Raman", PERSON);
        assertNull(none.closeAt("His", 1), "two fitting people, neither the subject");
    }

    @Test
    void anObjectPronounIsNotItsOwnClauseSubject() {
        CorefDocs d = new CorefDocs("Victor Hale left early. Paul Ostrow thanked him warmly.")
                .entity("Paul Ostrow", PERSON).entity("Victor Hale", PERSON);
        assertEquals("Victor Hale", d.closeAt("him", 1));
    }

    @Test
    void itAndTheyGoToAnOrganisationThatIsASubject() {
        CorefDocs d = new CorefDocs("In May, a struggling Orvane Mills announced it would cut jobs.")
                .entity("Orvane Mills", EntityType.COMPANY);
        assertEquals("Orvane Mills", d.closeAt("it", 1));
        CorefDocs modifier = new CorefDocs("The leaders rebutted the Orvane Mills proposals. As they met, rain fell.")
                .entity("Orvane Mills", EntityType.COMPANY);
        assertNull(modifier.closeAt("they", 1), "a name modifying a noun is no antecedent for they");
    }

    @Test
    void aFarSpeakerIsNoCloseAntecedent() {
        CorefDocs d = new CorefDocs("Robert Klein said the plan failed. The rain fell. The river rose. "
                + "He announced a new plan.").entity("Robert Klein", PERSON);
        assertEquals("Robert Klein", d.at("He", 1), "the salience pass looks four sentences back");
        assertNull(d.closeAt("He", 1), "the close reading two");
    }

    @Test
    void quotedSentencesDoNotCountAsDistance() {
        CorefDocs d = new CorefDocs("Greta Quill posted a note. “We are all shaken. We wait for news.” "
                + "Later she issued a statement.").entity("Greta Quill", PERSON);
        assertEquals("Greta Quill", d.closeAt("she", 1));
    }
}
