package org.w3id.newsgraph.extract.relations.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.Document;

class LearnedFactsTest {
    @Test
    void membershipsOnlyWhereTheRulesGaveNoRoleAndWithTheirConfidence() {
        Document d = LearnedDocs.doc("Jane Roe of Acme Widgets and John Doe of Bolt Institute spoke.");
        List<Candidate> cs = LearnedDocs.candidates(d);
        PairDecision janeAcme = new PairDecision(cs.get(0), PairLabel.WORK_FOR, 0.7);
        Candidate johnBolt = cs.stream().filter(c -> c.first().key().equals("john-doe")).findFirst().orElseThrow();
        PairDecision johnDoe = new PairDecision(johnBolt, PairLabel.WORK_FOR, 0.4);
        Role rule = new Role("jane-roe", "engineer", "acme", new Span(0, 10));
        List<Role> roles = LearnedFacts.withMemberships(List.of(rule), List.of(janeAcme, johnDoe), d.text());
        assertEquals(2, roles.size());
        assertNull(roles.get(0).confidence());
        Role learned = roles.get(1);
        assertEquals("john-doe", learned.personKey());
        assertEquals("bolt", learned.organizationKey());
        assertEquals("", learned.title());
        assertEquals(0.4, learned.confidence());
        // a post the rules found for John Doe in that sentence (elsewhere) keeps the classifier's pair out
        Role post = new Role("john-doe", "chair", "acme", johnBolt.sentence().span());
        assertEquals(List.of(post), LearnedFacts.withMemberships(List.of(post), List.of(johnDoe), d.text()));
        // unless the model is sure of it
        PairDecision sure = new PairDecision(johnBolt, PairLabel.WORK_FOR, LearnedFacts.SURE);
        assertEquals(2, LearnedFacts.withMemberships(List.of(post), List.of(sure), d.text()).size());
    }

    @Test
    void aDatelineCreditEmploysNoOne() {
        Document d = LearnedDocs.doc("PORT ELM (Kestrel Labs) - Jane Roe opened a shop.");
        Candidate c = LearnedDocs.candidates(d).stream().filter(x -> x.kind() == PairKind.PERSON_ORGANIZATION)
                .findFirst().orElseThrow();
        assertEquals(List.of(), LearnedFacts.withMemberships(List.of(),
                List.of(new PairDecision(c, PairLabel.WORK_FOR, 0.9)), d.text()));
    }

    @Test
    void containmentFollowsTheLabelsDirectionAndRulesKeepTheirPairs() {
        Document d = LearnedDocs.doc("Northland has a port at Port Elm. Kestrel Labs in Lake Fen grew.");
        List<Candidate> cs = LearnedDocs.candidates(d);
        assertEquals(2, cs.size());
        PairDecision contains = new PairDecision(cs.get(0), PairLabel.SECOND_IN_FIRST, 0.9);
        PairDecision based = new PairDecision(cs.get(1), PairLabel.BASED_IN, 0.8);
        Relation rule = new Relation("lake-fen", RelationType.OPERATES_IN, "kestrel", "in", new Span(0, 1));
        List<Relation> out = LearnedFacts.withPlaces(List.of(rule), List.of(contains, based), d.text());
        assertEquals(2, out.size());
        Relation r = out.get(1);
        assertEquals("port-elm locatedIn northland 0.9", r.subjectKey() + " " + r.type().localName() + " "
                + r.objectKey() + " " + r.confidence());
        assertEquals("Northland has a port at Port Elm", r.cue());
    }
}
