package org.w3id.newsgraph.extract.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.extract.text.Words;
import org.w3id.newsgraph.model.EntityType;

/**
 * Joins groups of name mentions that name one referent: "The X" and "X", an acronym and its long name, a
 * surname and a full name, a name with and without a company suffix, a short form and its organisation.
 * A union-find over the groups; groups of different gazetteer entries are never joined.
 */
final class GroupLinks {
    private static final Set<String> COMPANY_SUFFIXES = Set.of("group", "ltd", "ltd.", "limited", "inc", "inc.",
            "corp", "corp.", "corporation", "company", "co", "co.", "llc", "plc", "holdings", "technologies", "sa",
            "ag", "gmbh", "nv");

    private GroupLinks() {
    }

    /** Runs every link rule, in order, over the groups. */
    static void linkAll(TokenView v, List<NameGroup> groups, Map<Integer, Integer> groupAtToken) {
        linkTheVariants(groups);
        linkAcronyms(v, groups, groupAtToken);
        linkSurnames(groups);
        linkGivenNames(groups);
        linkCompanySuffixes(groups);
        OrgNameVariants.link(groups.stream().map(NameGroup::longest).toList(),
                i -> groups.get(i).coarse() == EntityType.ORGANIZATION, (a, b) -> union(groups, a, b));
        linkShortForms(groups);
    }

    static int root(List<NameGroup> groups, int i) {
        while (groups.get(i).parent >= 0) {
            i = groups.get(i).parent;
        }
        return i;
    }

    private static String gazetteerOf(List<NameGroup> groups, int i) {
        for (int k = 0; k < groups.size(); k++) {
            if (root(groups, k) == root(groups, i) && groups.get(k).gazetteerId != null) {
                return groups.get(k).gazetteerId;
            }
        }
        return null;
    }

    /** Joins two groups unless they belong to different gazetteer entries. */
    private static void union(List<NameGroup> groups, int a, int b) {
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

    private static void linkTheVariants(List<NameGroup> groups) {
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

    private static void linkAcronyms(TokenView v, List<NameGroup> groups, Map<Integer, Integer> groupAtToken) {
        // "Name (ACR)" and "ACR (Name)"
        for (int g = 0; g < groups.size(); g++) {
            for (EntityStep.Candidate c : groups.get(g).mentions) {
                int open = c.last() + 1;
                if (v.text(open).equals("(") && v.sameSentence(open, c.last())) {
                    Integer inner = groupAtToken.get(open + 1);
                    String innerName = inner == null ? "" : groups.get(inner).longest();
                    String longForm = Acronyms.isAcronymForm(innerName) ? c.surface() : innerName;
                    int longGroup = Acronyms.isAcronymForm(innerName) ? g : inner == null ? g : inner;
                    int acrGroup = longGroup == g ? (inner == null ? g : inner) : g;
                    // "Michael Johnson (U.S.)" in a results table: a nationality, not the person's acronym
                    boolean listedElsewhere = groups.get(acrGroup).gazetteerId != null
                            && groups.get(longGroup).gazetteerId == null;
                    if (inner != null && Acronyms.isAcronymForm(innerName) != Acronyms.isAcronymForm(c.surface())
                            && Words.of(longForm).length >= 2 && !listedElsewhere
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
            NameGroup acr = groups.get(a);
            String form = acr.mentions.stream().map(EntityStep.Candidate::surface).filter(Acronyms::isAcronymForm)
                    .findFirst().orElse(null);
            if (form == null) {
                continue;
            }
            for (int l = 0; l < groups.size(); l++) {
                NameGroup lg = groups.get(l);
                String[] w = lg.longestWords();
                // a listed acronym ("BT") knows its own long names: a look-alike ("Brightwave Telecom") is another body
                if (l == a || lg.government || lg.coarse() == EntityType.PERSON || Arrays.asList(w).contains(form)
                        || acr.gazetteerId != null && lg.gazetteerId == null) {
                    continue;
                }
                if (w.length >= 2 && Acronyms.initialsMatch(Acronyms.letters(form), Arrays.asList(w))) {
                    union(groups, a, l);
                    break;
                }
            }
        }
    }

    private static void linkSurnames(List<NameGroup> groups) {
        for (int s = 0; s < groups.size(); s++) {
            NameGroup g = groups.get(s);
            String name = g.longest();
            if (g.gazetteerId != null || g.government || Words.of(name).length != 1) {
                continue;
            }
            for (int p = 0; p < groups.size(); p++) {
                NameGroup pg = groups.get(p);
                String[] w = pg.longestWords();
                if (p != s && w.length >= 2 && pg.coarse() == EntityType.PERSON && w[w.length - 1].equals(name)) {
                    union(groups, s, p);
                    break;
                }
            }
        }
    }

    /**
     * "Dana" to "Dana Whitfield": a person named by one word that is no surname of the article's people and the
     * first word of exactly one person named in full; with two such people ("Dana Whitfield", "Dana Okafor") it
     * stays apart, since nothing tells which one it is.
     */
    private static void linkGivenNames(List<NameGroup> groups) {
        for (int s = 0; s < groups.size(); s++) {
            NameGroup g = groups.get(s);
            String[] sw = g.longestWords();
            if (g.gazetteerId != null || g.government || sw.length != 1 || g.coarse() != EntityType.PERSON) {
                continue;
            }
            int match = -1;
            for (int p = 0; p < groups.size(); p++) {
                String[] w = groups.get(p).longestWords();
                if (p == s || w.length < 2 || groups.get(p).coarse() != EntityType.PERSON) {
                    continue;
                }
                if (w[w.length - 1].equals(sw[0])) {
                    match = -2; // a surname: linkSurnames decides
                    break;
                }
                if (w[0].equals(sw[0]) && root(groups, p) != root(groups, s)) {
                    match = match == -1 ? p : match >= 0 && root(groups, match) == root(groups, p) ? match : -2;
                }
            }
            if (match >= 0) {
                union(groups, s, match);
            }
        }
    }

    private static void linkCompanySuffixes(List<NameGroup> groups) {
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
    private static void linkShortForms(List<NameGroup> groups) {
        for (int s = 0; s < groups.size(); s++) {
            NameGroup g = groups.get(s);
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
            NameGroup g = groups.get(s);
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
}
