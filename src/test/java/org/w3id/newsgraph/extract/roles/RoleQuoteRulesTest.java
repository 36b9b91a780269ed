package org.w3id.newsgraph.extract.roles;

import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.quotes.QuoteStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.COUNTRY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.POLITICAL_ORGANIZATION;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

/** The role and quote rules added for unseen articles, each on invented sentences. */
class RoleQuoteRulesTest {
    private static Document run(Document d) {
        return Pipeline.builder().add(new RoleStep()).add(new QuoteStep())
                .build(Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES)).run(d);
    }

    private static List<String> roles(Document out) {
        return out.get(Annotations.ROLES).stream().map(r -> r.personKey() + " | " + r.title() + " | "
                + r.organizationKey()).toList();
    }

    private static List<String> quotes(Document out) {
        return out.get(Annotations.QUOTES).stream().map(q -> q.speakerKey() + " | " + q.via() + " | " + q.verb()
                + " | " + q.text()).toList();
    }

    @Test
    void governmentPostsConjoinedTitlesPartiesAndLegislatures() {
        String text = """
                Freedonia will tighten its rules, Freedonia's government said on Monday, after talks in Freedonia.

                Justice Minister Olga Varn announced the plan. Tom Brack, Freedonia's Deputy Premier and Minister for Transport, backed it.

                The Greenfield Party held a rally. Greenfield candidate Ada Lowe opposed it, as did Coast MSP Ian Rudd, who sits in the Scottish Parliament.

                Orbix will have to comply. The company's founder and chairman, Bea Holt, agreed.
                """;
        Document out = run(TestDocs.entities()
                .of("freedonia", "Freedonia", COUNTRY, "Freedonia")
                .person("Olga Varn")
                .person("Tom Brack")
                .of("greenfield-party", "Greenfield Party", POLITICAL_ORGANIZATION, "Greenfield Party")
                .person("Ada Lowe")
                .person("Ian Rudd")
                .of("scottish-parliament", "Scottish Parliament", GOVERNMENT_BODY, "Scottish Parliament")
                .person("Bea Holt")
                .of("orbix", "Orbix", COMPANY, "Orbix")
                .doc(text));
        assertEquals(List.of(
                "olga-varn | Justice Minister | freedonia",
                "tom-brack | Deputy Premier | freedonia",
                "tom-brack | Minister for Transport | freedonia",
                "ada-lowe | candidate | greenfield-party",
                "ian-rudd | MSP | scottish-parliament",
                "bea-holt | founder | orbix",
                "bea-holt | chairman | orbix"), roles(out));
    }

    @Test
    void titlesInsideQuoteAttributions() {
        String text = """
                Orbix shares fell. “We expected more,” said Orbix’s regional director, Kim Sato.

                “Costs are rising,” Lee Park, an Orbix senior vice-president for northern, central and eastern markets, said in a statement.
                """;
        Document out = run(TestDocs.entities()
                .of("orbix", "Orbix", COMPANY, "Orbix")
                .person("Kim Sato")
                .person("Lee Park")
                .doc(text));
        assertEquals(List.of(
                "kim-sato | regional director | orbix",
                "lee-park | senior vice-president for northern | orbix"), roles(out));
        assertEquals(List.of(
                "kim-sato | null | said | We expected more",
                "lee-park | statement | said | Costs are rising"), quotes(out));
    }

    @Test
    void spokespeopleSurnamesAndOrganisationsAfterNames() {
        String text = """
                A spokeswoman for Orbix said the firm had done nothing wrong. “We will appeal,” the spokeswoman said.

                A Velto spokesman declined to comment on the figures. “It is too early,” he said.

                Analyst Rosa Quint looked at the numbers. “This will hurt,” Quint said. “Badly,” said Ms Quint.

                “We are looking at every option,” Inspector Sam Ode of the Harbour Police told reporters.
                """;
        Document out = run(TestDocs.entities()
                .of("orbix", "Orbix", COMPANY, "Orbix")
                .of("velto", "Velto", COMPANY, "Velto")
                .person("Rosa Quint")
                .person("Sam Ode")
                .of("harbour-police", "Harbour Police", GOVERNMENT_BODY, "Harbour Police")
                .doc(text));
        assertEquals(List.of(
                "orbix | spokesperson | said | We will appeal",
                "velto | spokesperson | said | It is too early",
                "rosa-quint | null | said | This will hurt",
                "rosa-quint | null | said | Badly",
                "sam-ode | null | told | We are looking at every option"), quotes(out));
        assertEquals(List.of(
                "rosa-quint | Analyst | null",
                "sam-ode | Inspector | harbour-police"), roles(out));
    }
}
