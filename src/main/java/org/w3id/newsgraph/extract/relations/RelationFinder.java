package org.w3id.newsgraph.extract.relations;

import org.w3id.newsgraph.extract.coref.Referent;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.coref.Referents;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Finds typed relations inside single sentences: the cue table of {@link RelationCue} plus a few structural
 * patterns (a country or demonym premodifying an organisation, "X-based", "In PLACE, ORG has", "the X unit is
 * known as Y", "keep X as a provider", "City, Country"), and one holdsRoleIn per role with an organisation.
 * Unsure ends are skipped rather than guessed.
 */
public final class RelationFinder {
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)(?:\\brather\\s+than|\\bnot|n[’']t|\\bnever|\\bno\\s+longer|\\binstead\\s+of|\\brefused\\s+to|"
                    + "\\bwithout)\\s+(?:[\\p{L}-]+\\s+){0,1}$");
    /** "we" (and an optional auxiliary or adverb) right before a verb. */
    private static final Pattern WE_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])we\\s+(?:(?:have|had|will|would|also|already|still|now|do|did|can)\\s+)?"
                    + "(?:[\\p{L}]+ly\\s+)?$");
    private static final Pattern NOUN_USE = Pattern.compile("(?i)\\b(?:the|a|an|its|their|this|his|her|our)\\s+$");
    private static final Pattern PASSIVE_AUX = Pattern.compile("(?i)\\b(?:be|been|being|was|were|is|are|get|got)\\s+$");
    private static final Pattern PREMOD_GAP = Pattern.compile("^(?:[’']s)?((?:\\s+[\\p{Ll}][\\p{Ll}-]*){0,4})\\s+$");
    private static final Pattern BASED = Pattern.compile("^-based((?:\\s+[\\p{Ll}][\\p{Ll}-]*){0,3})\\s+$");
    private static final Pattern IN_PLACE = Pattern.compile("(?i)^[\\p{Punct}\\s]*+in\\s++(?:the\\s+)?$");
    private static final Pattern HAS = Pattern.compile(
            "^\\s*(?:has|have|had|operates|runs|opened|employs|built|maintains|owns)\\b");
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
    /** ", of Leeds", ", 78, from Leeds", ", the world No 3 from Spain" before the place. */
    private static final Pattern ORIGIN_GAP = Pattern.compile(
            "^,\\s+(?:\\d{1,3},\\s+)?(?:(the\\s+[^,;:.()“”\"]{0,30}?)\\s+)?(?:of|from)\\s+$");
    private static final Pattern IN_CITY_GAP = Pattern.compile("^\\s+in\\s+(?:the\\s+)?$");
    /** "Its customers include", "Acme's clients included". */
    private static final Pattern CUSTOMERS = Pattern.compile(
            "(?i)(?:\\b(its|their|whose)|[’']s?)\\s+(?:[\\p{Ll}-]+\\s+)?(?:customers|clients)\\s+"
                    + "(?:include|included|includes|including|are|were)\\b");
    /** A separator inside a list of names: ", ", " and ", ", and ", " as well as ". */
    private static final Pattern LIST_SEP = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|as\\s+well\\s+as)\\s+)");
    private static final Pattern AND_BEFORE = Pattern.compile("(?:,\\s*+|(?<![\\s,])\\s++)and\\s++(?:the\\s++)?$");
    private static final Pattern WORD = Pattern.compile("^[\\p{L}][\\p{L}’'-]*");
    private static final Pattern ITS = Pattern.compile("(?i)\\b(?:its|their)\\b");
    private static final Pattern NP_END = Pattern.compile("[,.;:]|\\s(?:in|at|on|to|for|from|during|after|before|over|with)\\s");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> CLAUSE_WORDS = Set.of("while", "whereas", "although", "though", "after",
            "before", "because", "since", "when", "where", "so", "then", "also", "who", "whom", "whose", "if",
            "says", "added", "during", "against", "between", "into", "including", "like", "such", "about", "over");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "from", "to", "in", "with",
            "for", "on", "by", "and", "or", "that", "which", "who", "at", "as", "is", "was", "has", "have", "had",
            "its", "their", "will", "would", "said", "says", "told", "but", "than", "not", "are", "were", "be", "over",
            "under", "about", "into", "after", "before", "across", "through", "while", "when", "where");

    private final ArticleView view;
    private final String text;
    private final MentionIndex mentions;
    private final Referents referents;

    private final List<Quote> quotes;

    RelationFinder(ArticleView view, List<Quote> quotes) {
        this.view = view;
        this.quotes = quotes;
        this.text = view.text();
        this.mentions = view.mentions();
        this.referents = new Referents(view);
    }

    List<Relation> find(List<Role> roles) {
        List<Relation> out = new ArrayList<>();
        for (Sentence s : view.sentences()) {
            Map<String, Relation> found = new LinkedHashMap<>();
            structural(s, found);
            origins(s, found);
            customers(s, found);
            cues(s, found);
            out.addAll(found.values());
        }
        Map<String, Relation> held = new LinkedHashMap<>();
        for (Role r : roles) {
            if (r.organizationKey() != null && !r.isMembership() && !r.organizationKey().equals(r.personKey())) {
                held.putIfAbsent(r.personKey() + "\u0000" + r.organizationKey() + "\u0000" + r.evidence(),
                        new Relation(r.personKey(), RelationType.HOLDS_ROLE_IN, r.organizationKey(), r.title(),
                                r.evidence()));
            }
        }
        out.addAll(held.values());
        return List.copyOf(out);
    }

    private void add(Map<String, Relation> found, Entity subject, RelationType type, Entity object, String cue,
            Sentence s) {
        if (subject == null || object == null || subject.key().equals(object.key())) {
            return;
        }
        String key = subject.key() + "\u0000" + type + "\u0000" + object.key();
        found.putIfAbsent(key, new Relation(subject.key(), type, object.key(), cue.strip(), s.span()));
    }

    // ---------------------------------------------------------------- structural patterns

    private void structural(Sentence s, Map<String, Relation> found) {
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
                    add(found, b.entity(), RelationType.BASED_IN, a.entity(), text.substring(a.begin(), b.begin()), s);
                    // "China's Acme and Bolt"
                    for (Hit more : listAfter(b.end(), s.span().end(), EntityType::isOrganization)) {
                        add(found, more.entity(), RelationType.BASED_IN, a.entity(), text.substring(a.begin(), b.begin()),
                                s);
                    }
                }
                // "London-based Nordwind Energy"
                Matcher bm = BASED.matcher(gap);
                if (a.type().isPlace() && b.type().isOrganization() && bm.matches() && !hasFunctionWord(bm.group(1))) {
                    add(found, b.entity(), RelationType.BASED_IN, a.entity(), text.substring(a.begin(), a.end() + 6), s);
                }
                // "Gdansk, Poland", "cities in the UK"
                if (a.type().isPlace() && b.type().isPlace() && a.type() != EntityType.COUNTRY
                        && (gap.equals(", ") || gap.matches("\\s+in\\s+(?:the\\s+)?"))
                        && (b.type() == EntityType.COUNTRY || b.type() == EntityType.REGION)) {
                    add(found, a.entity(), RelationType.LOCATED_IN, b.entity(), text.substring(a.begin(), b.end()), s);
                }
                // "The Acme unit is known as Skunkworks"
                Matcher km = KNOWN_AS.matcher(gap);
                if (a.type().isOrganization() && b.type().isOrganization() && km.find()
                        && km.end() == gap.length()) {
                    add(found, b.entity(), RelationType.PART_OF, a.entity(), gap, s);
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
                add(found, b.entity(), RelationType.OPERATES_IN, a.entity(), text.substring(s.span().begin(), a.end()),
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
                        add(found, a.entity(), RelationType.SUPPLIES, customer.get().entity(),
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
        if (AND_BEFORE.matcher(text.substring(Math.max(s.span().begin(), a.begin() - 6), a.begin())).find()) {
            return; // "Acme and Bolt, the two European vendors": said of both
        }
        // "Acme (ACM), China's largest chipmaker": the acronym in brackets is a mention of a itself
        boolean comma = gap.equals(", ") || gap.equals("), ") && a.begin() > 0 && text.charAt(a.begin() - 1) == '(';
        if (APPOSITION_GAP.matcher(gap).matches() && APPOSITION_PLACE_END.matcher(after).find()
                || comma && POSSESSIVE_APPOSITION.matcher(after).find()) {
            int cueBegin = gap.startsWith(")") ? a.begin() - 1 : a.begin();
            add(found, a.entity(), RelationType.BASED_IN, b.entity(), text.substring(cueBegin, b.end()), s);
        } else if (IN_CITY_GAP.matcher(gap).matches() && b.type() == EntityType.CITY) {
            add(found, a.entity(), a.type() == EntityType.COMPANY ? RelationType.OPERATES_IN : RelationType.BASED_IN,
                    b.entity(), text.substring(a.begin(), b.end()), s);
        }
    }

    /**
     * "Australia's Jane Roe" (a person from a place), "Alphabet's Google" (a unit of a group), "the department's
     * Bureau of Statistics" (the owner named by a description), "Acme, Bolt's main rival".
     */
    private void possessives(Hit a, Hit b, String gap, Sentence s, Map<String, Relation> found) {
        if (!POSSESSIVE_GAP.matcher(gap).matches()) {
            if (a.type().isOrganization() && b.type().isOrganization() && gap.equals(", ")) {
                Matcher rival = RIVAL.matcher(text.substring(b.end(), Math.min(s.span().end(), b.end() + 40)));
                if (rival.find()) {
                    add(found, a.entity(), RelationType.COMPETES_WITH, b.entity(),
                            text.substring(b.begin(), b.end() + rival.end()), s);
                }
            }
            return;
        }
        String cue = text.substring(a.begin(), b.begin()).strip();
        if (a.type().isPlace() && b.type().isPerson()) {
            add(found, b.entity(), RelationType.BASED_IN, a.entity(), cue, s);
        } else if (a.type().isOrganization() && b.type().isOrganization()) {
            add(found, b.entity(), RelationType.PART_OF, a.entity(), cue, s);
        }
    }

    /** "Acme, the country's biggest operator": the organisation is based in the country the story is about. */
    private void countryDescription(Hit a, Sentence s, Map<String, Relation> found) {
        if (!a.type().isOrganization()) {
            return;
        }
        Matcher m = COUNTRY_DESCRIPTION.matcher(text.substring(a.end(), Math.min(s.span().end(), a.end() + 60)));
        if (m.find()) {
            storyCountry(a.begin()).ifPresent(country -> add(found, a.entity(), RelationType.BASED_IN, country,
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
                .ifPresent(owner -> add(found, b.entity(), RelationType.PART_OF, owner, m.group().strip(), s));
    }

    /** "Jane Roe, of Leeds," "Jane Roe, 78, from Leeds", "Roe, the world No 3 from Spain". */
    private void origins(Sentence s, Map<String, Relation> found) {
        List<Hit> hits = mentions.within(s.span().begin(), s.span().end());
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit a = hits.get(i);
            if (!a.type().isPerson()) {
                continue;
            }
            for (int j = i + 1; j < hits.size() && j <= i + 2; j++) {
                Hit b = hits.get(j);
                if (b.begin() < a.end()) {
                    continue;
                }
                Matcher m = ORIGIN_GAP.matcher(text.substring(a.end(), b.begin()));
                if (b.type().isPlace() && m.matches() && !hasClauseWord(m.group(1))) {
                    add(found, a.entity(), RelationType.BASED_IN, b.entity(), text.substring(a.end(), b.end()).strip(),
                            s);
                }
                break;
            }
        }
    }

    /** "US", "UK": a country written as capitals, which may stand right before a name ("US Acme Agency"). */
    private boolean isAbbreviation(Hit h) {
        String w = text.substring(h.begin(), h.end());
        return w.length() <= 3 && w.chars().allMatch(Character::isUpperCase);
    }

    private static boolean hasClauseWord(String words) {
        if (words == null) {
            return false;
        }
        for (String w : words.strip().split("\\s+")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (CLAUSE_WORDS.contains(lw) || lw.endsWith("ing") || lw.endsWith("ed") || lw.equals("and")) {
                return true;
            }
        }
        return false;
    }

    /** "Its customers include Acme and the logistics group Bolt": the owner supplies each customer. */
    private void customers(Sentence s, Map<String, Relation> found) {
        int sb = s.span().begin();
        Matcher m = CUSTOMERS.matcher(text.substring(sb, s.span().end()));
        while (m.find()) {
            int at = sb + m.start();
            Optional<Entity> supplier;
            if (m.group(1) != null) {
                supplier = m.group(1).equalsIgnoreCase("whose")
                        ? lastIn(sb, at, EntityType::isOrganization).map(Hit::entity)
                        : referents.antecedent(EntityType::isOrganization, at, Set.of());
            } else {
                supplier = mentions.endingAt(at).filter(h -> h.type().isOrganization()).map(Hit::entity);
            }
            if (supplier.isEmpty()) {
                continue;
            }
            Optional<Hit> first = described(sb + m.end(), s.span().end(), EntityType::isOrganization);
            if (first.isEmpty()) {
                continue;
            }
            String cue = m.group().replaceFirst("^[’']s?\\s+", "");
            add(found, supplier.get(), RelationType.SUPPLIES, first.get().entity(), cue, s);
            for (Hit more : listAfter(first.get().end(), s.span().end(), EntityType::isOrganization)) {
                add(found, supplier.get(), RelationType.SUPPLIES, more.entity(), cue, s);
            }
        }
    }

    /**
     * The mention of the given kind that starts at {@code p} after at most three describing words and a place
     * ("convenience retailer Acme", "the German logistics company Bolt", "Czech qualifier Jana Novak").
     */
    private Optional<Hit> described(int p, int limit, Predicate<EntityType> kind) {
        int q = referents.skipSpaces(p, limit);
        for (int k = 0; k < 5 && q < limit; k++) {
            Optional<Hit> h = mentions.startingAt(q);
            if (h.isPresent()) {
                if (kind.test(h.get().type()) && h.get().end() <= limit) {
                    return h;
                }
                if (!h.get().type().isPlace() || k >= 4) {
                    return Optional.empty();
                }
                q = h.get().end();
                if (text.startsWith("’s", q) || text.startsWith("'s", q)) {
                    q += 2;
                }
                q = referents.skipSpaces(q, limit);
                continue;
            }
            Matcher w = WORD.matcher(text.substring(q, Math.min(limit, q + 40)));
            if (!w.find()) {
                return Optional.empty();
            }
            String lw = w.group().toLowerCase(Locale.ROOT);
            boolean determiner = k == 0 && DETERMINERS.contains(lw);
            if (!determiner && (FUNCTION_WORDS.contains(lw) || CLAUSE_WORDS.contains(lw) || k >= 4)) {
                return Optional.empty();
            }
            q = referents.skipSpaces(q + w.end(), limit);
        }
        return Optional.empty();
    }

    /** Further members of a list that starts with a mention ending at {@code end}: ", Y and the Z group W". */
    private List<Hit> listAfter(int end, int limit, Predicate<EntityType> kind) {
        List<Hit> out = new ArrayList<>();
        int p = end;
        while (p < limit) {
            Matcher sep = LIST_SEP.matcher(text.substring(p, Math.min(limit, p + 20)));
            if (!sep.find()) {
                break;
            }
            Optional<Hit> next = described(p + sep.end(), limit, kind);
            if (next.isEmpty()) {
                break;
            }
            out.add(next.get());
            p = next.get().end();
        }
        return out;
    }

    /** The mention of the same broad kind in "X and Y" before a subject starting at {@code begin}. */
    private Optional<Hit> coordinatedBefore(int begin, int floor, EntityType like) {
        Matcher m = AND_BEFORE.matcher(text.substring(Math.max(floor, begin - 12), begin));
        if (!m.find()) {
            return Optional.empty();
        }
        int p = Math.max(floor, begin - 12) + m.start();
        return mentions.endingAt(p).filter(h -> h.begin() >= floor && sameKind(h.type(), like));
    }

    private static boolean sameKind(EntityType a, EntityType b) {
        return a.isPerson() == b.isPerson() && a.isOrganization() == b.isOrganization() && a.isPlace() == b.isPlace();
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
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- cue table

    /** The cue table's stems, to run only the cues a sentence may hold (one pass instead of a scan per cue). */
    private static final CueTriggers TRIGGERS = new CueTriggers(RelationCue.ALL.stream().map(RelationCue::pattern).toList());

    private void cues(Sentence s, Map<String, Relation> found) {
        int sb = s.span().begin();
        int se = s.span().end();
        String st = text.substring(sb, se);
        List<Span> used = new ArrayList<>();
        int[] first = TRIGGERS.firstStarts(st);
        for (int k = 0; k < RelationCue.ALL.size(); k++) {
            if (first[k] < 0) {
                continue; // no word of the sentence starts as the cue does
            }
            RelationCue cue = RelationCue.ALL.get(k);
            Matcher m = cue.pattern().matcher(st);
            for (boolean hit = m.find(first[k]); hit; hit = m.find()) { // no match begins before first[k]
                int cb = sb + m.start();
                int ce = sb + m.end();
                Span span = new Span(cb, ce);
                if (used.stream().anyMatch(u -> u.overlaps(span)) || overlapsMention(cb, ce)) {
                    continue;
                }
                String pre = text.substring(Math.max(sb, cb - 30), cb);
                if (NOUN_USE.matcher(pre).find() && m.group().indexOf(' ') < 0 && cue.mode() == RelationCue.Mode.ACTIVE
                        && !m.group().toLowerCase(Locale.ROOT).endsWith("ing")) {
                    continue; // "the ban discriminated": a noun, not the verb
                }
                if (NEGATION.matcher(pre).find()) {
                    used.add(span);
                    continue;
                }
                if (cue.mode() == RelationCue.Mode.ACTIVE && PASSIVE_AUX.matcher(pre).find()
                        && m.group().toLowerCase(Locale.ROOT).matches("\\p{L}+ed|shut\\s+out|oversaw|banned|barred")) {
                    continue;
                }
                if (apply(cue, s, cb, ce, found)) {
                    used.add(span);
                }
            }
        }
    }

    private boolean overlapsMention(int b, int e) {
        for (Hit h : mentions.within(Math.max(0, b - 200), e + 200)) {
            if (h.begin() < e && b < h.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean apply(RelationCue cue, Sentence s, int cb, int ce, Map<String, Relation> found) {
        String cueText = text.substring(cb, ce);
        switch (cue.mode()) {
            case ACTIVE -> {
                Optional<End> subj = subjectBefore(cb, s, cue.subject(), cue.fallback());
                if (subj.isEmpty()) {
                    return false;
                }
                Optional<End> obj = objectAfter(ce, s, cue.object(), cue.looseObject(), subj.get().entity());
                if (obj.isEmpty() || !tailHolds(cue, obj.get(), s)) {
                    return false;
                }
                List<Entity> subjects = new ArrayList<>(List.of(subj.get().entity()));
                if (subj.get().begin() >= 0) {
                    coordinatedBefore(subj.get().begin(), s.span().begin(), subj.get().entity().type())
                            .filter(h -> cue.subject().test(h.type())).ifPresent(h -> subjects.add(h.entity()));
                }
                List<Entity> objects = new ArrayList<>(List.of(obj.get().entity()));
                if (cue.lists() && obj.get().end() >= 0) {
                    listAfter(obj.get().end(), s.span().end(), cue.object()).forEach(h -> objects.add(h.entity()));
                }
                for (Entity sj : subjects) {
                    for (Entity o : objects) {
                        add(found, sj, cue.type(), o, cueText, s);
                    }
                }
                return true;
            }
            case PASSIVE, AGENT_AFTER -> {
                Optional<End> agent = objectAfter(ce, s, cue.subject(), false, null);
                if (agent.isEmpty() || !tailHolds(cue, agent.get(), s)) {
                    return false;
                }
                Optional<End> patient = subjectBefore(cb, s, cue.object(), cue.object());
                patient.ifPresent(p -> add(found, agent.get().entity(), cue.type(), p.entity(), cueText, s));
                return patient.isPresent();
            }
            case BETWEEN -> {
                int and = text.indexOf(" and ", ce);
                if (and < 0 || and > s.span().end()) {
                    return false;
                }
                Optional<Hit> x = lastIn(ce, and, cue.subject());
                int end = nounPhraseEnd(and + 5, s.span().end());
                Optional<Hit> y = lastIn(and + 5, end, cue.object());
                if (x.isPresent() && y.isPresent()) {
                    add(found, x.get().entity(), cue.type(), y.get().entity(), cueText, s);
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** The organisation that speaks in the quote around {@code offset} ("We work with X", a company said). */
    private Optional<Entity> quoteSpeaker(int offset) {
        for (Quote q : quotes) {
            if (q.span().begin() <= offset && offset < q.span().end() && q.speakerKey() != null) {
                return mentions.hits().stream().filter(h -> h.key().equals(q.speakerKey())).findFirst()
                        .map(Hit::entity);
            }
        }
        return Optional.empty();
    }

    private boolean tailHolds(RelationCue cue, End end, Sentence s) {
        return cue.tail() == null || end.end() >= 0 && cue.tail().matcher(
                text.substring(end.end(), Math.min(s.span().end(), end.end() + 90))).find();
    }

    private Optional<Hit> lastIn(int b, int e, Predicate<EntityType> kind) {
        List<Hit> inside = mentions.within(b, e);
        for (int i = inside.size() - 1; i >= 0; i--) {
            if (kind.test(inside.get(i).type())) {
                return Optional.of(inside.get(i));
            }
        }
        return Optional.empty();
    }

    private int nounPhraseEnd(int b, int limit) {
        Matcher m = NP_END.matcher(text.substring(b, limit));
        return m.find() ? b + m.start() : limit;
    }

    /** An end of a relation and where its mention lies (-1 when it was reached through "its"). */
    private record End(Entity entity, int begin, int end) {
        static End of(Hit h) {
            return new End(h.entity(), h.begin(), h.end());
        }

        static End of(Referent r) {
            return new End(r.entity(), r.span().begin(), r.span().end());
        }
    }

    /** The subject just before a cue, else the nearest fitting mention earlier in the sentence. */
    private Optional<End> subjectBefore(int cb, Sentence s, Predicate<EntityType> kind,
            Predicate<EntityType> fallback) {
        Optional<Referent> r = referents.before(cb, s.span().begin());
        if (r.isPresent()) {
            return kind.test(r.get().entity().type()) && r.get().span().end() <= cb
                    ? Optional.of(End.of(r.get())) : Optional.empty();
        }
        Matcher we = WE_BEFORE.matcher(text.substring(Math.max(s.span().begin(), cb - 40), cb));
        if (we.find()) {
            return quoteSpeaker(cb).filter(e -> e.type().isOrganization() && kind.test(e.type()))
                    .map(e -> new End(e, -1, -1));
        }
        return lastIn(s.span().begin(), cb, fallback).map(End::of);
    }

    /**
     * The object right after a cue (also behind a few describing words: "convenience retailer Acme"); with
     * {@code loose}, the first fitting mention or "its" in the clause.
     */
    private Optional<End> objectAfter(int ce, Sentence s, Predicate<EntityType> kind, boolean loose,
            Entity subject) {
        int limit = s.span().end();
        Optional<Referent> r = referents.after(ce, limit);
        if (r.isPresent()) {
            if (kind.test(r.get().entity().type())) {
                return Optional.of(End.of(r.get()));
            }
            if (!r.get().entity().type().isPlace() || r.get().via() != null) {
                return Optional.empty();
            }
        }
        Optional<Hit> described = described(ce, limit, kind);
        if (described.isPresent() && (subject == null || !described.get().key().equals(subject.key()))) {
            return described.map(End::of);
        }
        if (!loose) {
            return Optional.empty();
        }
        int end = Math.min(limit, ce + 100);
        int stop = text.substring(ce, end).replaceAll("[;:.!?“”\"]", "\u0000").indexOf('\u0000');
        if (stop >= 0) {
            end = ce + stop;
        }
        Matcher its = ITS.matcher(text.substring(ce, end));
        int itsAt = its.find() ? ce + its.start() : Integer.MAX_VALUE;
        for (Hit h : mentions.within(ce, end)) {
            if (h.begin() > itsAt) {
                break;
            }
            if (kind.test(h.type()) && (subject == null || !h.key().equals(subject.key()))) {
                return Optional.of(End.of(h));
            }
        }
        if (itsAt != Integer.MAX_VALUE) {
            Set<String> exclude = subject == null ? Set.of() : Set.of(subject.key());
            return referents.antecedent(t -> t.isOrganization() && kind.test(t), itsAt, exclude)
                    .map(e -> new End(e, -1, -1));
        }
        return Optional.empty();
    }
}
