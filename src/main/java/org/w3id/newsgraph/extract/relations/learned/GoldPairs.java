package org.w3id.newsgraph.extract.relations.learned;

import java.util.List;
import java.util.Locale;

import org.w3id.newsgraph.eval.EntityMatcher;
import org.w3id.newsgraph.eval.GoldFile;
import org.w3id.newsgraph.eval.GoldFile.GoldRelation;
import org.w3id.newsgraph.eval.GoldFile.GoldRole;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;

/**
 * The gold label of a candidate pair: the gold roles (Work_For) and basedIn/locatedIn relations of its article,
 * matched to the extractor's entities by name. Every other pair is a negative.
 */
final class GoldPairs {
    private final GoldFile gold;
    private final EntityMatcher matcher;

    GoldPairs(GoldFile gold) {
        this.gold = gold;
        this.matcher = new EntityMatcher(gold);
    }

    PairLabel label(Candidate c) {
        Hit a = c.first();
        Hit b = c.second();
        return switch (c.kind()) {
            case PERSON_ORGANIZATION -> {
                Hit person = a.type().isPerson() ? a : b;
                Hit org = person == a ? b : a;
                yield worksFor(person, org) ? PairLabel.WORK_FOR : PairLabel.NONE;
            }
            case ORGANIZATION_PLACE -> {
                Hit org = a.type().isOrganization() ? a : b;
                Hit place = org == a ? b : a;
                yield related("basedin", org, place) ? PairLabel.BASED_IN : PairLabel.NONE;
            }
            case PLACE_PLACE -> related("locatedin", a, b) ? PairLabel.FIRST_IN_SECOND
                    : related("locatedin", b, a) ? PairLabel.SECOND_IN_FIRST : PairLabel.NONE;
        };
    }

    private boolean worksFor(Hit person, Hit org) {
        List<String> p = EntityMatcher.names(person.entity());
        List<String> o = EntityMatcher.names(org.entity());
        for (GoldRole r : gold.roles()) {
            if (r.organization() != null && matcher.matches(p, r.person()) && matcher.matches(o, r.organization())) {
                return true;
            }
        }
        return related("worksfor", person, org);
    }

    private boolean related(String relation, Hit subject, Hit object) {
        List<String> s = EntityMatcher.names(subject.entity());
        List<String> o = EntityMatcher.names(object.entity());
        for (GoldRelation g : gold.relations()) {
            if (g.relation().toLowerCase(Locale.ROOT).equals(relation) && matcher.matches(s, g.subject())
                    && matcher.matches(o, g.object())) {
                return true;
            }
        }
        return false;
    }
}
