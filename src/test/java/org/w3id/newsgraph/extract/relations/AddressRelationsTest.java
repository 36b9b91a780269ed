package org.w3id.newsgraph.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.REGION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.quotes.QuoteStep;
import org.w3id.newsgraph.extract.roles.RoleStep;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

/** Addresses and source lines ({@link AddressRelations}) on made-up text. */
class AddressRelationsTest {
    private final Pipeline pipeline = Pipeline.builder().add(new RoleStep()).add(new QuoteStep()).add(new RelationStep())
            .build(java.util.Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES, Annotations.COREFERENCE));

    private List<String> rows(String text, TestDocs entities) {
        Document d = pipeline.run(entities.doc(text));
        return d.get(Annotations.RELATIONS).stream().filter(r -> r.type().localName().equals("basedIn"))
                .map(r -> r.subjectKey() + " " + r.type().localName() + " " + r.objectKey() + " | " + r.cue()).toList();
    }

    @Test
    void anOrganisationBeforeATownAndItsStateIsBasedInBoth() {
        String text = """
                Sarn Tool Co., Brockton, Mass., makes drills.
                The Brant Mining Center in Carterville, Ill. employs 200 people.
                The Hollis Dam near Carterville, Ill. holds the river.
                """;
        TestDocs e = TestDocs.entities()
                .of("sarn", "Sarn Tool Co.", COMPANY, "Sarn Tool Co.")
                .of("brockton", "Brockton", CITY, "Brockton")
                .of("massachusetts", "Massachusetts", REGION, "Mass.")
                .of("brant", "Brant Mining Center", ORGANIZATION, "Brant Mining Center")
                .of("carterville", "Carterville", CITY, "Carterville")
                .of("illinois", "Illinois", REGION, "Ill.")
                .of("dam", "Hollis Dam", ORGANIZATION, "Hollis Dam");
        assertEquals(List.of(
                "sarn basedIn brockton | Sarn Tool Co., Brockton, Mass.",
                "sarn basedIn massachusetts | Sarn Tool Co., Brockton, Mass.",
                "brant basedIn carterville | Brant Mining Center in Carterville", // the rule for "ORG in CITY" first
                "brant basedIn illinois | Brant Mining Center in Carterville, Ill."), rows(text, e)); // not "near"
    }

    @Test
    void aSourceLineNamesWhereTheOutletIsPublished() {
        String text = """
                Ferry Line Opens LD0303083794 Lisbon TVX-NET in English 0729 GMT 3 Mar 94
                Lisbon NOTICIAS
                Lisbon RADIO SUL in Porto said the ferry was late.
                """;
        TestDocs e = TestDocs.entities()
                .of("lisbon", "Lisbon", CITY, "Lisbon")
                .of("porto", "Porto", CITY, "Porto")
                .of("tvx", "TVX-NET", MEDIA_ORGANIZATION, "TVX-NET")
                .of("noticias", "NOTICIAS", MEDIA_ORGANIZATION, "NOTICIAS")
                .of("sul", "RADIO SUL", MEDIA_ORGANIZATION, "RADIO SUL");
        // the third line is no source line ("in Porto" is no language): the rule for "ORG in CITY" alone speaks
        assertEquals(List.of("tvx basedIn lisbon | Lisbon TVX-NET", "noticias basedIn lisbon | Lisbon NOTICIAS",
                "sul basedIn porto | RADIO SUL in Porto"), rows(text, e));
    }
}
