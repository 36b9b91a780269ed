package org.w3id.newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

/** Page headers (headline, standfirst, byline, date) and page furniture on made-up pages. */
class PageHeaderTest {
    private static final Pipeline PIPELINE = Pipeline.builder().add(new BoilerplateStep())
            .add(new SentenceStep(NlpModels.load())).build();

    private static List<String> sentences(String page) {
        Document d = PIPELINE.run(Document.of(new SourceText("p.txt", page)));
        return d.get(Annotations.SENTENCES).stream().map(s -> s.span().of(d.text())).toList();
    }

    @Test
    void headlineStandfirstBylineAndDateAreSkipped() {
        String page = String.join("\n",
                "Harbour town votes to close its old ferry pier",
                "Councillors say the repairs would cost more than a new pier would.",
                "By Olive Brant, Local Affairs Reporter",
                "Tue 4 Jun 2024 10.15 BST",
                "Tweet | Share | Email",
                "The council of a small harbour town voted on Monday to close its old ferry pier.",
                "Sign up to our weekly newsletter",
                "Officials said the work would start in the autumn.",
                "Explore more on these topics: Harbours, Councils",
                "© Coastline News. All rights reserved.");
        assertEquals(List.of("The council of a small harbour town voted on Monday to close its old ferry pier.",
                "Officials said the work would start in the autumn."), sentences(page));
    }

    @Test
    void aDatedWireDatelineStartsTheBody() {
        String page = String.join("\n",
                "Grain prices climb for a third week",
                "CHICAGO, Oct 9 (Reuters) - Wheat futures rose for a third week on Friday as dry weather hit crops.",
                "[ad_slot id=\"mid-1\"]",
                "Traders expect more gains.");
        assertEquals(List.of("CHICAGO, Oct 9 (Reuters) - Wheat futures rose for a third week on Friday as dry weather hit crops.",
                "Traders expect more gains."), sentences(page));
    }
}
