package org.w3id.newsgraph.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.PLACE;
import static org.w3id.newsgraph.model.EntityType.POLITICAL_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.REGION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.quotes.QuoteStep;
import org.w3id.newsgraph.extract.roles.RoleStep;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

/** Sites "in" a place ({@link FacilitySeats}) on made-up text. */
class FacilitySeatsTest {
    private final Pipeline pipeline = Pipeline.builder().add(new RoleStep()).add(new QuoteStep()).add(new RelationStep())
            .build(java.util.Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES, Annotations.COREFERENCE));

    /** The basedIn and locatedIn rows of the relation step on {@code text}; shared by the tests here. */
    List<String> rows(String text, TestDocs entities) {
        Document d = pipeline.run(entities.doc(text));
        return d.get(Annotations.RELATIONS).stream()
                .filter(r -> r.type().localName().equals("basedIn") || r.type().localName().equals("locatedIn"))
                .map(r -> r.subjectKey() + " " + r.type().localName() + " " + r.objectKey()).toList();
    }

    @Test
    void aSiteInAPlaceIsThere() {
        String text = """
                Inspectors visited the Elm Ridge uranium processing plant in Ohio this week.
                The Harlow Plant in Ohio closed.
                He was treated at Elm Hospital in Pinecrest after the crash.
                They stayed at Birch Farm, a church retreat center in Pinecrest, he said.
                The Unity Party in Ohio met on Monday.
                Acme Steel in Ohio hired 40 people.
                """;
        TestDocs e = TestDocs.entities()
                .of("elm-ridge", "Elm Ridge", ORGANIZATION, "Elm Ridge")
                .of("harlow", "Harlow Plant", ORGANIZATION, "Harlow Plant")
                .of("hospital", "Elm Hospital", PLACE, "Elm Hospital")
                .of("farm", "Birch Farm", ORGANIZATION, "Birch Farm")
                .of("unity", "Unity Party", POLITICAL_ORGANIZATION, "Unity Party")
                .of("acme", "Acme Steel", COMPANY, "Acme Steel")
                .of("ohio", "Ohio", REGION, "Ohio")
                .of("pinecrest", "Pinecrest", CITY, "Pinecrest");
        // a party or a company "in" a state is not placed by this rule
        assertEquals(List.of("elm-ridge basedIn ohio", "harlow basedIn ohio", "hospital locatedIn pinecrest",
                "farm basedIn pinecrest"), rows(text, e));
    }
}
