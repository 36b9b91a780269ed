package org.w3id.newsgraph.extract.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.coref.Referents;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Sentence;

/**
 * Finds typed relations inside single sentences: the cue table of {@link RelationCue} plus a few structural
 * patterns (a country or demonym premodifying an organisation, "X-based", "In PLACE, ORG has", "the X unit is
 * known as Y", "keep X as a provider", "City, Country"), where a person comes from ({@link Origins}), and one holdsRoleIn per role with an organisation.
 * Unsure ends are skipped rather than guessed.
 */
public final class RelationFinder {
    private final ArticleView view;
    private final StructuralRelations structural;
    private final CueRelations cues;
    private final AddressRelations addresses;
    private final Origins origins;

    RelationFinder(ArticleView view, List<Quote> quotes) {
        this.view = view;
        Referents referents = new Referents(view);
        NearbyMentions near = new NearbyMentions(view.text(), view.mentions(), referents);
        this.structural = new StructuralRelations(view.text(), view.mentions(), referents, near);
        this.addresses = new AddressRelations(view.text(), view.mentions());
        this.origins = new Origins(view.text(), view.mentions());
        this.cues = new CueRelations(view.text(), view.mentions(), near,
                new CueArguments(view.text(), view.mentions(), referents, quotes, near), new SureReferents(view, quotes));
    }

    List<Relation> find(List<Role> roles) {
        List<Relation> out = new ArrayList<>();
        for (Sentence s : view.sentences()) {
            Map<String, Relation> found = new LinkedHashMap<>();
            structural.structural(s, found);
            structural.customers(s, found);
            addresses.find(s, found);
            origins.find(s, found);
            found.replaceAll((k, r) -> RuleConfidence.rated(r, RuleConfidence.Family.STRUCTURAL));
            cues.cues(s, found);
            found.values().forEach(r -> out.add(RuleConfidence.rated(r, RuleConfidence.Family.CUE)));
        }
        Map<String, Relation> held = new LinkedHashMap<>();
        for (Role r : roles) {
            if (r.organizationKey() != null && !r.isMembership() && !r.organizationKey().equals(r.personKey())) {
                held.putIfAbsent(r.personKey() + "\u0000" + r.organizationKey() + "\u0000" + r.evidence(),
                        new Relation(r.personKey(), RelationType.HOLDS_ROLE_IN, r.organizationKey(), r.title(),
                                r.evidence(), RuleConfidence.of(RuleConfidence.Family.ROLE, RelationType.HOLDS_ROLE_IN)));
            }
        }
        out.addAll(held.values());
        return List.copyOf(out);
    }

    /** Adds a relation unless an end is missing, both are one entity, or it was found already. */
    static void add(Map<String, Relation> found, Entity subject, RelationType type, Entity object, String cue,
            Sentence s) {
        add(found, subject, type, object, cue, s, null);
    }

    /** As {@link #add(Map, Entity, RelationType, Entity, String, Sentence)}, rated already (a cue's confidence). */
    static void add(Map<String, Relation> found, Entity subject, RelationType type, Entity object, String cue,
            Sentence s, Double confidence) {
        if (subject == null || object == null || subject.key().equals(object.key())) {
            return;
        }
        String key = subject.key() + "\u0000" + type + "\u0000" + object.key();
        found.putIfAbsent(key, new Relation(subject.key(), type, object.key(), cue.strip(), s.span(), confidence));
    }
}
