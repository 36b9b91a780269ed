package org.w3id.newsgraph.extract.entities;

import java.util.List;
import java.util.Optional;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;

/**
 * Finds the gazetteer's names in a sentence, longest match first: names, aliases and demonyms, upper-case
 * datelines, "US Senate"-style country + institution compounds, and listed companies with more name after them.
 */
final class GazetteerMatcher {
    private final Gazetteer gazetteer;
    private final NameLexicon lexicon;
    private final NameStarts starts;

    GazetteerMatcher(Gazetteer gazetteer, NameLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.starts = new NameStarts(gazetteer);
        this.lexicon = lexicon;
    }

    void match(TokenView v, int start, int end, boolean[] used, List<EntityStep.Candidate> out) {
        int maxLen = gazetteer.maxNameTokens() * 2 + 1; // tokenisation may split more finely than spaces
        for (int i = start; i < end; i++) {
            if (used[i - start] || !v.startsWord(i) || !starts.mayStart(v.text(i))) {
                continue; // no gazetteer key begins with this token: none of its n-grams can match
            }
            GazetteerEntry entry = null;
            boolean demonym = false;
            int j = -1;
            for (int len = Math.min(maxLen, end - i); len >= 1 && entry == null; len--) {
                int last = i + len - 1;
                if (v.isPossessive(last) || !v.startsWord(last)) {
                    continue;
                }
                String surface = v.surface(i, last);
                Optional<GazetteerEntry> e = gazetteer.byName(surface);
                if (e.isEmpty() && last + 1 < end && v.text(last + 1).equals(".") && v.glued(last, last + 1)) {
                    // "born in Kellsville, Tenn.": the stop split off is also the abbreviation's; the mention keeps it
                    // unless it ends a sentence, before a capital or the text's end ("ROCHESTER, N.H. 1996-08-30"
                    // keeps it, "in Dunmore, Fla. The" not)
                    e = gazetteer.byName(surface + ".").filter(g -> g.type().isPlace());
                    if (e.isPresent()) {
                        entry = e.get();
                        String next = v.after(last + 1, 3).stripLeading();
                        j = next.isEmpty() || Character.isUpperCase(next.charAt(0)) ? last : last + 1;
                        break;
                    }
                }
                if (e.isEmpty() && v.isAllCaps(i) && v.isInitial(i)) {
                    // an upper-case dateline: "PARIS (AP) -", "WASHINGTON, March 3"; only places, as "US" or "IT"
                    // in capitals are acronyms, not title-cased words
                    e = gazetteer.byName(EntityStep.titleCase(surface)).filter(g -> g.type().isPlace() && surface.length() >= 4);
                }
                if (e.isPresent()) {
                    entry = e.get();
                    j = last;
                } else if (len <= 3) {
                    e = gazetteer.byDemonym(surface);
                    if (e.isEmpty() && surface.length() > 4 && surface.endsWith("s")) {
                        // people of a country: "Americans", "Germans"
                        e = gazetteer.byDemonym(surface.substring(0, surface.length() - 1))
                                .filter(g -> g.type() == EntityType.COUNTRY);
                    }
                    if (e.isPresent()) {
                        entry = e.get();
                        demonym = true;
                        j = last;
                    }
                }
            }
            if (entry == null) {
                continue;
            }
            if (demonym && i == j && entry.type() == EntityType.COUNTRY && (DemonymReadings.surname(v, lexicon, gazetteer, i, start, end)
                    || DemonymReadings.language(v, gazetteer, i, start, end))) {
                continue; // "Mark Cuban", "in English and Spanish": no mention of the country
            }
            if (entry.type().isPlace() && insideOrganizationName(v, i, start)) {
                continue; // "University of Bristol", "Institute for China Studies": discovery takes the whole name
            }
            int sentence = v.token(i).sentence();
            int inst = entry.type().isPlace() ? institutionAfter(v, j, end) : -1;
            if (inst >= 0) {
                String phrase = v.surface(j + 1, inst);
                out.add(new EntityStep.Candidate(i, inst, sentence, v.written(i, inst), EntityType.GOVERNMENT_BODY, 3, null,
                        "gov:" + entry.id() + ":" + NameLexicon.lower(phrase), false, false));
                mark(used, start, i, inst);
                i = inst;
                continue;
            }
            if (inst < 0 && entry.type().isPlace() && !demonym && NameDiscovery.organizationNameAfter(v, j, end)) {
                continue; // "Manchester Crown Court", "Edinburgh Napier University": discovery takes the whole name
            }
            boolean party = entry.type() == EntityType.POLITICAL_ORGANIZATION;
            if (demonym && !party && j + 1 < end && v.isCap(j + 1) && !NameLexicon.isTitle(v.text(j + 1))
                    && gazetteer.byName(v.text(j + 1)).isEmpty() && !lexicon.isGivenName(v.text(j + 1))) {
                continue; // part of a longer name ("British Airways"): discovery takes it; not "Swede Elin X"
            }
            if (entry.type().isOrganization() && !demonym) {
                int k = j;
                while (k + 1 < end && !used[k + 1 - start] && v.isCap(k + 1) && extendsName(v, k + 1)) {
                    k++;
                }
                if (k > j && (NameTyper.isDigitToken(v, k + 1) || NameTyper.THINGS.contains(NameLexicon.lower(v.text(k + 1))))) {
                    k = j; // "a SpaceX Falcon 9 rocket": the company, then its product
                }
                if (k > j) {
                    out.add(new EntityStep.Candidate(i, k, sentence, v.written(i, k), entry.type(), 2, null, null, false, false));
                    mark(used, start, i, k);
                    i = k;
                    continue;
                }
            }
            // "European", "Asian": a continent's or city's adjective is a scope, not a mention of the place; it
            // counts only beside a real mention. Country adjectives ("German Chancellor") do name the country, and
            // party adjectives ("Conservative candidate X", "Labour's X") the party.
            if (demonym && party && i == j && v.isInitial(i) && lexicon.isCommonWord(v.text(i)) && !v.isPossessive(j + 1)
                    && !NameLexicon.PERSON_CUES.contains(NameLexicon.lower(v.text(j + 1)))) {
                continue; // "Labour shortages are ...", "Conservative estimates put ...": ordinary words
            }
            boolean scopeOnly = demonym && entry.type() != EntityType.COUNTRY && !party;
            out.add(new EntityStep.Candidate(i, j, sentence, v.written(i, j), entry.type(), 3, entry.id(), null, scopeOnly, false));
            mark(used, start, i, j);
            i = j;
        }
    }

    /** A place right after a capitalised organisation keyword and "of"/"for": "University of Bristol". */
    private static boolean insideOrganizationName(TokenView v, int i, int start) {
        return i - 2 >= start && NameLexicon.ORG_CONNECTORS.contains(v.text(i - 1)) && !v.text(i - 1).equals("and")
                && v.isCap(i - 2) && NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(i - 2)))
                && v.sameSentence(i - 2, i);
    }

    private boolean extendsName(TokenView v, int k) {
        String w = v.text(k);
        return !NameLexicon.isTitle(w) && !NameLexicon.isCalendar(w) && !NameLexicon.isStop(w)
                && gazetteer.byName(w).isEmpty() && gazetteer.byDemonym(w).isEmpty() && !v.isPossessive(k);
    }

    /** The last token of an institution phrase right after token {@code j} ("Senate", "government"), or -1. */
    private static int institutionAfter(TokenView v, int j, int end) {
        if (j + 2 < end && NameLexicon.INSTITUTIONS.contains(NameLexicon.lower(v.text(j + 1) + " " + v.text(j + 2)))
                && v.isCap(j + 1)) {
            return j + 2;
        }
        if (j + 1 < end) {
            String w = NameLexicon.lower(v.text(j + 1));
            if (NameLexicon.INSTITUTIONS.contains(w)
                    && (v.isCap(j + 1) || w.equals("government") || w.equals("parliament") || w.equals("embassy"))) {
                return j + 1;
            }
        }
        return -1;
    }

    private static void mark(boolean[] used, int start, int from, int to) {
        for (int k = from; k <= to; k++) {
            used[k - start] = true;
        }
    }
}
