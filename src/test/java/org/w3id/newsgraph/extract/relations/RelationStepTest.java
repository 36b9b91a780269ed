package org.w3id.newsgraph.extract.relations;

import org.w3id.newsgraph.extract.SeedDocs;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.quotes.QuoteStep;
import org.w3id.newsgraph.extract.roles.RoleStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.POLITICAL_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.COUNTRY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.REGION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

class RelationStepTest {
    private final Pipeline pipeline = Pipeline.builder().add(new RoleStep()).add(new QuoteStep()).add(new RelationStep())
            .build(java.util.Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES, Annotations.COREFERENCE));

    private static List<String> rows(Document d) {
        return d.get(Annotations.RELATIONS).stream().map(r -> r.subjectKey() + " " + r.type().localName() + " "
                + r.objectKey() + " | " + r.cue()).toList();
    }

    @Test
    void seed000Relations() {
        Document d = pipeline.run(SeedDocs.seed000());
        assertEquals(List.of(
                "bt basedIn united-kingdom | UK telecoms group",
                "huawei basedIn china | China’s",
                "marc-allera spokeTo cnn | told",
                "huawei operatesIn united-kingdom | presence in",
                "australia restricts huawei | blocked",
                "british-government-oversight-panel oversees huawei | monitors",
                "huawei supplies bt | keep Huawei as an “important equipment provider",
                "marc-allera holdsRoleIn bt | CEO of BT’s consumer brands",
                "angela-merkel holdsRoleIn germany | Chancellor"), rows(d));
        Relation first = d.get(Annotations.RELATIONS).get(0);
        assertEquals("UK telecoms group BT has seen no evidence that technology from China’s Huawei poses a security "
                + "risk.", first.evidence().of(d.text()));
    }

    @Test
    void seed004Relations() {
        Document d = pipeline.run(SeedDocs.seed004());
        assertEquals(List.of(
                "huawei basedIn china | Chinese telecommunications giant",
                "united-kingdom worksWith huawei | working with",
                "united-states accuses huawei | accused",
                "national-cyber-security-centre worksWith huawei | working with",
                "huawei operatesIn united-kingdom | In Britain",
                "the-cell partOf huawei | unit is known as",
                "national-cyber-security-centre oversees the-cell | overseen by",
                "christopher-wray spokeTo us-senate | told",
                "government-communications-headquarters worksWith huawei | worked closely with",
                "huawei operatesIn united-kingdom | presence in",
                "united-kingdom worksWith huawei | work with",
                "sun-yafang meetsWith theresa-may | meeting between",
                "huawei dealWith united-kingdom | procurement with",
                "huawei dealWith at-t | deal for",
                "us-government pressures verizon | pressure from",
                "huawei spokeTo the-telegraph | told",
                "christopher-wray holdsRoleIn fbi | head",
                "sun-yafang holdsRoleIn huawei | chairperson",
                "theresa-may holdsRoleIn united-kingdom | Prime Minister"), rows(d));
    }

    @Test
    void cuesWithOtherNames() {
        String text = """
                London-based Nordwind Energy has partnered with Baltic Grid to build the plant.
                Polish regulator URE banned Kestrel Mining from the tender last year.
                Kestrel Mining was accused by the European Commission of hiding costs.
                The European Commission is investigating Baltic Grid.
                Baltic Grid, a subsidiary of Nordwind Energy, supplies Vattenfall.
                Jane Okafor met with Emmanuel Macron in Gdansk, Poland.
                Ravi Menon, who heads the Harbour Authority, said the agency monitors Kestrel Mining closely.
                Nordwind Energy signed an agreement with the Harbour Authority.
                The regulator did not ban Baltic Grid. Baltic Grid was banned. Vattenfall was fined.
                """;
        Document d = TestDocs.entities()
                .person("Jane Okafor").person("Emmanuel Macron").person("Ravi Menon")
                .of("london", "London", CITY, "London")
                .of("nordwind-energy", "Nordwind Energy", COMPANY, "Nordwind Energy")
                .of("baltic-grid", "Baltic Grid", COMPANY, "Baltic Grid")
                .of("poland", "Poland", COUNTRY, "Poland", "Polish")
                .of("ure", "URE", GOVERNMENT_BODY, "URE")
                .of("kestrel-mining", "Kestrel Mining", COMPANY, "Kestrel Mining")
                .of("european-commission", "European Commission", GOVERNMENT_BODY, "European Commission")
                .of("vattenfall", "Vattenfall", COMPANY, "Vattenfall")
                .of("gdansk", "Gdansk", CITY, "Gdansk")
                .of("harbour-authority", "Harbour Authority", GOVERNMENT_BODY, "Harbour Authority")
                .doc(text);
        Document out = pipeline.run(d);
        assertEquals(List.of(
                "nordwind-energy basedIn london | London-based",
                "nordwind-energy worksWith baltic-grid | partnered with",
                "ure basedIn poland | Polish regulator",
                "ure restricts kestrel-mining | banned",
                "european-commission accuses kestrel-mining | accused by",
                "european-commission investigates baltic-grid | investigating",
                "baltic-grid partOf nordwind-energy | a subsidiary of",
                "baltic-grid supplies vattenfall | supplies",
                "gdansk locatedIn poland | Gdansk, Poland",
                "jane-okafor meetsWith emmanuel-macron | met with",
                "harbour-authority oversees kestrel-mining | monitors",
                "nordwind-energy dealWith harbour-authority | agreement with",
                "ravi-menon holdsRoleIn harbour-authority | head"), rows(out));
        Relation ban = out.get(Annotations.RELATIONS).get(3);
        assertEquals(new Relation("ure", RelationType.RESTRICTS, "kestrel-mining", "banned",
                out.get(Annotations.SENTENCES).get(1).span(),
                RuleConfidence.cue(RelationType.RESTRICTS, true)), ban); // the regulator is the clause's subject
    }

    @Test
    void supplierHeadquartersAndPossessiveTitles() {
        String text = "Acme Robotics, which is headquartered in Osaka, is a supplier to Toyota. "
                + "Acme Robotics’s chief executive Kenji Sato met Toyota officials. "
                + "Toyota has operations in Brazil.";
        Document d = TestDocs.entities()
                .person("Kenji Sato")
                .of("acme-robotics", "Acme Robotics", COMPANY, "Acme Robotics")
                .of("toyota", "Toyota", COMPANY, "Toyota")
                .of("osaka", "Osaka", CITY, "Osaka")
                .of("brazil", "Brazil", COUNTRY, "Brazil")
                .doc(text);
        assertEquals(List.of(
                "acme-robotics basedIn osaka | headquartered in",
                "acme-robotics supplies toyota | supplier to",
                "kenji-sato meetsWith toyota | met",
                "toyota operatesIn brazil | operations in",
                "kenji-sato holdsRoleIn acme-robotics | chief executive"), rows(pipeline.run(d)));
    }

    @Test
    void dealsCourtsSportAndPolitics() {
        String text = """
                Halvorsen Group has agreed to buy marine software maker Tidewave Systems.
                Brightline Bank advised Halvorsen Group, while Tidewave Systems is advised by Corran Partners.
                Quill Foods has agreed to merge with grocery chain Marrow Stores.
                Marrow Stores lost its legal challenge against the Food Standards Board.
                Judge Ellen Park dismissed Marrow Stores’s claim for damages.
                The Food Standards Board fined Quill Foods last year.
                Lena Brandt beat third seed Ana Ruiz in straight sets.
                Tom Avery, who has represented Eastwick since 2015, visited Lisbon in May.
                Fenwick Capital built a 5 per cent stake in Quill Foods.
                The ban hurt Marrow Stores. Halvorsen Group was acquired by Fenwick Capital.
                """;
        Document d = TestDocs.entities()
                .person("Ellen Park").person("Lena Brandt").person("Ana Ruiz").person("Tom Avery")
                .of("halvorsen", "Halvorsen Group", COMPANY, "Halvorsen Group")
                .of("tidewave", "Tidewave Systems", COMPANY, "Tidewave Systems")
                .of("brightline", "Brightline Bank", COMPANY, "Brightline Bank")
                .of("corran", "Corran Partners", COMPANY, "Corran Partners")
                .of("quill", "Quill Foods", COMPANY, "Quill Foods")
                .of("marrow", "Marrow Stores", COMPANY, "Marrow Stores")
                .of("fsb", "Food Standards Board", GOVERNMENT_BODY, "Food Standards Board")
                .of("fenwick", "Fenwick Capital", COMPANY, "Fenwick Capital")
                .of("eastwick", "Eastwick", REGION, "Eastwick")
                .of("lisbon", "Lisbon", CITY, "Lisbon")
                .doc(text);
        assertEquals(List.of(
                "halvorsen acquires tidewave | buy",
                "corran advises tidewave | advised by",
                "brightline advises halvorsen | advised",
                "quill mergesWith marrow | merge with",
                "marrow suesOrChallenges fsb | legal challenge against",
                "ellen-park rulesAgainst marrow | dismissed",
                "fsb fines quill | fined",
                "lena-brandt defeats ana-ruiz | beat",
                "tom-avery represents eastwick | represented",
                "tom-avery visits lisbon | visited",
                "fenwick holdsStakeIn quill | built a 5 per cent stake in",
                "fenwick acquires halvorsen | acquired by"), rows(pipeline.run(d)));
    }

    @Test
    void spinOutsEvidenceElectionsLocationsAndReviews() {
        String text = """
                Tidewave Systems was founded in 2014 as a spin-out from Corran University.
                Ellen Park gave evidence to the Harbour Committee on Tuesday.
                The Greens took the seat from the Liberal Party after a recount.
                The Marrow Depot is located in Eastwick.
                The Harbour Authority commissioned a review of the Food Standards Board.
                """;
        Document d = TestDocs.entities()
                .person("Ellen Park")
                .of("tidewave", "Tidewave Systems", COMPANY, "Tidewave Systems")
                .of("corran", "Corran University", ORGANIZATION, "Corran University")
                .of("committee", "Harbour Committee", GOVERNMENT_BODY, "Harbour Committee")
                .of("greens", "Greens", POLITICAL_ORGANIZATION, "Greens")
                .of("liberals", "Liberal Party", POLITICAL_ORGANIZATION, "Liberal Party")
                .of("depot", "Marrow Depot", ORGANIZATION, "Marrow Depot")
                .of("eastwick", "Eastwick", REGION, "Eastwick")
                .of("authority", "Harbour Authority", GOVERNMENT_BODY, "Harbour Authority")
                .of("fsb", "Food Standards Board", GOVERNMENT_BODY, "Food Standards Board")
                .doc(text);
        assertEquals(List.of(
                "tidewave partOf corran | a spin-out from",
                "ellen-park spokeTo committee | gave evidence to",
                "greens defeats liberals | took the seat from",
                "depot locatedIn eastwick | is located in",
                "authority investigates fsb | commissioned a review of"), rows(pipeline.run(d)));
    }

    @Test
    void aPartialQuoteBetweenTheSubjectAndItsVerbKeepsTheClause() {
        // the verb stands in a partial quote opened after the subject's own verb: the quote does not break the clause
        String text = "In a statement, Kestrel Labs said it had \"fully cooperated with Nordwind Energy throughout\".\n";
        Document d = TestDocs.entities()
                .of("kestrel", "Kestrel Labs", COMPANY, "Kestrel Labs")
                .of("nordwind", "Nordwind Energy", COMPANY, "Nordwind Energy")
                .doc(text);
        List<String> rows = rows(pipeline.run(d));
        assertTrue(rows.contains("kestrel worksWith nordwind | cooperated with"), rows.toString());
    }

    @Test
    void appositionsAfterAnAcronymAndTheStorysCountry() {
        String text = """
                Poland will ban Chinese kit from its grid, and China has protested to Poland.
                Baltic Grid, the country's biggest operator, said it would comply.
                Kestrel Mining Corporation (KMC), Poland's largest copper miner, said nothing.
                """;
        Document d = TestDocs.entities()
                .of("poland", "Poland", COUNTRY, "Poland")
                .of("china", "China", COUNTRY, "China", "Chinese")
                .of("baltic-grid", "Baltic Grid", COMPANY, "Baltic Grid")
                .of("kmc", "Kestrel Mining Corporation", COMPANY, "Kestrel Mining Corporation", "KMC")
                .doc(text);
        List<String> rows = rows(pipeline.run(d));
        assertTrue(rows.contains("baltic-grid basedIn poland | the country's biggest operator"), rows.toString());
        assertTrue(rows.contains("kmc basedIn poland | (KMC), Poland"), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("baltic-grid basedIn china")), rows.toString());
    }

    @Test
    void listsAppositionsCustomersAndQuotedWe() {
        String text = """
                Germany ordered operators to remove equipment made by Acme Networks and Bolt Telecom.
                Kestrel Labs makes sensors. Its customers include Nordwind Energy and the Swedish utility Vattenfall.
                Kestrel Labs, a Sydney consultancy, works with Acme Networks.
                The Harbour Institute in Gdansk said it was ready.
                The Harbour Institute, part of Baltic Grid, declined to comment.
                Washington has labelled Acme Networks and Bolt Telecom as threats to national security.
                Nordwind Energy, which relies heavily on Acme Networks equipment, serves 40,000 customers in Poland and Sweden.
                “We work closely with Baltic Grid,” Nordwind Energy said.
                Acme Networks and Bolt Telecom, the two Polish vendors, declined to comment.
                """;
        Document d = TestDocs.entities()
                .of("germany", "Germany", COUNTRY, "Germany")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .of("bolt", "Bolt Telecom", COMPANY, "Bolt Telecom")
                .of("kestrel", "Kestrel Labs", COMPANY, "Kestrel Labs")
                .of("nordwind", "Nordwind Energy", COMPANY, "Nordwind Energy")
                .of("vattenfall", "Vattenfall", COMPANY, "Vattenfall")
                .of("sweden", "Sweden", COUNTRY, "Sweden", "Swedish")
                .of("sydney", "Sydney", CITY, "Sydney")
                .of("harbour", "Harbour Institute", ORGANIZATION, "Harbour Institute")
                .of("gdansk", "Gdansk", CITY, "Gdansk")
                .of("baltic-grid", "Baltic Grid", COMPANY, "Baltic Grid")
                .of("washington", "Washington", CITY, "Washington")
                .of("poland", "Poland", COUNTRY, "Poland", "Polish")
                .doc(text);
        assertEquals(List.of(
                "germany restricts acme | remove equipment made by",
                "germany restricts bolt | remove equipment made by",
                "vattenfall basedIn sweden | Swedish utility",
                "kestrel supplies nordwind | Its customers include",
                "kestrel supplies vattenfall | Its customers include",
                "kestrel basedIn sydney | Kestrel Labs, a Sydney",
                "kestrel worksWith acme | works with",
                "harbour basedIn gdansk | Harbour Institute in Gdansk",
                "harbour partOf baltic-grid | part of",
                // "Washington has labelled": a city acts on no one (the government meant is not named)
                "acme supplies nordwind | relies heavily on",
                "nordwind operatesIn poland | serves 40,000 customers in",
                "nordwind operatesIn sweden | serves 40,000 customers in",
                "nordwind worksWith baltic-grid | work closely with"), rows(pipeline.run(d)));
    }

    @Test
    void possessivesOriginsAndRivals() {
        String text = """
                Australia's Jane Roe beat Ana Ruiz.
                Tom Avery, 64, from Leeds, asked a question.
                Bolt Telecom's Skylark Labs makes chips.
                Bolt Telecom said the group's Skylark Labs unit was for sale.
                Orion Mobile, Bolt Telecom's main rival, declined to comment.
                Acme Networks and Bolt Telecom, the two Polish vendors, declined to comment.
                """;
        Document d = TestDocs.entities()
                .person("Jane Roe").person("Ana Ruiz").person("Tom Avery")
                .of("australia", "Australia", COUNTRY, "Australia")
                .of("leeds", "Leeds", CITY, "Leeds")
                .of("bolt", "Bolt Telecom", COMPANY, "Bolt Telecom")
                .of("skylark", "Skylark Labs", COMPANY, "Skylark Labs")
                .of("orion", "Orion Mobile", COMPANY, "Orion Mobile")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .of("poland", "Poland", COUNTRY, "Poland", "Polish")
                .doc(text);
        assertEquals(List.of(
                // "Australia's Jane Roe", "Tom Avery, 64, from Leeds": where a person comes from, not a seat
                "jane-roe comesFrom australia | Australia's",
                "jane-roe defeats ana-ruiz | beat",
                "tom-avery comesFrom leeds | , 64, from Leeds",
                "skylark partOf bolt | Bolt Telecom's",
                "skylark partOf bolt | the group's",
                "orion competesWith bolt | Bolt Telecom's main rival"), rows(pipeline.run(d)));
    }

    @Test
    void stepsAreSafeToShareAcrossThreads() {
        List<String> expected = rows(pipeline.run(SeedDocs.seed004()));
        List<List<String>> parallel = java.util.stream.IntStream.range(0, 16).parallel()
                .mapToObj(i -> rows(pipeline.run(i % 2 == 0 ? SeedDocs.seed004() : SeedDocs.seed000())))
                .filter(r -> r.size() == expected.size()).toList();
        assertEquals(8, parallel.size());
        parallel.forEach(r -> assertEquals(expected, r));
    }
}
