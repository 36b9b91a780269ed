package org.w3id.newsgraph.extract.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.relations.learned.Candidates;
import org.w3id.newsgraph.extract.relations.learned.LearnedFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Span;

/**
 * The relations the graph keeps, whichever rule or model stated them: ends of the types the relation admits
 * ({@link RelationEnds}), whole names at both ends ({@link WholeNames}), no containment between members of one list
 * ("won Ohio, Virginia and Wisconsin"; "City, State" stays), no seat from a dateline's wire credit ("DALLAS (AP)"),
 * none from a premodifier of an unnamed firm ("a Denver-based IT firm"), and a confidence that clears
 * {@link RuleConfidence#THRESHOLD}. Reads one article; pure.
 */
final class TrustedRelations {
    /** A common noun after the organisation: the mention only describes an unnamed firm ("an IT firm"). */
    private static final Pattern UNNAMED_FIRM = Pattern.compile(
            "^\\s+(?:firm|company|group|outfit|consultancy|start-?up|contractor|vendor|maker|provider)s?\\b");

    /** A possessive right after a place: the place premodifies what follows ("Iowa's Polk County"). */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^[’']s?\\s");
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("^[’']s?+\\s++$");
    /** A conjunction and a preposition again between two places: two places, one list. */
    private static final Pattern PREPOSITION_REPEATED = Pattern.compile(
            "^,?+\\s++(?:and|or)\\s++(?:in|on|at|from|to|across)\\s++(?:the\\s++)?+$");

    private final ArticleView view;
    private final WholeNames names;
    private final PostBodies posts;

    TrustedRelations(ArticleView view) {
        this.view = view;
        this.names = new WholeNames(view.text(), view.mentions());
        this.posts = new PostBodies(view.text(), view.mentions());
    }

    /** The relations that pass every check, in their order. */
    List<Relation> kept(List<Relation> relations) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : relations) {
            if (keeps(r)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The roles as the kept relations allow them: a post whose holdsRoleIn was dropped keeps its title but loses its
     * organisation, since the role's org:organization states the same fact (the ontology's property chain). So one
     * decision, this class's, rules both the statement and the role.
     */
    static List<Role> rolesAllowedBy(List<Role> roles, List<Relation> kept) {
        Set<String> held = new HashSet<>();
        for (Relation r : kept) {
            if (r.type() == RelationType.HOLDS_ROLE_IN) {
                held.add(r.subjectKey() + "\u0000" + r.objectKey() + "\u0000" + r.evidence());
            }
        }
        List<Role> out = new ArrayList<>(roles.size());
        for (Role r : roles) {
            boolean stated = r.organizationKey() != null && !r.isMembership() && !r.organizationKey().equals(r.personKey());
            out.add(stated && !held.contains(r.personKey() + "\u0000" + r.organizationKey() + "\u0000" + r.evidence())
                    ? new Role(r.personKey(), r.title(), null, r.evidence(), r.confidence()) : r);
        }
        return List.copyOf(out);
    }

    boolean keeps(Relation r) {
        if (r.confidence() == null || r.confidence() < RuleConfidence.THRESHOLD) {
            return false;
        }
        Entity s = view.mentions().entity(r.subjectKey());
        Entity o = view.mentions().entity(r.objectKey());
        if (s == null || o == null) {
            return true; // an end the index does not hold (none today): nothing to check it against
        }
        if (!RelationEnds.allows(r.type(), s.type(), o.type()) || !WholeNames.wholeName(s) || !WholeNames.wholeName(o)) {
            return false;
        }
        List<Hit> sh = hitsOf(s, r.evidence());
        List<Hit> oh = hitsOf(o, r.evidence());
        if (!sh.isEmpty() && sh.stream().noneMatch(names::wholeAt) || !oh.isEmpty() && oh.stream().noneMatch(names::wholeAt)) {
            return false;
        }
        if (r.type() == RelationType.HOLDS_ROLE_IN && !posts.allows(r, o, sh)) {
            return false;
        }
        if (r.type() == RelationType.LOCATED_IN && listed(sh, oh, r.evidence())) {
            return false;
        }
        return r.type() != RelationType.BASED_IN || sh.stream().noneMatch(h -> credit(h, r.evidence()) || unnamedFirm(h));
    }

    private List<Hit> hitsOf(Entity e, Span evidence) {
        return view.mentions().within(evidence.begin(), evidence.end()).stream()
                .filter(h -> h.key().equals(e.key())).toList();
    }

    /** Whether a mention of one end and one of the other are members of one list of places. */
    private boolean listed(List<Hit> sh, List<Hit> oh, Span evidence) {
        List<Hit> all = view.mentions().within(evidence.begin(), evidence.end());
        for (Hit x : sh) {
            for (Hit y : oh) {
                Hit a = x.begin() < y.begin() ? x : y;
                Hit b = a == x ? y : x;
                if (b.begin() < a.end() || cityThenState(a, b) || PlaceChains.inChain(view.text(), all, a, b)) {
                    continue;
                }
                List<Hit> between = all.stream().filter(h -> h.begin() >= a.end() && h.end() <= b.begin()).toList();
                if (Candidates.inOneList(view.text(), all, a, b, between) || listBefore(all, a, b, between)
                        || possessiveList(a, b, between)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Gdansk, Poland", "Austin, Texas": a city and the region or country it names right after it. */
    private boolean cityThenState(Hit a, Hit b) {
        return (a.type() == EntityType.CITY || a.type() == EntityType.PLACE) && (b.type() == EntityType.REGION || b.type() == EntityType.COUNTRY)
                && view.text().substring(a.end(), b.begin()).equals(", ") && !(POSSESSIVE_AFTER.matcher(rest(b)).lookingAt() && possessed(a));
    }

    private String rest(Hit h) {
        return view.text().substring(h.end(), Math.min(view.text().length(), h.end() + 4));
    }

    /**
     * "Ohio's Lake County, Iowa's Polk County": the second place owns what follows it, so the first is not inside it
     * (a list of possessive places, not "City, State"); "on Long Island or in Queens": a list whose members repeat the
     * preposition.
     */
    private boolean possessiveList(Hit a, Hit b, List<Hit> between) {
        if (!between.isEmpty()) {
            return false;
        }
        String gap = view.text().substring(a.end(), b.begin());
        if (PREPOSITION_REPEATED.matcher(gap).matches()) {
            return true; // "on Long Island or in Queens"
        }
        return gap.equals(", ") && POSSESSIVE_AFTER.matcher(rest(b)).lookingAt() && possessed(a);
    }

    /** Whether a place's possessive stands right before the mention ("Iowa’s Polk County"). */
    private boolean possessed(Hit a) {
        return view.mentions().within(Math.max(0, a.begin() - 40), a.begin()).stream().anyMatch(p -> p.type().isPlace()
                && POSSESSIVE_GAP.matcher(view.text().substring(p.end(), a.begin())).matches());
    }

    /** "Texas, Ohio, Florida.": two places after a comma, a further place before them (the list's earlier member). */
    private boolean listBefore(List<Hit> all, Hit a, Hit b, List<Hit> between) {
        if (!between.isEmpty() || !view.text().substring(a.end(), b.begin()).equals(", ")) {
            return false;
        }
        Hit prev = null;
        for (Hit h : all) {
            if (h.end() <= a.begin()) {
                prev = h;
            }
        }
        return prev != null && prev.type().isPlace() && view.text().substring(prev.end(), a.begin()).equals(", ");
    }

    private boolean credit(Hit h, Span evidence) {
        return LearnedFacts.credit(view.text(), evidence.begin(), h.begin(), h.end());
    }

    private boolean unnamedFirm(Hit h) {
        return UNNAMED_FIRM.matcher(view.text().substring(h.end(), Math.min(view.text().length(), h.end() + 30))).find();
    }
}
