package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.extract.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.Slugs;
import org.w3id.newsgraph.model.Span;

/**
 * Groups name mentions into entities, one per referent within the article: same gazetteer entry or same name;
 * a surname to an earlier full name; an acronym to the name its initials spell or that it stands beside in
 * parentheses; "The X" to "X"; "Acme Group" to "Acme". Names the canonical form (gazetteer name, else the
 * longest form) and types each entity by the sum of its mentions' cue strengths.
 */
public final class EntityResolver {
    private static final Set<String> COMPANY_SUFFIXES = Set.of("group", "ltd", "ltd.", "limited", "inc", "inc.",
            "corp", "corp.", "corporation", "company", "co", "co.", "llc", "plc", "holdings", "technologies", "sa",
            "ag", "gmbh", "nv");
    private static final Set<String> SKIPPABLE = Set.of("of", "for", "and", "the", "&", "on", "de");

    private final Gazetteer gazetteer;

    EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final class Group {
        final List<EntityStep.Candidate> mentions = new ArrayList<>();
        final String gazetteerId;
        final boolean government;
        int parent = -1;

        Group(String gazetteerId, boolean government) {
            this.gazetteerId = gazetteerId;
            this.government = government;
        }

        // Asked for every pair of groups while linking, so kept until the mention count changes (mentions are
        // only added, and sorted only before the first question).
        private int memoSize = -1;
        private String memoLongest;
        private String[] memoWords;
        private EntityType memoVote;

        private void memo() {
            if (memoSize != mentions.size()) {
                memoLongest = computeLongest();
                memoWords = words(memoLongest);
                memoVote = computeVote();
                memoSize = mentions.size();
            }
        }

        String longest() {
            memo();
            return memoLongest;
        }

        /** The words of {@link #longest()}; not to be changed. */
        String[] longestWords() {
            memo();
            return memoWords;
        }

        EntityType vote() {
            memo();
            return memoVote;
        }

        private String computeLongest() {
            String best = mentions.get(0).surface();
            for (EntityStep.Candidate c : mentions) {
                int n = words(c.surface()).length;
                int bn = words(best).length;
                if (n > bn || n == bn && c.surface().length() > best.length()) {
                    best = c.surface();
                }
            }
            return best;
        }

        EntityType coarse() {
            return vote().coarse();
        }

        private EntityType computeVote() {
            Map<EntityType, Integer> score = new EnumMap<>(EntityType.class);
            Map<EntityType, EntityStep.Candidate> best = new EnumMap<>(EntityType.class);
            for (EntityStep.Candidate c : mentions) {
                EntityType k = c.type().coarse();
                score.merge(k, c.strength(), Integer::sum);
                EntityStep.Candidate b = best.get(k);
                if (b == null || c.strength() > b.strength()
                        || c.strength() == b.strength() && b.type() == k && c.type() != k) {
                    best.put(k, c);
                }
            }
            EntityType top = null;
            for (Map.Entry<EntityType, Integer> e : score.entrySet()) {
                if (top == null || e.getValue() > score.get(top)) {
                    top = e.getKey();
                }
            }
            return best.get(top).type();
        }
    }

    List<Entity> resolve(TokenView v, List<EntityStep.Candidate> candidates) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        Map<Integer, Integer> groupAtToken = new HashMap<>();
        for (EntityStep.Candidate raw : candidates) {
            EntityStep.Candidate c = cleaned(raw);
            if (c == null) {
                continue;
            }
            String key = c.gazetteerId() != null ? "gaz:" + c.gazetteerId()
                    : c.group() != null ? c.group() : "name:" + c.surface().toLowerCase(Locale.ROOT);
            Integer g = index.get(key);
            if (g == null) {
                g = groups.size();
                index.put(key, g);
                groups.add(new Group(c.gazetteerId(), c.group() != null));
            }
            groups.get(g).mentions.add(c);
            groupAtToken.put(c.first(), g);
        }
        linkTheVariants(groups);
        linkAcronyms(v, groups, groupAtToken);
        linkSurnames(groups);
        linkCompanySuffixes(groups);
        OrgNameVariants.link(groups.stream().map(Group::longest).toList(),
                i -> groups.get(i).coarse() == EntityType.ORGANIZATION, (a, b) -> union(groups, a, b));
        linkShortForms(groups);
        return build(v, groups);
    }

    private int root(List<Group> groups, int i) {
        while (groups.get(i).parent >= 0) {
            i = groups.get(i).parent;
        }
        return i;
    }

    private String gazetteerOf(List<Group> groups, int i) {
        for (int k = 0; k < groups.size(); k++) {
            if (root(groups, k) == root(groups, i) && groups.get(k).gazetteerId != null) {
                return groups.get(k).gazetteerId;
            }
        }
        return null;
    }

    /** Joins two groups unless they belong to different gazetteer entries. */
    private void union(List<Group> groups, int a, int b) {
        int ra = root(groups, a);
        int rb = root(groups, b);
        if (ra == rb) {
            return;
        }
        String ga = gazetteerOf(groups, ra);
        String gb = gazetteerOf(groups, rb);
        if (ga != null && gb != null && !ga.equals(gb)) {
            return;
        }
        groups.get(Math.max(ra, rb)).parent = Math.min(ra, rb);
    }

    private void linkTheVariants(List<Group> groups) {
        for (int i = 0; i < groups.size(); i++) {
            String s = groups.get(i).longest();
            if (s.startsWith("The ")) {
                String bare = s.substring(4);
                for (int j = 0; j < groups.size(); j++) {
                    if (j != i && groups.get(j).mentions.stream().anyMatch(c -> c.surface().equals(bare))) {
                        union(groups, i, j);
                    }
                }
            }
        }
    }

    private void linkAcronyms(TokenView v, List<Group> groups, Map<Integer, Integer> groupAtToken) {
        // "Name (ACR)" and "ACR (Name)"
        for (int g = 0; g < groups.size(); g++) {
            for (EntityStep.Candidate c : groups.get(g).mentions) {
                int open = c.last() + 1;
                if (v.text(open).equals("(") && v.sameSentence(open, c.last())) {
                    Integer inner = groupAtToken.get(open + 1);
                    String innerName = inner == null ? "" : groups.get(inner).longest();
                    String longForm = isAcronymForm(innerName) ? c.surface() : innerName;
                    int longGroup = isAcronymForm(innerName) ? g : inner == null ? g : inner;
                    int acrGroup = longGroup == g ? (inner == null ? g : inner) : g;
                    // "Michael Johnson (U.S.)" in a results table: a nationality, not the person's acronym
                    boolean listedElsewhere = groups.get(acrGroup).gazetteerId != null
                            && groups.get(longGroup).gazetteerId == null;
                    if (inner != null && isAcronymForm(innerName) != isAcronymForm(c.surface())
                            && words(longForm).length >= 2 && !listedElsewhere
                            && groups.get(longGroup).coarse() != EntityType.PERSON) {
                        int close = groups.get(inner).mentions.stream().filter(m -> m.first() == open + 1)
                                .findFirst().map(EntityStep.Candidate::last).orElse(open) + 1;
                        if (v.text(close).equals(")")) {
                            union(groups, g, inner);
                        }
                    }
                }
            }
        }
        // initials: NHS = National Health Service
        for (int a = 0; a < groups.size(); a++) {
            Group acr = groups.get(a);
            String form = acr.mentions.stream().map(EntityStep.Candidate::surface).filter(EntityResolver::isAcronymForm)
                    .findFirst().orElse(null);
            if (form == null) {
                continue;
            }
            for (int l = 0; l < groups.size(); l++) {
                Group lg = groups.get(l);
                String[] w = lg.longestWords();
                // a listed acronym ("BT") knows its own long names: a look-alike ("Brightwave Telecom") is another body
                if (l == a || lg.government || lg.coarse() == EntityType.PERSON || Arrays.asList(w).contains(form)
                        || acr.gazetteerId != null && lg.gazetteerId == null) {
                    continue;
                }
                if (w.length >= 2 && initialsMatch(letters(form), Arrays.asList(w))) {
                    union(groups, a, l);
                    break;
                }
            }
        }
    }

    private void linkSurnames(List<Group> groups) {
        for (int s = 0; s < groups.size(); s++) {
            Group g = groups.get(s);
            String name = g.longest();
            if (g.gazetteerId != null || g.government || words(name).length != 1) {
                continue;
            }
            for (int p = 0; p < groups.size(); p++) {
                Group pg = groups.get(p);
                String[] w = pg.longestWords();
                if (p != s && w.length >= 2 && pg.coarse() == EntityType.PERSON && w[w.length - 1].equals(name)) {
                    union(groups, s, p);
                    break;
                }
            }
        }
    }

    private void linkCompanySuffixes(List<Group> groups) {
        for (int l = 0; l < groups.size(); l++) {
            String[] lw = groups.get(l).longestWords();
            for (int s = 0; s < groups.size(); s++) {
                String[] sw = groups.get(s).longestWords();
                if (s == l || sw.length >= lw.length || groups.get(s).coarse() == EntityType.PERSON) {
                    continue;
                }
                boolean prefix = true;
                for (int k = 0; k < sw.length; k++) {
                    prefix &= sw[k].equals(lw[k]);
                }
                for (int k = sw.length; k < lw.length && prefix; k++) {
                    prefix = COMPANY_SUFFIXES.contains(lw[k].toLowerCase(Locale.ROOT));
                }
                if (prefix) {
                    union(groups, s, l);
                }
            }
        }
    }

    /**
     * "Pennant" to "Pennant Stores", "Labour" to "Labour Party": an unlisted organisation named by one word that
     * is the first word of exactly one longer organisation name of the article. Places ("Stirling" beside
     * "Stirling Council") and people keep their own entity.
     */
    private void linkShortForms(List<Group> groups) {
        for (int s = 0; s < groups.size(); s++) {
            Group g = groups.get(s);
            String[] sw = g.longestWords();
            if (g.gazetteerId != null || g.government || sw.length != 1 || g.coarse() != EntityType.ORGANIZATION
                    || NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(sw[0]))) {
                continue; // "Senate" is no short form of "Senate Commerce Committee"
            }
            int match = -1;
            for (int l = 0; l < groups.size(); l++) {
                String[] lw = groups.get(l).longestWords();
                if (l != s && lw.length >= 2 && lw[0].equals(sw[0]) && groups.get(l).coarse() == EntityType.ORGANIZATION
                        && root(groups, l) != root(groups, s)) {
                    match = match == -1 ? l : -2;
                }
            }
            if (match >= 0) {
                union(groups, s, match);
            }
        }
        // "the Halvorsen Institute" for "the Halvorsen Institute for Cardiovascular Research"
        for (int s = 0; s < groups.size(); s++) {
            Group g = groups.get(s);
            String[] sw = g.longestWords();
            if (g.gazetteerId != null || sw.length < 2 || g.coarse() != EntityType.ORGANIZATION) {
                continue;
            }
            for (int l = 0; l < groups.size(); l++) {
                String[] lw = groups.get(l).longestWords();
                if (l != s && lw.length > sw.length + 1 && groups.get(l).coarse() == EntityType.ORGANIZATION
                        && startsWith(lw, sw) && LONG_FORM_CONNECTORS.contains(lw[sw.length].replace(",", ""))) {
                    union(groups, s, l);
                    break;
                }
            }
        }
    }

    private static final Set<String> LONG_FORM_CONNECTORS = Set.of("for", "of", "on", "in");

    private static boolean startsWith(String[] longer, String[] prefix) {
        for (int k = 0; k < prefix.length; k++) {
            if (!longer[k].replace(",", "").equals(prefix[k])) {
                return false;
            }
        }
        return true;
    }

    private List<Entity> build(TokenView v, List<Group> groups) {
        Map<Integer, List<Group>> components = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            components.computeIfAbsent(root(groups, i), k -> new ArrayList<>()).add(groups.get(i));
        }
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (List<Group> comp : components.values()) {
            Group all = new Group(null, false);
            String gazId = null;
            boolean government = false;
            for (Group g : comp) {
                all.mentions.addAll(g.mentions);
                gazId = gazId == null ? g.gazetteerId : gazId;
                government |= g.government;
            }
            if (all.mentions.stream().allMatch(EntityStep.Candidate::generic)
                    || gazId == null && all.mentions.stream().anyMatch(EntityStep.Candidate::thing)) {
                continue;
            }
            all.mentions.sort((x, y) -> Integer.compare(x.first(), y.first()));
            GazetteerEntry entry = gazId == null ? null : gazetteer.byId(gazId).orElse(null);
            String name;
            EntityType type;
            if (entry != null) {
                name = entry.name();
                type = entry.type();
            } else if (government) {
                name = comp.stream().filter(g -> g.government).findFirst().orElseThrow().mentions.get(0).surface();
                type = EntityType.GOVERNMENT_BODY;
            } else {
                name = all.longest();
                type = all.vote();
            }
            Set<String> aliases = new LinkedHashSet<>();
            List<Mention> mentions = new ArrayList<>();
            for (EntityStep.Candidate c : all.mentions) {
                if (!c.surface().equals(name)) {
                    aliases.add(c.surface());
                }
            }
            String key = entry != null ? entry.id() : Slugs.nameKey(name);
            Entity previous = byKey.get(key);
            for (EntityStep.Candidate c : all.mentions) {
                mentions.add(new Mention(c.surface(), NameCleaner.clean(v.fullText(),
                        new Span(v.token(c.first()).span().begin(), v.token(c.last()).span().end())), c.sentence()));
            }
            Entity e = new Entity(key, name, type, aliases, mentions, entry == null ? null : entry.wikidata());
            if (previous != null) {
                Set<String> a = new LinkedHashSet<>(previous.aliases());
                a.addAll(aliases);
                a.remove(previous.name());
                List<Mention> m = new ArrayList<>(previous.mentions());
                m.addAll(mentions);
                e = new Entity(key, previous.name(), previous.type(), a, m, previous.wikidata());
            }
            byKey.put(key, e);
        }
        return List.copyOf(byKey.values());
    }

    /** The candidate with its surface cleaned of stray punctuation ({@link NameCleaner}), or null if none is left. */
    private static EntityStep.Candidate cleaned(EntityStep.Candidate c) {
        String surface = NameCleaner.clean(c.surface());
        if (surface.equals(c.surface())) {
            return c;
        }
        return surface.isEmpty() ? null : new EntityStep.Candidate(c.first(), c.last(), c.sentence(), surface,
                c.type(), c.strength(), c.gazetteerId(), c.group(), c.generic(), c.thing());
    }

    static boolean isAcronymForm(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c) || Character.isWhitespace(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && letters <= 8;
    }

    private static String letters(String acronym) {
        StringBuilder sb = new StringBuilder();
        for (char c : acronym.toCharArray()) {
            if (Character.isLetter(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    /**
     * Whether the acronym spells the words' initials in order: each content word gives its first letter and may
     * give later letters of its own ("Headquarters" gives H and Q); "of", "and", "the" may be skipped.
     */
    static boolean initialsMatch(String acr, List<String> words) {
        return match(acr, 0, words, 0);
    }

    private static boolean match(String acr, int ai, List<String> words, int wi) {
        if (wi == words.size()) {
            return ai == acr.length();
        }
        String w = words.get(wi);
        boolean skippable = SKIPPABLE.contains(w.toLowerCase(Locale.ROOT));
        if (skippable && match(acr, ai, words, wi + 1)) {
            return true;
        }
        if (ai >= acr.length() || w.isEmpty() || Character.toUpperCase(w.charAt(0)) != acr.charAt(ai)) {
            return false;
        }
        return inside(acr, ai + 1, words, wi, 1);
    }

    private static boolean inside(String acr, int ai, List<String> words, int wi, int pos) {
        if (match(acr, ai, words, wi + 1)) {
            return true;
        }
        String w = words.get(wi);
        for (int p = pos; p < w.length() && ai < acr.length(); p++) {
            if (Character.toUpperCase(w.charAt(p)) == acr.charAt(ai) && inside(acr, ai + 1, words, wi, p + 1)) {
                return true;
            }
        }
        return false;
    }

    static String[] words(String s) {
        return Words.of(s);
    }
}
