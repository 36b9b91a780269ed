package org.w3id.newsgraph.extract.quotes;

import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.relations.RelationStep;
import org.w3id.newsgraph.extract.roles.RoleStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.CITY;
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

/** The three steps together on an invented wire story with none of the seeds' names. */
class AttributionStepsTest {
    private static final String TEXT = """
            WASHINGTON — The US Commerce Department on Tuesday added Zenith Telecom to a trade blacklist, a move that bars American firms from selling it components.

            “This is about national security,” Commerce Secretary Gina Raimondo told reporters. “We will not let Zenith Telecom exploit our technology.”

            Zenith Telecom, which is based in Shenzhen, China, said it “strongly opposes” the decision. In a statement, the firm said: “We will defend our rights.”

            The company’s founder, Li Wei, has denied the accusations. Analysts said the US ban would hurt Zenith’s suppliers, including Qualcomm.

            “It’s a blow,” said Sarah Miller, an analyst at Moody’s. The decision followed a meeting between Raimondo and EU trade chief Valdis Dombrovskis in Brussels, Belgium.
            """;

    private static Document run() {
        Document d = TestDocs.entities()
                .of("united-states", "United States", COUNTRY, "US", "American")
                .of("us-commerce-department", "US Commerce Department", GOVERNMENT_BODY, "US Commerce Department")
                .of("zenith-telecom", "Zenith Telecom", COMPANY, "Zenith Telecom", "Zenith")
                .person("Gina Raimondo", "Raimondo")
                .of("shenzhen", "Shenzhen", CITY, "Shenzhen")
                .of("china", "China", COUNTRY, "China")
                .person("Li Wei")
                .of("qualcomm", "Qualcomm", COMPANY, "Qualcomm")
                .person("Sarah Miller")
                .of("moodys", "Moody’s", COMPANY, "Moody’s")
                .of("european-union", "European Union", POLITICAL_ORGANIZATION, "EU")
                .person("Valdis Dombrovskis")
                .of("brussels", "Brussels", CITY, "Brussels")
                .of("belgium", "Belgium", COUNTRY, "Belgium")
                .of("washington", "Washington", CITY, "WASHINGTON")
                .doc(TEXT);
        Pipeline p = Pipeline.builder().add(new RoleStep()).add(new QuoteStep()).add(new RelationStep())
                .build(Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES));
        return p.run(d);
    }

    @Test
    void wireStory() {
        Document out = run();
        assertEquals(List.of(
                "gina-raimondo | Commerce Secretary | united-states",
                "li-wei | founder | zenith-telecom",
                "sarah-miller | analyst | moodys",
                "valdis-dombrovskis | trade chief | european-union"),
                out.get(Annotations.ROLES).stream().map(r -> r.personKey() + " | " + r.title() + " | "
                        + r.organizationKey()).toList());
        assertEquals(List.of(
                "gina-raimondo | null | told | This is about national security",
                "gina-raimondo | null | null | We will not let Zenith Telecom exploit our technology.",
                "zenith-telecom | null | said | strongly opposes",
                "zenith-telecom | null | said | We will defend our rights.",
                "sarah-miller | null | said | It’s a blow"),
                out.get(Annotations.QUOTES).stream().map(q -> q.speakerKey() + " | " + q.via() + " | " + q.verb()
                        + " | " + q.text()).toList());
        assertEquals(List.of(
                "shenzhen locatedIn china | Shenzhen, China",
                "zenith-telecom basedIn shenzhen | based in",
                "united-states restricts zenith-telecom | ban",
                "brussels locatedIn belgium | Brussels, Belgium",
                "gina-raimondo meetsWith valdis-dombrovskis | meeting between",
                "gina-raimondo holdsRoleIn united-states | Commerce Secretary",
                "li-wei holdsRoleIn zenith-telecom | founder",
                "sarah-miller holdsRoleIn moodys | analyst",
                "valdis-dombrovskis holdsRoleIn european-union | trade chief"),
                out.get(Annotations.RELATIONS).stream().map(r -> r.subjectKey() + " " + r.type().localName() + " "
                        + r.objectKey() + " | " + r.cue()).toList());
        assertEquals(List.of("zenith-telecom"), out.get(Annotations.QUOTES).get(1).mentionedKeys());
    }
}
