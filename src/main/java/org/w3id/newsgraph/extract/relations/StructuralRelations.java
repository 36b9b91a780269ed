package org.w3id.newsgraph.extract.relations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.coref.Referent;
import org.w3id.newsgraph.extract.coref.Referents;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Sentence;

/**
 * Relations stated by the shape around adjacent mentions rather than by a verb: a place premodifying an
 * organisation, "X-based", appositions, possessives, "In PLACE, ORG has", "keep X as a provider", "City, Country"
 * and customer lists. A person is based nowhere ({@link RelationEnds}), so "Jane Roe, of Leeds" gives nothing.
 */
final class StructuralRelations {
    private static final Pattern PREMOD_GAP = Pattern.compile("^(?:[’']s)?((?:\\s+[\\p{Ll}][\\p{Ll}-]*){0,4})\\s+$");
    private static final Pattern BASED = Pattern.compile("^-based((?:\\s+[\\p{Ll}][\\p{Ll}-]*){0,3})\\s+$");
    private static final Pattern IN_PLACE = Pattern.compile("(?i)^[\\p{Punct}\\s]*+in\\s++(?:the\\s+)?$");
    private static final Pattern HAS = Pattern.compile(
            "^\\s*(?:has|have|had|operates|runs|opened|employs|built|maintains|owns)\\b");
    /** "Elmhurst in northwest Montana": "in", maybe "the" and a compass word, between a place and its region. */
    static final Pattern PLACE_IN_PLACE = Pattern.compile("^\\s++in\\s++(?:the\\s++)?+(?:(?:north|south|east|west"
            + "|northeast|northwest|southeast|southwest|northern|southern|eastern|western|central|northeastern"
            + "|northwestern|southeastern|southwestern)\\s++)?+");
    private static final Pattern KNOWN_AS = Pattern.compile(
            "(?i)^\\s+(?:unit|subsidiary|division|arm|affiliate|branch)\\s+(?:is|was)\\s+(?:known\\s+as|called|named)"
                    + "\\s+");
    private static final Pattern AS_PROVIDER = Pattern.compile(
            "(?i)^\\s+as\\s+(?:an?|its|their|the)?\\s*[“\"]?(?:[\\p{L}-]+\\s+){0,3}?(?:equipment\\s+)?"
                    + "(?:provider|supplier|vendor)\\b");
    private static final Pattern KEEP_VERB = Pattern.compile(
            "(?i)\\b(?:keep|keeps|kept|use|uses|used|using|choose|chose|chosen|select|selected|selects|pick|picked|"
                    + "retain|retained|retains|name|named|appoint|appointed)\\s+$");
    /** "Kestrel Labs, a Sydney consultancy", "Acme, the Leeds-based chain": the gap before the place. */
    private static final Pattern APPOSITION_GAP = Pattern.compile("^,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}$");
    /** What follows that place: a lower-case noun or "-based" (also "Austin, Texas-based"). */
    private static final Pattern APPOSITION_PLACE_END = Pattern.compile(
            "^(?:(?:,\\s+\\p{Lu}[\\p{L}.]*)?-based\\b|\\s+[\\p{Ll}])");
    /** "Acme, China's largest chipmaker". */
    private static final Pattern POSSESSIVE_APPOSITION = Pattern.compile("^[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+");
    /** ", the country's biggest operator", ", the nation's largest lender". */
    private static final Pattern COUNTRY_DESCRIPTION = Pattern.compile(
            "^,\\s+the\\s+(?:country|nation)[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+");
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("^[’'](?:s)?\\s+$");
    private static final Pattern RIVAL = Pattern.compile(
            "^[’']s?\\s+(?:(?:main|biggest|closest|chief|largest|nearest|fiercest|arch|long-time|local)\\s+)?"
                    + "(?:rival|competitor|challenger)\\b");
    private static final Pattern DESCRIBED_OWNER = Pattern.compile(
            "(?i)\\bthe\\s+(\\p{L}+)[’']s?\\s+$");
    private static final Pattern IN_CITY_GAP = Pattern.compile("^\\s+in\\s+(?:the\\s+)?$");
    /** "Its customers include", "Acme's clients included". */
    private static final Pattern CUSTOMERS = Pattern.compile(
            "(?i)(?:\\b(its|their|whose)|[’']s?)\\s+(?:[\\p{Ll}-]+\\s+)?(?:customers|clients)\\s+"
                    + "(?:include|included|includes|including|are|were)\\b");

    private final String text;
    private final MentionIndex mentions;
    private final Referents referents;
    private final NearbyMentions near;

    StructuralRelations(String text, MentionIndex mentions, Referents referents, NearbyMentions near) {
        this.text = text;
        this.mentions = mentions;
        this.referents = referents;
        this.near = near;
    }

    void structural(Sentence s, Map<String, Relation> found) {
        List<Hit> hits = mentions.within(s.span().begin(), s.span().end());
        for (int i = 0; i < hits.size(); i++) {
            Hit a = hits.get(i);
            Hit b = i + 1 < hits.size() ? hits.get(i + 1) : null;
            if (b != null && b.begin() >= a.end()) {
                String gap = text.substring(a.end(), b.begin());
                // "Dutch chipmaker ASML", "Japan's Toyota", "Swedish energy giant Vattenfall"
                Matcher pm = PREMOD_GAP.matcher(gap);
                if (a.type().isPlace() && b.type().isOrganization() && pm.matches()
                        && (!gap.isBlank() || a.type() == EntityType.COUNTRY && isAbbreviation(a))
                        && !hasFunctionWord(pm.group(1)) && !hasVerb(pm.group(1))) {
                    RelationFinder.add(found, b.entity(), RelationType.BASED_IN, a.entity(), text.substring(a.begin(), b.begin()), s);
                    // "China's Acme and Bolt"
                    for (Hit more : near.listAfter(b.end(), s.span().end(), EntityType::isOrganization)) {
                        RelationFinder.add(found, more.entity(), RelationType.BASED_IN, a.entity(), text.substring(a.begin(), b.begin()),
                                s);
                    }
                }
                // "London-based Nordwind Energy"
                Matcher bm = BASED.matcher(gap);
                if (a.type().isPlace() && b.type().isOrganization() && bm.matches() && !hasFunctionWord(bm.group(1))) {
                    RelationFinder.add(found, b.entity(), RelationType.BASED_IN, a.entity(), text.substring(a.begin(), a.end() + 6), s);
                }
                // "Gdansk, Poland", "cities in the UK"
                if (a.type().isPlace() && b.type().isPlace() && a.type() != EntityType.COUNTRY
                        && (gap.equals(", ") || PLACE_IN_PLACE.matcher(gap).matches())
                        && (b.type() == EntityType.COUNTRY || b.type() == EntityType.REGION)) {
                    RelationFinder.add(found, a.entity(), RelationType.LOCATED_IN, b.entity(), text.substring(a.begin(), b.end()), s);
                }
                // "The Acme unit is known as Skunkworks"
                Matcher km = KNOWN_AS.matcher(gap);
                if (a.type().isOrganization() && b.type().isOrganization() && km.find()
                        && km.end() == gap.length()) {
                    RelationFinder.add(found, b.entity(), RelationType.PART_OF, a.entity(), gap, s);
                }
                appositions(a, b, gap, s, found);
                possessives(a, b, gap, s, found);
            }
            describedOwner(a, s, found);
            countryDescription(a, s, found);
            // "In France, Acme has ..."
            if (a.type().isPlace() && b != null && b.type().isOrganization()
                    && IN_PLACE.matcher(text.substring(s.span().begin(), a.begin())).matches()
                    && text.substring(a.end(), b.begin()).matches(",\\s*")
                    && HAS.matcher(text.substring(b.end(), s.span().end())).find()) {
                RelationFinder.add(found, b.entity(), RelationType.OPERATES_IN, a.entity(), text.substring(s.span().begin(), a.end()),
                        s);
            }
            // "keep Acme as an important equipment provider"
            if (a.type().isOrganization() && KEEP_VERB.matcher(text.substring(s.span().begin(), a.begin())).find()) {
                Matcher am = AS_PROVIDER.matcher(text.substring(a.end(), s.span().end()));
                if (am.find()) {
                    Matcher kv = KEEP_VERB.matcher(text.substring(s.span().begin(), a.begin()));
                    kv.find();
                    int verb = s.span().begin() + kv.start();
                    Optional<Referent> customer = referents.before(verb, s.span().begin());
                    if (customer.isPresent()) {
                        RelationFinder.add(found, a.entity(), RelationType.SUPPLIES, customer.get().entity(),
                                text.substring(verb, a.end() + am.end()), s);
                    }
                }
            }
        }
    }

    /**
     * Appositions that place an organisation: "Kestrel Labs, a Sydney consultancy", "Acme, the Leeds-based chain",
     * "Acme, China's largest chipmaker"; and "the Acme Institute in Omaha" (a company there only operates in it).
     */
    private void appositions(Hit a, Hit b, String gap, Sentence s, Map<String, Relation> found) {
        if (!a.type().isOrganization() || !b.type().isPlace()) {
            return;
        }
        String after = text.substring(b.end(), Math.min(s.span().end(), b.end() + 40));
        if (NearbyMentions.AND_BEFORE.matcher(text.substring(Math.max(s.span().begin(), a.begin() - 6), a.begin())).find()) {
            return; // "Acme and Bolt, the two European vendors": said of both
        }
        // "Acme (ACM), China's largest chipmaker": the acronym in brackets is a mention of a itself
        boolean comma = gap.equals(", ") || gap.equals("), ") && a.begin() > 0 && text.charAt(a.begin() - 1) == '(';
        if (APPOSITION_GAP.matcher(gap).matches() && APPOSITION_PLACE_END.matcher(after).find()
                || comma && POSSESSIVE_APPOSITION.matcher(after).find()) {
            int cueBegin = gap.startsWith(")") ? a.begin() - 1 : a.begin();
            RelationFinder.add(found, a.entity(), RelationType.BASED_IN, b.entity(), text.substring(cueBegin, b.end()), s);
        } else if (IN_CITY_GAP.matcher(gap).matches() && b.type() == EntityType.CITY) {
            RelationFinder.add(found, a.entity(), a.type() == EntityType.COMPANY ? RelationType.OPERATES_IN : RelationType.BASED_IN,
                    b.entity(), text.substring(a.begin(), b.end()), s);
        }
    }

    /** "Alphabet's Google" (a unit of a group), "Acme, Bolt's main rival". */
    private void possessives(Hit a, Hit b, String gap, Sentence s, Map<String, Relation> found) {
        if (!POSSESSIVE_GAP.matcher(gap).matches()) {
            if (a.type().isOrganization() && b.type().isOrganization() && gap.equals(", ")) {
                Matcher rival = RIVAL.matcher(text.substring(b.end(), Math.min(s.span().end(), b.end() + 40)));
                if (rival.find()) {
                    RelationFinder.add(found, a.entity(), RelationType.COMPETES_WITH, b.entity(),
                            text.substring(b.begin(), b.end() + rival.end()), s);
                }
            }
            return;
        }
        String cue = text.substring(a.begin(), b.begin()).strip();
        if (a.type().isOrganization() && b.type().isOrganization()) {
            RelationFinder.add(found, b.entity(), RelationType.PART_OF, a.entity(), cue, s);
        }
    }

    /** "Acme, the country's biggest operator": the organisation is based in the country the story is about. */
    private void countryDescription(Hit a, Sentence s, Map<String, Relation> found) {
        if (!a.type().isOrganization()) {
            return;
        }
        Matcher m = COUNTRY_DESCRIPTION.matcher(text.substring(a.end(), Math.min(s.span().end(), a.end() + 60)));
        if (m.find()) {
            storyCountry(a.begin()).ifPresent(country -> RelationFinder.add(found, a.entity(), RelationType.BASED_IN, country,
                    m.group().substring(1).strip(), s));
        }
    }

    /**
     * The country a story is about, as far as it has got at {@code offset}: the one named most often before it
     * (the first of equals), not merely the last one named ("Germany bans Chinese kit ... the country's operator").
     */
    private Optional<Entity> storyCountry(int offset) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Hit h : mentions.within(0, offset)) {
            if (h.type() == EntityType.COUNTRY) {
                count.merge(h.key(), 1, Integer::sum);
                byKey.putIfAbsent(h.key(), h.entity());
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (best == null || e.getValue() > count.get(best)) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best == null ? null : byKey.get(best));
    }

    /** "the department's Bureau of Statistics": the owner is the antecedent of the description. */
    private void describedOwner(Hit b, Sentence s, Map<String, Relation> found) {
        if (!b.type().isOrganization()) {
            return;
        }
        int from = Math.max(s.span().begin(), b.begin() - 30);
        Matcher m = DESCRIBED_OWNER.matcher(text.substring(from, b.begin()));
        if (!m.find()) {
            return;
        }
        Predicate<EntityType> kind = Referents.kindOf(m.group(1).toLowerCase(Locale.ROOT));
        if (kind == null || mentions.endingAt(from + m.end(1)).isPresent()) {
            return;
        }
        referents.antecedent(t -> t.isOrganization() && kind.test(t), from + m.start(), Set.of(b.key()))
                .ifPresent(owner -> RelationFinder.add(found, b.entity(), RelationType.PART_OF, owner, m.group().strip(), s));
    }

    /** "US", "U.K.": a country written as capitals, which may stand right before a name ("US Acme Agency"). */
    private boolean isAbbreviation(Hit h) {
        String w = text.substring(h.begin(), h.end()).replace(".", ""); // "U.S." as "US"
        return w.length() <= 3 && w.chars().allMatch(Character::isUpperCase);
    }

    /** "Its customers include Acme and the logistics group Bolt": the owner supplies each customer. */
    void customers(Sentence s, Map<String, Relation> found) {
        int sb = s.span().begin();
        Matcher m = CUSTOMERS.matcher(text.substring(sb, s.span().end()));
        while (m.find()) {
            int at = sb + m.start();
            Optional<Entity> supplier;
            if (m.group(1) != null) {
                supplier = m.group(1).equalsIgnoreCase("whose")
                        ? near.lastIn(sb, at, EntityType::isOrganization).map(Hit::entity)
                        : referents.antecedent(EntityType::isOrganization, at, Set.of());
            } else {
                supplier = mentions.endingAt(at).filter(h -> h.type().isOrganization()).map(Hit::entity);
            }
            if (supplier.isEmpty()) {
                continue;
            }
            Optional<Hit> first = near.described(sb + m.end(), s.span().end(), EntityType::isOrganization);
            if (first.isEmpty()) {
                continue;
            }
            String cue = m.group().replaceFirst("^[’']s?\\s+", "");
            RelationFinder.add(found, supplier.get(), RelationType.SUPPLIES, first.get().entity(), cue, s);
            for (Hit more : near.listAfter(first.get().end(), s.span().end(), EntityType::isOrganization)) {
                RelationFinder.add(found, supplier.get(), RelationType.SUPPLIES, more.entity(), cue, s);
            }
        }
    }

    /** "its German core network contained no Acme kit": a past-tense verb or "no" ends the premodifier. */
    private static boolean hasVerb(String words) {
        for (String w : words.strip().split("\\s+")) {
            if (w.equals("no") || w.length() > 4 && w.endsWith("ed") && w.indexOf('-') < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFunctionWord(String words) {
        for (String w : words.strip().split("\\s+")) {
            if (NearbyMentions.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
