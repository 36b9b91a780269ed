package org.w3id.newsgraph.extract.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.relations.learned.Candidates;
import org.w3id.newsgraph.extract.relations.learned.PairDecision;
import org.w3id.newsgraph.extract.relations.learned.PairKind;
import org.w3id.newsgraph.extract.relations.learned.PairLabel;
import org.w3id.newsgraph.extract.text.TokenStep;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/** Which learned memberships {@link MembershipAttachment} keeps: made-up people and organisations only. */
class LearnedMembershipShapesTest {
    private static final TestDocs ENTITIES = TestDocs.entities().person("Jane Roe").person("John Doe")
            .of("acme", "Acme Widgets", COMPANY, "Acme Widgets")
            .of("kestrel", "Kestrel News", MEDIA_ORGANIZATION, "Kestrel News");

    /** "person | organisation" of every person–organisation pair the classifier would state, after the vetoes. */
    private static List<String> kept(String text) {
        Document d = new TokenStep(NlpModels.load()).apply(ENTITIES.doc(text));
        ArticleView view = ArticleView.of(d);
        List<PairDecision> all = Candidates.of(view, d.get(Annotations.TOKENS)).stream()
                .filter(c -> c.kind() == PairKind.PERSON_ORGANIZATION)
                .map(c -> new PairDecision(c, PairLabel.WORK_FOR, 0.9)).toList();
        return MembershipAttachment.attached(view, all).stream()
                .map(p -> p.subject().key() + " | " + p.object().key()).toList();
    }

    @Test
    void anOrganisationOwningTheNextPersonsTitleIsTheirs() {
        // a list: the company is the pilot's, not the businesswoman's before it
        assertEquals(List.of("john-doe | acme"), kept("Businesswoman Jane Roe and Acme Widgets pilot John Doe spoke."));
    }

    @Test
    void anotherPersonBetweenTakesTheOrganisation() {
        assertEquals(List.of("john-doe | acme"), kept("Acme Widgets chief John Doe praised Jane Roe on Monday."));
        // "John Doe of Acme Widgets" before the person: the company is his
        assertEquals(List.of("john-doe | acme"), kept("With John Doe of Acme Widgets, Jane Roe opened the show."));
    }

    @Test
    void aPossessiveNameIsPartOfTheTitle() {
        // (John Doe's own pair is the classifier's to judge: nothing here takes it from him)
        assertEquals(List.of("jane-roe | acme", "john-doe | acme"),
                kept("Jane Roe, John Doe's deputy at Acme Widgets, resigned."));
    }

    @Test
    void aPersonAfterAVerbOwnsNoTitleOfTheOrganisation() {
        // "grilling John Doe": no title between, so the committee's chair keeps it
        assertEquals(List.of("jane-roe | acme", "john-doe | acme"),
                kept("Jane Roe, head of Acme Widgets grilling John Doe, left."));
    }

    @Test
    void anOrganisationTheVerbAddressesIsTheAudience() {
        assertEquals(List.of(), kept("Jane Roe told Kestrel News on Friday that prices would rise."));
        assertEquals(List.of(), kept("Jane Roe, appearing on Kestrel News, said prices would rise."));
        // a verb elsewhere between the two leaves the pair to the classifier
        assertEquals(List.of("jane-roe | kestrel"),
                kept("Jane Roe, who said she was tired, works as an editor at Kestrel News."));
    }

    @Test
    void aTitleOwnedAcrossAPrepositionIsNot() {
        // "the Acme Widgets job by President John Doe": the title after "by" is not the company's
        assertEquals(List.of("jane-roe | acme", "john-doe | acme"),
                kept("Jane Roe was appointed to the Acme Widgets job by President John Doe."));
        assertEquals(List.of("john-doe | acme"),
                kept("Businesswoman Jane Roe backed Acme Widgets (AW) candidate John Doe."));
        assertEquals(List.of("john-doe | acme"), kept("Jane Roe praised Acme Widgets' chief engineer John Doe."));
    }
}
