package org.w3id.newsgraph.extract.roles;

import org.w3id.newsgraph.extract.SeedDocs;
import org.w3id.newsgraph.extract.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.COUNTRY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.CITY;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

class RoleStepTest {
    private final RoleStep step = new RoleStep();

    /** person | title | org, and the evidence sentence text. */
    private static List<String> rows(Document d) {
        return d.get(Annotations.ROLES).stream().map(r -> r.personKey() + " | " + r.title() + " | "
                + r.organizationKey() + " | " + r.evidence().of(d.text())).toList();
    }

    private static List<String> brief(Document d) {
        return d.get(Annotations.ROLES).stream().map(r -> r.personKey() + " | " + r.title() + " | "
                + r.organizationKey()).toList();
    }

    @Test
    void seed000RolesMatchGold() {
        Document d = step.apply(SeedDocs.seed000());
        assertEquals(List.of("marc-allera | CEO of BT’s consumer brands | bt",
                "angela-merkel | Chancellor | germany"), brief(d));
        Role allera = d.get(Annotations.ROLES).get(0);
        assertEquals("“Over the years that we’ve worked with Huawei, we’ve not yet seen anything that gives us cause "
                + "for concern,” Marc Allera, the CEO of BT’s consumer brands, told CNN on Friday.",
                allera.evidence().of(d.text()));
    }

    @Test
    void seed004RolesMatchGold() {
        Document d = step.apply(SeedDocs.seed004());
        assertEquals(List.of("christopher-wray | head | fbi", "sun-yafang | chairperson | huawei",
                "theresa-may | Prime Minister | united-kingdom"), brief(d));
    }

    @Test
    void appositionsAndPremodifiersWithOtherNames() {
        String text = """
                Jane Okafor, the chief executive of Nordwind Energy, told Reuters: “We will build the plant.”
                French President Emmanuel Macron said the deal was welcome.
                Meridian Foods chief executive Laura Chen declined to comment, said Tom Reyes, a former director of the Kestrel Institute.
                Ravi Menon, who heads the Harbour Authority, visited Lisbon.
                Kenji Sato, Orbital Systems’ general counsel, said the company would appeal.
                The Harbour Authority published its plan. The agency’s deputy director Maria Lopez signed it.
                """;
        Document d = TestDocs.entities()
                .person("Jane Okafor").person("Emmanuel Macron").person("Laura Chen").person("Tom Reyes")
                .person("Ravi Menon").person("Kenji Sato").person("Maria Lopez")
                .of("nordwind-energy", "Nordwind Energy", COMPANY, "Nordwind Energy")
                .of("reuters", "Reuters", MEDIA_ORGANIZATION, "Reuters")
                .of("france", "France", COUNTRY, "French")
                .of("meridian-foods", "Meridian Foods", COMPANY, "Meridian Foods")
                .of("kestrel-institute", "Kestrel Institute", ORGANIZATION, "Kestrel Institute")
                .of("harbour-authority", "Harbour Authority", GOVERNMENT_BODY, "Harbour Authority")
                .of("lisbon", "Lisbon", CITY, "Lisbon")
                .of("orbital-systems", "Orbital Systems", COMPANY, "Orbital Systems")
                .doc(text);
        assertEquals(List.of(
                "jane-okafor | chief executive | nordwind-energy",
                "emmanuel-macron | President | france",
                "laura-chen | chief executive | meridian-foods",
                "tom-reyes | former director | kestrel-institute",
                "ravi-menon | head | harbour-authority",
                "kenji-sato | general counsel | orbital-systems",
                "maria-lopez | deputy director | harbour-authority"), brief(step.apply(d)));
    }

    @Test
    void titleWithoutOrganisationKeepsNullOrganisation() {
        String text = "“Prices will rise,” said analyst Priya Natarajan.";
        Document d = TestDocs.entities().person("Priya Natarajan").doc(text);
        assertEquals(List.of("priya-natarajan | analyst | null | " + text), rows(step.apply(d)));
    }

    @Test
    void titlesLoseTheOrganisationTheRoleNamesAlready() {
        org.w3id.newsgraph.model.Entity uni = new org.w3id.newsgraph.model.Entity("corran", "Corran University",
                ORGANIZATION, java.util.Set.of("Corran"), List.of(), null);
        assertEquals("professor of law", RolePatterns.withoutOrganization("professor of law at Corran University", uni));
        assertEquals("fellow", RolePatterns.withoutOrganization("fellow at the Corran University in Omaha", uni));
        assertEquals("head of Corran’s law school", RolePatterns.withoutOrganization("head of Corran’s law school", uni));
        assertEquals("chancellor", RolePatterns.withoutOrganization("chancellor", null));
    }

    @Test
    void aCompanysShortNameInAPossessiveIsTheCompanyNamedFirst() {
        String text = """
                Tellwick Stores agreed to merge with Harbour Foods, and the group will trade as Tellwick Harbour.

                Tellwick’s chief executive, Imogen Castell, will lead the merged business.

                "We support the plan," said Rupert Vane, Harbour's chief financial officer.
                """;
        // "Harbour" tagged as a person, as a name model may do with an unknown one-word name
        Document d = step.apply(TestDocs.entities().person("Imogen Castell").person("Rupert Vane")
                .of("harbour", "Harbour", org.w3id.newsgraph.model.EntityType.PERSON, "Harbour")
                .of("tellwick-stores", "Tellwick Stores", COMPANY, "Tellwick Stores")
                .of("harbour-foods", "Harbour Foods", COMPANY, "Harbour Foods")
                .of("tellwick-harbour", "Tellwick Harbour", COMPANY, "Tellwick Harbour").doc(text));
        assertEquals(List.of("imogen-castell | chief executive | tellwick-stores",
                "rupert-vane | chief financial officer | harbour-foods"), brief(d));
    }
}
