package org.w3id.newsgraph.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.COUNTRY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.REGION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.quotes.QuoteStep;
import org.w3id.newsgraph.extract.roles.RoleStep;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

/** Each check of {@link TrustedRelations}, {@link CueMood} and {@link RuleConfidence}, on made-up text. */
class TrustedRelationsTest {
    private final Pipeline pipeline = Pipeline.builder().add(new RoleStep()).add(new QuoteStep()).add(new RelationStep())
            .build(java.util.Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES, Annotations.COREFERENCE));

    private static List<String> rows(Document d) {
        return d.get(Annotations.RELATIONS).stream()
                .map(r -> r.subjectKey() + " " + r.type().localName() + " " + r.objectKey()).toList();
    }

    /** Whether the filter keeps the relation, stated by a rule of that family in sentence {@code sentence}. */
    private static boolean keeps(Document d, int sentence, String subject, RelationType type, String object) {
        Relation r = new Relation(subject, type, object, "", d.get(Annotations.SENTENCES).get(sentence).span(),
                RuleConfidence.of(RuleConfidence.Family.STRUCTURAL, type));
        return new TrustedRelations(ArticleView.of(d)).keeps(r);
    }

    @Test
    void membersOfOneListAreNotInsideEachOther() {
        String text = """
                The chain sells in Arden, Freedonia and Norland.
                It also sells in Norland, Arden, Freedonia.
                Its depot in Pinecrest, Arden, opened.
                """;
        Document d = TestDocs.entities()
                .of("arden", "Arden", REGION, "Arden")
                .of("freedonia", "Freedonia", COUNTRY, "Freedonia")
                .of("norland", "Norland", COUNTRY, "Norland")
                .of("pinecrest", "Pinecrest", CITY, "Pinecrest")
                .doc(text);
        assertEquals(List.of("pinecrest locatedIn arden"), rows(pipeline.run(d)));
        assertFalse(keeps(d, 1, "arden", RelationType.LOCATED_IN, "freedonia"), "an earlier member before them");
        assertTrue(keeps(d, 2, "pinecrest", RelationType.LOCATED_IN, "arden"), "City, State stays");
        assertFalse(keeps(d, 2, "arden", RelationType.LOCATED_IN, "pinecrest"), "a region is not inside a city");
    }

    @Test
    void aDatelinesWireCreditIsBasedNowhere() {
        String text = """
                PINECREST (Wirepress) — Acme Networks opened a plant.
                Wirepress, a Pinecrest agency, hired staff.
                """;
        Document d = TestDocs.entities()
                .of("pinecrest", "Pinecrest", CITY, "Pinecrest")
                .of("wirepress", "Wirepress", MEDIA_ORGANIZATION, "Wirepress")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .doc(text);
        assertFalse(keeps(d, 0, "wirepress", RelationType.BASED_IN, "pinecrest"));
        assertTrue(keeps(d, 1, "wirepress", RelationType.BASED_IN, "pinecrest"));
    }

    @Test
    void endsOfTheWrongTypeAreDropped() {
        String text = """
                Jane Roe of Pinecrest met Tom Avery in Arden.
                A Pinecrest-based IT firm and the Pinecrest-based Acme Networks signed.
                """;
        Document d = TestDocs.entities().person("Jane Roe").person("Tom Avery")
                .of("pinecrest", "Pinecrest", CITY, "Pinecrest")
                .of("arden", "Arden", REGION, "Arden")
                .of("it", "IT", ORGANIZATION, "IT")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .doc(text);
        assertFalse(keeps(d, 0, "jane-roe", RelationType.BASED_IN, "pinecrest"), "a person is based nowhere");
        assertFalse(keeps(d, 0, "pinecrest", RelationType.MEETS_WITH, "tom-avery"), "a city meets no one");
        assertTrue(keeps(d, 0, "jane-roe", RelationType.MEETS_WITH, "tom-avery"));
        assertFalse(keeps(d, 1, "it", RelationType.BASED_IN, "pinecrest"), "an unnamed firm");
        assertEquals(List.of("jane-roe meetsWith tom-avery", "acme basedIn pinecrest"), rows(pipeline.run(d)));
    }

    @Test
    void endsAreWholeNames() {
        String text = """
                Jane Roe, a professor at the College, spoke.
                Tom Avery, a fellow at the University of New, spoke.
                Ana Ruiz, head of the Senate Reform Fund, spoke.
                Ivo Dunn, chairman of the Senate, spoke.
                """;
        Document d = TestDocs.entities().person("Jane Roe").person("Tom Avery").person("Ana Ruiz").person("Ivo Dunn")
                .of("college", "College", ORGANIZATION, "College")
                .of("uni", "University of New", ORGANIZATION, "University of New")
                .of("senate", "Senate", GOVERNMENT_BODY, "Senate")
                .doc(text);
        assertFalse(keeps(d, 0, "jane-roe", RelationType.HOLDS_ROLE_IN, "college"), "a generic head alone");
        assertFalse(keeps(d, 1, "tom-avery", RelationType.HOLDS_ROLE_IN, "uni"), "a name cut short");
        assertFalse(keeps(d, 2, "ana-ruiz", RelationType.HOLDS_ROLE_IN, "senate"), "a part of a longer name");
        assertTrue(keeps(d, 3, "ivo-dunn", RelationType.HOLDS_ROLE_IN, "senate"));
    }

    @Test
    void aStateBodyIsNotTheNationalOne() {
        String text = """
                State Senate leader Ana Ruiz spoke.
                Arden's Supreme Court ruled.
                Senate leader Ivo Dunn spoke.
                """;
        Document d = TestDocs.entities().person("Ana Ruiz").person("Ivo Dunn")
                .of("senate", "Senate", GOVERNMENT_BODY, "Senate")
                .of("court", "Supreme Court", GOVERNMENT_BODY, "Supreme Court")
                .of("arden", "Arden", REGION, "Arden")
                .doc(text);
        assertFalse(keeps(d, 0, "ana-ruiz", RelationType.HOLDS_ROLE_IN, "senate"));
        assertFalse(keeps(d, 1, "court", RelationType.BASED_IN, "arden"));
        assertTrue(keeps(d, 2, "ivo-dunn", RelationType.HOLDS_ROLE_IN, "senate"));
    }

    @Test
    void modalsNegationsQuestionsAndIdiomsStateNoRelation() {
        String text = """
                Acme Networks met with Bolt Telecom on Monday.
                Acme Networks would meet with Orion Mobile if asked.
                Acme Networks did not meet with Skylark Labs.
                Acme Networks wants to meet with Vela Corp.
                Did Acme Networks meet with Kappa Group?
                “We have not decided,” Acme Networks told Wirepress.
                Acme Networks met the deadline Lumen Labs set.
                Acme Networks will meet with Nova Corp next week.
                """;
        Document d = TestDocs.entities()
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .of("bolt", "Bolt Telecom", COMPANY, "Bolt Telecom")
                .of("orion", "Orion Mobile", COMPANY, "Orion Mobile")
                .of("skylark", "Skylark Labs", COMPANY, "Skylark Labs")
                .of("vela", "Vela Corp", COMPANY, "Vela Corp")
                .of("kappa", "Kappa Group", COMPANY, "Kappa Group")
                .of("wirepress", "Wirepress", MEDIA_ORGANIZATION, "Wirepress")
                .of("lumen", "Lumen Labs", COMPANY, "Lumen Labs")
                .of("nova", "Nova Corp", COMPANY, "Nova Corp")
                .doc(text);
        // "met the deadline" is an idiom, not a meeting; a meeting to come is stated as firmly as one held
        assertEquals(List.of("acme meetsWith bolt", "acme spokeTo wirepress", "acme meetsWith nova"), rows(pipeline.run(d)));
    }

    @Test
    void everyStatementCarriesAConfidenceThatClearsTheThreshold() {
        String text = "Acme Networks met with Bolt Telecom. Jane Roe, chief executive of Acme Networks, spoke.\n";
        Document d = TestDocs.entities().person("Jane Roe")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .of("bolt", "Bolt Telecom", COMPANY, "Bolt Telecom")
                .doc(text);
        List<Relation> out = pipeline.run(d).get(Annotations.RELATIONS);
        assertEquals(2, out.size(), out.toString());
        assertTrue(out.stream().allMatch(r -> r.confidence() != null && r.confidence() >= RuleConfidence.THRESHOLD));
        Relation unsure = new Relation("acme", RelationType.MEETS_WITH, "bolt", "met",
                d.get(Annotations.SENTENCES).get(0).span(), RuleConfidence.THRESHOLD - 0.01);
        assertFalse(new TrustedRelations(ArticleView.of(d)).keeps(unsure));
    }

    @Test
    void aRoleLosesTheOrganisationWhoseHoldsRoleInIsDropped() {
        String text = "Jane Roe, a professor at the College, spoke. Tom Avery, chief executive of Acme Networks, spoke.\n";
        Document d = pipeline.run(TestDocs.entities().person("Jane Roe").person("Tom Avery")
                .of("college", "College", ORGANIZATION, "College")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .doc(text));
        assertEquals(List.of("tom-avery holdsRoleIn acme"), rows(d));
        List<String> roles = d.get(Annotations.ROLES).stream()
                .map(r -> r.personKey() + " " + r.title() + " " + r.organizationKey()).toList();
        assertTrue(roles.contains("tom-avery chief executive acme"), roles.toString());
        assertTrue(roles.stream().noneMatch(r -> r.endsWith(" college")), roles.toString());
    }

    @Test
    void aCueKeepsItsRelationWhenItsSubjectStandsWhereTheClausePutsIt() {
        String text = """
                Acme Networks pressed Bolt Telecom on prices.
                Jane Roe wrote to Acme Networks, urging Bolt Telecom to act.
                “We will act,” Jane Roe, the head of Acme Networks, told Wirepress.
                Ivo Dunn, a longtime lawyer, told Wirepress about Acme Networks.
                """;
        Document d = TestDocs.entities().person("Jane Roe").person("Ivo Dunn")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .of("bolt", "Bolt Telecom", COMPANY, "Bolt Telecom")
                .of("wirepress", "Wirepress", MEDIA_ORGANIZATION, "Wirepress")
                .of("pinecrest", "Pinecrest", CITY, "Pinecrest")
                .doc(text);
        // Acme Networks, after "to", is only the nearest name before "urging": the sentence's subject urges
        assertEquals(List.of("acme pressures bolt", "jane-roe pressures bolt", "jane-roe spokeTo acme",
                "jane-roe spokeTo wirepress", "ivo-dunn spokeTo wirepress", "jane-roe holdsRoleIn acme"),
                rows(pipeline.run(d)));
        assertEquals(10.0 / 14, RuleConfidence.cue(RelationType.SPOKE_TO, true), 1e-9, "its own cell: 9 of 12");
        assertEquals(17.0 / 26, RuleConfidence.cue(RelationType.RESTRICTS, true), 1e-9, "one row: every held row");
        assertTrue(RuleConfidence.cue(RelationType.PRESSURES, false) < RuleConfidence.THRESHOLD);
    }
}
