package org.w3id.newsgraph.extract.roles;

import org.w3id.newsgraph.extract.relations.learned.LearnedFacts;

import org.w3id.newsgraph.extract.ArticleView;
import java.util.Set;

import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Finds people's posts (title plus organisation or country) from appositions and premodifying titles around
 * person mentions. Stateless, so one instance serves every thread.
 */
public final class RoleStep implements Step {
    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.ROLES);
    }

    @Override
    public Document apply(Document document) {
        // memberships the learned classifier found (when its step ran) join the rules' roles, unless their
        // organisation belongs to another person of the sentence or is whom the person addresses
        ArticleView view = ArticleView.of(document);
        return document.with(Annotations.ROLES, LearnedFacts.withMemberships(new RolePatterns(view).find(),
                MembershipAttachment.attached(view, LearnedFacts.of(document)), document.text()));
    }
}
