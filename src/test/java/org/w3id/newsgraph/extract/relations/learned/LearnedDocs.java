package org.w3id.newsgraph.extract.relations.learned;

import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.REGION;

import java.util.List;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.text.TokenStep;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/** Made-up articles for the learned-relation tests: invented people, organisations and places only. */
final class LearnedDocs {
    private LearnedDocs() {
    }

    static TestDocs entities() {
        return TestDocs.entities().person("Jane Roe").person("John Doe").person("Ann Poe").person("Tom Lee")
                .of("acme", "Acme Widgets", COMPANY, "Acme Widgets")
                .of("bolt", "Bolt Institute", ORGANIZATION, "Bolt Institute")
                .of("kestrel", "Kestrel Labs", COMPANY, "Kestrel Labs")
                .of("nordwind", "Nordwind Trust", ORGANIZATION, "Nordwind Trust")
                .of("port-elm", "Port Elm", CITY, "Port Elm", "PORT ELM")
                .of("eastmoor", "Eastmoor", REGION, "Eastmoor")
                .of("westvale", "Westvale", REGION, "Westvale")
                .of("northland", "Northland", REGION, "Northland")
                .of("lake-fen", "Lake Fen", CITY, "Lake Fen");
    }

    /** The made-up text as the pipeline sees it before the learned step: sentences, tokens, entities, coreference. */
    static Document doc(String text) {
        return new TokenStep(NlpModels.load()).apply(entities().doc(text));
    }

    static List<Candidate> candidates(Document d) {
        return Candidates.of(ArticleView.of(d), d.get(Annotations.TOKENS));
    }
}
