package org.w3id.newsgraph.extract.quotes;

import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.extract.SeedDocs;
import org.w3id.newsgraph.extract.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.COUNTRY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.REGION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

class QuoteStepTest {
    private final QuoteStep step = new QuoteStep();

    /** speaker | via | verb | mentioned | first six words of the text. */
    private static List<String> rows(Document d) {
        return d.get(Annotations.QUOTES).stream().map(q -> q.speakerKey() + " | " + q.via() + " | " + q.verb()
                + " | " + String.join(",", q.mentionedKeys()) + " | "
                + String.join(" ", java.util.Arrays.asList(q.text().split(" ")).subList(0,
                        Math.min(6, q.text().split(" ").length)))).toList();
    }

    @Test
    void seed000QuotesAreAttributedToGoldSpeakers() {
        Document d = step.apply(SeedDocs.seed000());
        assertEquals(List.of(
                "marc-allera | null | told | huawei | Over the years that we’ve worked",
                "marc-allera | null | added |  | We work closely with a large",
                "marc-allera | null | null |  | We continue to work with all",
                "huawei | spokesperson | said |  | We work with the world’s leading",
                "huawei | spokesperson | null |  | Cyber-security is our top concern and",
                "british-government-oversight-panel | null | warned |  | limited assurance",
                "british-government-oversight-panel | null | said |  | technical issues",
                "british-government-oversight-panel | null | null | united-kingdom | new risks in the UK telecommunications",
                "huawei | null | saying |  | tangible results",
                "huawei | letter | stated |  | Enhancing our software engineering capabilities is",
                "huawei | letter | null |  | It is a complicated and involved",
                "bt | null | said |  | important equipment provider outside the core",
                "bt | null | null |  | benign",
                "angela-merkel | null | said | huawei | there are big discussions about Huawei",
                "angela-merkel | null | said | china,chinese-government | We need to talk to China",
                "angela-merkel | null | added |  | safeguards"), rows(d));
        Quote first = d.get(Annotations.QUOTES).get(0);
        assertEquals("Over the years that we’ve worked with Huawei, we’ve not yet seen anything that gives us cause "
                + "for concern", first.text());
        assertEquals("“Over the years that we’ve worked with Huawei, we’ve not yet seen anything that gives us cause "
                + "for concern,”", first.span().of(d.text()));
        assertEquals("“Over the years that we’ve worked with Huawei, we’ve not yet seen anything that gives us cause "
                + "for concern,” Marc Allera, the CEO of BT’s consumer brands, told CNN on Friday.",
                first.evidence().of(d.text()));
    }

    @Test
    void seed004QuotesRunAcrossParagraphs() {
        Document d = step.apply(SeedDocs.seed004());
        assertEquals(List.of(
                "national-cyber-security-centre | null | saying |  | continue to benefit",
                "christopher-wray | null | told |  | We’re deeply concerned about the risks",
                "national-cyber-security-centre | spokesperson | was quoted as saying | huawei,united-kingdom | "
                        + "Huawei is a globally important company",
                "national-cyber-security-centre | spokesperson | null | united-kingdom,huawei | "
                        + "This government and British telecoms operators",
                "huawei | spokesperson | told | huawei,us-government,united-states | "
                        + "Huawei is aware of a range"), rows(d));
        Quote wray = d.get(Annotations.QUOTES).get(1);
        assertEquals(true, wray.text().contains("inside our telecommunications networks. That provides the capacity"));
        assertEquals(true, wray.span().of(d.text()).startsWith("“We’re deeply"));
        assertEquals(true, wray.span().of(d.text()).endsWith("conduct undetected espionage.\""));
        assertEquals(true, wray.evidence().of(d.text()).startsWith("Last week, the head of the FBI, Christopher Wray,"));
        Quote last = d.get(Annotations.QUOTES).get(4);
        assertEquals(true, last.text().contains("Huawei is trusted by governments and customers in 170 countries"));
    }

    @Test
    void attributionPatternsWithOtherNames() {
        String text = """
                Jane Okafor, the chief executive of Nordwind Energy, told Reuters: “We will build the plant in Gdansk. Nobody else can do it.”

                “The grid is ready,” she added.

                “Demand is strong,” the company said.

                French President Emmanuel Macron said that “Europe needs this project.”

                “We are reviewing the decision,” a spokesperson for the European Commission said on Tuesday.

                “Costs have doubled,” according to Tom Reyes.

                “It is a good day for Poland,” said Piotr Nowak, the mayor of Gdansk.

                "We never sold to them," a Kestrel spokeswoman told the BBC.

                The regulator’s report was blunt. Harbour Authority director Ravi Menon told lawmakers: “The port is not safe.

                “We have asked for more inspections and we will publish the results.”

                Nordwind Energy said in a written statement that it remained “fully committed” to the region.

                “Prices will rise,” said analyst Priya Natarajan.

                The weather in the region was mild, and the term ‘green steel’ was everywhere.
                """;
        Document d = TestDocs.entities()
                .person("Jane Okafor").person("Emmanuel Macron").person("Tom Reyes").person("Piotr Nowak")
                .person("Ravi Menon").person("Priya Natarajan")
                .of("nordwind-energy", "Nordwind Energy", COMPANY, "Nordwind Energy")
                .of("reuters", "Reuters", MEDIA_ORGANIZATION, "Reuters")
                .of("bbc", "BBC", MEDIA_ORGANIZATION, "BBC")
                .of("france", "France", COUNTRY, "French")
                .of("poland", "Poland", COUNTRY, "Poland")
                .of("europe", "Europe", REGION, "Europe")
                .of("gdansk", "Gdansk", CITY, "Gdansk")
                .of("european-commission", "European Commission", GOVERNMENT_BODY, "European Commission")
                .of("kestrel-mining", "Kestrel Mining", COMPANY, "Kestrel")
                .of("harbour-authority", "Harbour Authority", GOVERNMENT_BODY, "Harbour Authority")
                .doc(text);
        Document out = step.apply(d);
        assertEquals(List.of(
                "jane-okafor | null | told | gdansk | We will build the plant in",
                "jane-okafor | null | added |  | The grid is ready",
                "nordwind-energy | null | said |  | Demand is strong",
                "emmanuel-macron | null | said | europe | Europe needs this project.",
                "european-commission | spokesperson | said |  | We are reviewing the decision",
                "tom-reyes | null | null |  | Costs have doubled",
                "piotr-nowak | null | said | poland | It is a good day for",
                "kestrel-mining | spokesperson | told |  | We never sold to them",
                "ravi-menon | null | told |  | The port is not safe. We",
                "nordwind-energy | statement | said |  | fully committed",
                "priya-natarajan | null | said |  | Prices will rise"), rows(out));
        Quote menon = out.get(Annotations.QUOTES).get(8);
        assertEquals("The port is not safe. We have asked for more inspections and we will publish the results.",
                menon.text());
        assertEquals("Harbour Authority director Ravi Menon told lawmakers: “The port is not safe.\n\n"
                + "“We have asked for more inspections and we will publish the results.”", menon.evidence().of(text));
    }

    @Test
    void singleQuotedSpansAreQuotesButApostrophesAndScareQuotesAreNot() {
        String text = """
                Jane Okafor runs Nordwind Energy. The customers' money was safe, she said.

                'We have already invested in new systems, and we will go further,' she said. 'Our staff deserve it.'

                Critics called the plan 'a fantasy' on Monday.
                """;
        List<String> quotes = Extractor.create().extract(new org.w3id.newsgraph.model.SourceText("t.txt", text))
                .quotes().stream().map(q -> q.speakerKey() + " | " + q.text()).toList();
        assertEquals(List.of(
                "jane-okafor | We have already invested in new systems, and we will go further",
                "jane-okafor | Our staff deserve it."), quotes);
    }

    @Test
    void unattributedQuoteAfterUnrelatedTextHasNoSpeaker() {
        String text = "Markets fell on Monday.\n\nThe mood was described as “grim” by traders.\n";
        Document d = step.apply(TestDocs.entities().doc(text));
        assertEquals(List.of("null | null | null |  | grim"), rows(d));
    }

    @Test
    void pronounsAndDescriptionsSkipNamesInsideTheQuote() {
        String text = """
                Orbital Systems posted record sales on Monday.

                “We beat Kestrel Mining and we thanked Laura Chen,” a company spokesperson said. “Next year will be better,” she added.

                Tom Reyes was not convinced.

                “I told Maria Lopez it would not last,” he said.
                """;
        Document d = step.apply(TestDocs.entities()
                .of("orbital-systems", "Orbital Systems", COMPANY, "Orbital Systems")
                .of("kestrel-mining", "Kestrel Mining", COMPANY, "Kestrel Mining")
                .person("Laura Chen").person("Tom Reyes").person("Maria Lopez")
                .doc(text));
        assertEquals(List.of(
                "orbital-systems | spokesperson | said | kestrel-mining,laura-chen | We beat Kestrel Mining and we",
                "orbital-systems | spokesperson | null |  | Next year will be better",
                "tom-reyes | null | said | maria-lopez | I told Maria Lopez it would"), rows(d));
    }

    @Test
    void awkwardInputsGiveWellFormedQuotes() {
        assertEquals(List.of(), rows(step.apply(TestDocs.entities().doc(""))));
        assertEquals(List.of(), rows(step.apply(TestDocs.entities().doc("He said \" nothing."))));
        String unclosed = "Analysts were blunt: “This will not end well";
        Document d = step.apply(TestDocs.entities().doc(unclosed));
        assertEquals(List.of("null | null | null |  | This will not end well"), rows(d));
        assertEquals("“This will not end well", d.get(Annotations.QUOTES).get(0).span().of(unclosed));
    }
}
