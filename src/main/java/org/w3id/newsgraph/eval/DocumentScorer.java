package org.w3id.newsgraph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.eval.GoldFile.GoldEntity;
import org.w3id.newsgraph.eval.GoldFile.GoldQuote;
import org.w3id.newsgraph.eval.GoldFile.GoldRelation;
import org.w3id.newsgraph.eval.GoldFile.GoldRole;
import org.w3id.newsgraph.eval.Finding.Kind;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.RelationType;
import java.util.function.Predicate;
import java.util.Locale;

/**
 * Scores one article's extraction against its gold file; one instance per (gold, facts) pair, used once.
 *
 * <p>Rules (see the seeds-gold README): optional gold items are neither required nor penalised, so an extracted
 * item that only matches optional gold is ignored. Entities and roles are paired one to one (a second extracted
 * entity for the same gold entity is a spurious duplicate). A gold quote is found when an extracted quote by a
 * matching speaker contains its opening words (merged spans may find several). Relations are scored as
 * unordered entity pairs: the gold phrase is free text and its direction follows the phrase, so neither
 * relation type nor direction is compared; repeated gold pairs count once.
 */
final class DocumentScorer {
    private static final Set<String> PLACE_GOLD = Set.of("basedin", "locatedin");
    private final GoldFile gold;
    private final ArticleFacts facts;
    private final EntityMatcher matcher;
    private final String doc;
    private final Map<Category, Score> scores = new EnumMap<>(Category.class);
    private final List<Finding> findings = new ArrayList<>();
    private final List<QuoteCase> quoteCases = new ArrayList<>();
    private int subtypeCorrect;
    private int subtypeTotal;

    DocumentScorer(GoldFile gold, ArticleFacts facts) {
        this.gold = gold;
        this.facts = facts;
        this.matcher = new EntityMatcher(gold);
        this.doc = gold.doc();
    }

    DocumentReport score(boolean extracted) {
        scoreEntities(Category.ENTITIES);
        scoreEntities(Category.ENTITIES_TYPED);
        scoreRoles(Category.ROLES, r -> true, g -> true);
        // the same pairs without posts in a country, state or city, on both sides (no findings of their own)
        scoreRoles(Category.ROLES_IN_ORGS,
                r -> facts.entity(r.organizationKey()) == null || !facts.entity(r.organizationKey()).type().isPlace(),
                g -> gold.entity(g.organization()).map(e -> !"Place".equals(e.type())).orElse(true));
        scoreQuotes();
        scoreRelations(Category.RELATIONS, g -> true, r -> true);
        scoreRelations(Category.PLACE_RELATIONS, g -> PLACE_GOLD.contains(g.relation().toLowerCase(Locale.ROOT)),
                r -> r.type() == RelationType.BASED_IN || r.type() == RelationType.LOCATED_IN);
        String expected = gold.bodyStartsWith();
        String actual = NameMatcher.collapseWhitespace(facts.body().of(facts.text()));
        Boolean ok = expected == null ? null : actual.startsWith(NameMatcher.collapseWhitespace(expected));
        String head = actual.length() > 80 ? actual.substring(0, 80) + "…" : actual;
        return new DocumentReport(doc, extracted, scores, subtypeCorrect, subtypeTotal, boilerplateLeaks(), ok,
                expected, head, findings, quoteCases);
    }

    private void scoreEntities(Category cat) {
        boolean typed = cat == Category.ENTITIES_TYPED;
        List<Entity> ext = facts.entities();
        List<GoldEntity> req = gold.entities().stream().filter(g -> !g.optional()).toList();
        int[] m = MaxMatching.match(ext.size(), req.size(),
                (i, j) -> matcher.matches(ext.get(i), req.get(j))
                        && (!typed || ext.get(i).type().coarse().localName().equals(req.get(j).type())));
        boolean[] found = new boolean[req.size()];
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < ext.size(); i++) {
            Entity e = ext.get(i);
            if (m[i] >= 0) {
                tp++;
                found[m[i]] = true;
                if (typed) {
                    checkSubtype(e, req.get(m[i]));
                }
                continue;
            }
            List<GoldEntity> any = matcher.matching(e);
            if (any.stream().anyMatch(GoldEntity::optional)) {
                continue;
            }
            fp++;
            String note = "";
            if (!any.isEmpty()) {
                GoldEntity g = any.get(0);
                boolean typeOk = e.type().coarse().localName().equals(g.type());
                note = typed && !typeOk ? "type " + e.type().localName() + ", gold " + g
                        : "duplicate of gold " + g.name();
            }
            findings.add(new Finding(Kind.SPURIOUS, cat, doc, describe(e), note));
        }
        for (int j = 0; j < req.size(); j++) {
            if (!found[j]) {
                findings.add(new Finding(Kind.MISS, cat, doc, req.get(j).toString(), typed ? typeHint(req.get(j)) : ""));
            }
        }
        scores.put(cat, new Score(tp, fp, req.size() - tp));
    }

    private String typeHint(GoldEntity g) {
        for (Entity e : facts.entities()) {
            if (matcher.matches(e, g)) {
                return "extracted as " + e.type().localName();
            }
        }
        return "";
    }

    private void checkSubtype(Entity e, GoldEntity g) {
        subtypeTotal++;
        String want = g.subtype() == null || g.subtype().equalsIgnoreCase("Other") ? g.type() : g.subtype();
        if (e.type().localName().equalsIgnoreCase(want)) {
            subtypeCorrect++;
        } else {
            findings.add(new Finding(Kind.SUBTYPE, Category.ENTITIES_TYPED, doc, g.name(),
                    "extracted " + e.type().localName() + ", gold " + want));
        }
    }

    private static String describe(Entity e) {
        return e.name() + " (" + e.type().localName() + ")"
                + (e.aliases().isEmpty() ? "" : " aka " + String.join(", ", e.aliases().stream().sorted().toList()));
    }

    private void scoreRoles(Category cat, Predicate<Role> extracted, Predicate<GoldRole> required) {
        // Role PAIRS are (person, organisation): a title with no organisation ("Judge X") is a true fact, but no
        // pair, so it is neither counted nor penalised here.
        boolean report = cat == Category.ROLES;
        List<Role> ext = facts.roles().stream().filter(r -> r.organizationKey() != null).filter(extracted).toList();
        List<GoldRole> req = gold.roles().stream().filter(r -> !r.optional()).filter(required).toList();
        int[] m = MaxMatching.match(ext.size(), req.size(), (i, j) -> roleMatches(ext.get(i), req.get(j)));
        boolean[] found = new boolean[req.size()];
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < ext.size(); i++) {
            Role r = ext.get(i);
            if (m[i] >= 0) {
                tp++;
                found[m[i]] = true;
                GoldRole g = req.get(m[i]);
                if (report && !NameMatcher.same(g.role(), r.title())) {
                    findings.add(new Finding(Kind.TITLE, Category.ROLES, doc, g.toString(),
                            "extracted title \"" + r.title() + "\""));
                }
                continue;
            }
            List<String> person = EntityMatcher.names(facts, r.personKey());
            List<String> org = EntityMatcher.names(facts, r.organizationKey());
            boolean optionalRole = gold.roles().stream().anyMatch(g -> g.optional() && roleMatches(r, g));
            if (optionalRole || matcher.matchesOptional(person) || matcher.matchesOptional(org)) {
                continue;
            }
            fp++;
            boolean duplicate = req.stream().anyMatch(g -> roleMatches(r, g));
            if (report) {
                findings.add(new Finding(Kind.SPURIOUS, Category.ROLES, doc, describe(r),
                        duplicate ? "duplicate" : ""));
            }
        }
        for (int j = 0; j < req.size(); j++) {
            if (report && !found[j]) {
                findings.add(new Finding(Kind.MISS, Category.ROLES, doc, req.get(j).toString(), ""));
            }
        }
        scores.put(cat, new Score(tp, fp, req.size() - tp));
    }

    private boolean roleMatches(Role r, GoldRole g) {
        return r.organizationKey() != null
                && matcher.matchesLoosely(EntityMatcher.names(facts, r.personKey()), g.person())
                && matcher.matchesLoosely(EntityMatcher.names(facts, r.organizationKey()), g.organization());
    }

    private String describe(Role r) {
        return first(r.personKey()) + " — " + r.title() + " — "
                + (r.organizationKey() == null ? "(no organisation)" : first(r.organizationKey()));
    }

    private String first(String key) {
        List<String> n = EntityMatcher.names(facts, key);
        return n.isEmpty() ? "(none)" : n.get(0);
    }

    private void scoreQuotes() {
        List<Quote> ext = facts.quotes();
        List<GoldQuote> req = gold.quotes().stream().filter(q -> !q.optional()).toList();
        int tp = 0;
        for (GoldQuote g : req) {
            if (ext.stream().anyMatch(q -> quoteMatches(q, g))) {
                tp++;
            } else {
                String hint = ext.stream().filter(q -> textMatches(q, g)).findFirst()
                        .map(q -> "text found, speaker " + first(q.speakerKey())).orElse("");
                findings.add(new Finding(Kind.MISS, Category.QUOTES, doc, g.toString(), hint));
                quoteCases.add(QuoteCases.of(facts, g, q -> textMatches(q, g), this::first));
            }
        }
        int fp = 0;
        for (Quote q : ext) {
            if (req.stream().anyMatch(g -> quoteMatches(q, g))
                    || gold.quotes().stream().anyMatch(g -> g.optional() && textMatches(q, g))) {
                continue;
            }
            fp++;
            String note = req.stream().filter(g -> textMatches(q, g)).findFirst()
                    .map(g -> "gold speaker " + g.speaker()).orElse("");
            findings.add(new Finding(Kind.SPURIOUS, Category.QUOTES, doc, describe(q), note));
        }
        scores.put(Category.QUOTES, new Score(tp, fp, req.size() - tp));
        scoreQuoteTexts(ext, req);
    }

    /** Quotes found by text alone, whoever the speaker (see {@link Category#QUOTES_FOUND}). */
    private void scoreQuoteTexts(List<Quote> ext, List<GoldQuote> req) {
        int found = (int) ext.stream().filter(q -> gold.quotes().stream().anyMatch(g -> textMatches(q, g))).count();
        int missed = (int) req.stream().filter(g -> ext.stream().noneMatch(q -> textMatches(q, g))).count();
        scores.put(Category.QUOTES_FOUND, new Score(found, ext.size() - found, missed));
    }

    private boolean quoteMatches(Quote q, GoldQuote g) {
        return textMatches(q, g) && matcher.matches(EntityMatcher.names(facts, q.speakerKey()), g.speaker());
    }

    private static boolean textMatches(Quote q, GoldQuote g) {
        return NameMatcher.normalize(q.text()).contains(NameMatcher.normalize(g.startsWith()));
    }

    private String describe(Quote q) {
        String t = NameMatcher.collapseWhitespace(q.text());
        return (q.speakerKey() == null ? "(no speaker)" : first(q.speakerKey()))
                + (q.via() == null ? "" : " (via " + q.via() + ")") + ": \u201c"
                + (t.length() > 70 ? t.substring(0, 70) + "…" : t) + "\u201d";
    }

    /** Relation pairs, over the gold relations and extracted relations the two filters keep. */
    private void scoreRelations(Category category, Predicate<GoldRelation> goldKept, Predicate<Relation> kept) {
        boolean report = category == Category.RELATIONS; // findings once, under the main category
        Map<Set<String>, List<GoldRelation>> reqPairs = new LinkedHashMap<>();
        List<GoldRelation> optional = new ArrayList<>();
        for (GoldRelation g : gold.relations()) {
            if (!goldKept.test(g)) {
                if (!g.optional()) {
                    optional.add(g); // another type's pair: neither required nor penalised here
                }
            } else if (g.optional()) {
                optional.add(g);
            } else {
                reqPairs.computeIfAbsent(pair(g.subject(), g.object()), k -> new ArrayList<>()).add(g);
            }
        }
        Map<Set<String>, List<Relation>> extPairs = new LinkedHashMap<>();
        for (Relation r : facts.relations().stream().filter(kept).toList()) {
            extPairs.computeIfAbsent(pair(r.subjectKey(), r.objectKey()), k -> new ArrayList<>()).add(r);
        }
        int tp = 0;
        for (Map.Entry<Set<String>, List<GoldRelation>> e : reqPairs.entrySet()) {
            GoldRelation g = e.getValue().get(0);
            if (extPairs.values().stream().anyMatch(rs -> linksPair(rs.get(0), g))) {
                tp++;
            } else if (report) {
                findings.add(new Finding(Kind.MISS, Category.RELATIONS, doc, g.subject() + " — " + g.object(),
                        String.join("; ", e.getValue().stream().map(GoldRelation::relation).toList())));
            }
        }
        int fp = 0;
        for (List<Relation> rs : extPairs.values()) {
            Relation r = rs.get(0);
            boolean ignorable = reqPairs.values().stream().anyMatch(gs -> linksPair(r, gs.get(0)))
                    || optional.stream().anyMatch(g -> linksPair(r, g)) || insideOneGoldName(r)
                    || matcher.matchesOptional(EntityMatcher.names(facts, r.subjectKey()))
                    || matcher.matchesOptional(EntityMatcher.names(facts, r.objectKey()));
            if (!ignorable) {
                fp++;
            }
            if (!ignorable && report) {
                findings.add(new Finding(Kind.SPURIOUS, Category.RELATIONS, doc,
                        first(r.subjectKey()) + " — " + first(r.objectKey()),
                        String.join("; ", rs.stream().map(x -> x.type().localName()
                                + (x.cue() == null ? "" : " \"" + x.cue() + "\"")).toList())));
            }
        }
        scores.put(category, new Score(tp, fp, reqPairs.size() - tp));
    }

    private static Set<String> pair(String a, String b) {
        Set<String> s = new LinkedHashSet<>();
        s.add(a);
        s.add(b);
        return s;
    }

    /**
     * Whether the relation's ends are the two parts of one gold name "A, B" ("Kinderhook, N.Y."): the gold kept them
     * in one name and so could not relate them; such a pair is neither confirmed nor denied.
     */
    private boolean insideOneGoldName(Relation r) {
        List<String> s = EntityMatcher.names(facts, r.subjectKey());
        List<String> o = EntityMatcher.names(facts, r.objectKey());
        for (GoldEntity g : gold.entities()) {
            int comma = g.name().indexOf(", ");
            if (comma > 0) {
                String a = NameMatcher.loose(g.name().substring(0, comma));
                String b = NameMatcher.loose(g.name().substring(comma + 2));
                if (anyLoose(s, a) && anyLoose(o, b) || anyLoose(s, b) && anyLoose(o, a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyLoose(List<String> names, String form) {
        return names.stream().anyMatch(n -> NameMatcher.loose(n).equals(form));
    }

    /**
     * Whether the relation links the gold relation's two entities, in either direction; names compared as role
     * pairs are ({@link NameMatcher#loose}: a tokenised corpus keeps a sentence's full stop on its last name).
     */
    private boolean linksPair(Relation r, GoldRelation g) {
        List<String> s = EntityMatcher.names(facts, r.subjectKey());
        List<String> o = EntityMatcher.names(facts, r.objectKey());
        return matcher.matchesLoosely(s, g.subject()) && matcher.matchesLoosely(o, g.object())
                || matcher.matchesLoosely(s, g.object()) && matcher.matchesLoosely(o, g.subject());
    }

    private List<String> boilerplateLeaks() {
        List<String> leaks = new ArrayList<>();
        for (Entity e : facts.entities()) {
            List<GoldEntity> any = matcher.matching(e);
            if (!any.isEmpty() && any.stream().noneMatch(GoldEntity::inBody)) {
                leaks.add(describe(e) + " = gold " + any.get(0).name() + " (boilerplate only)");
            }
        }
        return leaks;
    }
}
