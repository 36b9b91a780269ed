package org.w3id.newsgraph.extract.relations;

import org.w3id.newsgraph.extract.ArticleView;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.relations.learned.LearnedFacts;
import org.w3id.newsgraph.model.Relation;

import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Finds typed relations between entities mentioned in one sentence, from verb and noun cues and a few
 * structural patterns, plus one holdsRoleIn relation per role with an organisation. Quotes are needed so that
 * "we" inside an organisation's quote ("We work closely with X") stands for the organisation. Stateless.
 */
public final class RelationStep implements Step {
    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES, Annotations.ROLES, Annotations.QUOTES);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        // the roles again: a post whose holdsRoleIn is not trusted loses its organisation (TrustedRelations)
        return Set.of(Annotations.RELATIONS, Annotations.ROLES);
    }

    @Override
    public Document apply(Document document) {
        ArticleView view = ArticleView.of(document);
        List<Relation> found = new RelationFinder(view, document.get(Annotations.QUOTES))
                .find(document.get(Annotations.ROLES));
        // basedIn and locatedIn the learned classifier found (when its step ran) between pairs the rules miss;
        // then only what a reader can trust
        List<Relation> kept = new TrustedRelations(view)
                .kept(LearnedFacts.withPlaces(found, LearnedFacts.of(document), document.text()));
        return document.with(Annotations.RELATIONS, kept)
                .with(Annotations.ROLES, TrustedRelations.rolesAllowedBy(document.get(Annotations.ROLES), kept));
    }
}
