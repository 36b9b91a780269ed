package org.w3id.newsgraph.extract.entities;

import java.util.List;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;

/** Finds names the gazetteer lacks: runs of capitalised tokens (with "of", "&", particles, initials), typed by {@link NameTyper}. */
final class NameDiscovery {
    private final Gazetteer gazetteer;
    private final NameLexicon lexicon;

    NameDiscovery(Gazetteer gazetteer, NameLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    void discover(TokenView v, int start, int end, boolean[] used, List<EntityStep.Candidate> out) {
        NameTyper typer = new NameTyper(v, lexicon, gazetteer);
        int k = start;
        while (k < end) {
            if (used[k - start] || !v.isCap(k) || v.isPossessive(k)) {
                k++;
                continue;
            }
            int s = k;
            int e = k;
            boolean orgKw = NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(k)));
            boolean commaList = false;
            while (true) {
                int nx = e + 1;
                if (nx < end && !used[nx - start] && v.isCap(nx) && !v.isPossessive(nx)) {
                    e = nx;
                    orgKw |= NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(nx)));
                    continue;
                }
                if (nx + 1 < end && !used[nx + 1 - start] && v.isCap(nx + 1) && !NameLexicon.isCalendar(v.text(nx + 1))) {
                    String c = v.text(nx);
                    // "Health and Social Care"; after a comma list, one word will do: "Science, Innovation and Technology"
                    boolean andJoins = !c.equals("and") || nx + 2 < end && v.isCap(nx + 2) || commaList;
                    boolean seat = c.equals("for") && NameCues.LEGISLATURES.contains(NameLexicon.lower(v.text(e)));
                    if (c.equals("&") || orgKw && andJoins && !seat && NameLexicon.ORG_CONNECTORS.contains(c)) {
                        e = nx + 1;
                        orgKw |= NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(nx + 1)));
                        continue;
                    }
                }
                if (orgKw && nx + 3 < end && v.text(nx).equals(",") && v.isCap(nx + 1) && !used[nx + 1 - start]
                        && connectorInside(v, s, e) && listContinues(v, nx + 1, end)) {
                    e = nx + 1; // "Department for Science, Innovation and Technology"
                    commaList = true;
                    continue;
                }
                if (nx + 1 < end && v.isPossessive(nx) && lexicon.isCommonWord(v.text(e)) && v.isCap(nx + 1)
                        && !used[nx + 1 - start] && organizationNameAfter(v, nx, end)) {
                    e = nx + 1; // "the Women's Tennis Association", "the People's Bank of China"
                    orgKw = true;
                    continue;
                }
                if (nx + 1 < end && isHyphen(v.text(nx)) && v.glued(e, nx) && v.glued(nx, nx + 1) && v.isCap(nx + 1)
                        && !used[nx + 1 - start]) {
                    e = nx + 1; // a double-barrelled name split by the tokenizer: "Okafor-Hale"
                    continue;
                }
                if (nx + 1 < end && v.text(nx).equals(".") && v.text(e).length() == 1 && v.isCap(e) && v.isCap(nx + 1)
                        && !used[nx + 1 - start]) {
                    e = nx + 1; // a middle initial: "Arthur C. Brooks"
                    continue;
                }
                int p = nx;
                while (p < end && !orgKw && NameLexicon.NAME_PARTICLES.contains(v.text(p))) {
                    p++; // "von der Leyen"
                }
                if (p > nx && p < end && !used[p - start] && v.isCap(p)) {
                    e = p;
                    continue;
                }
                break;
            }
            out.addAll(typer.split(s, e));
            k = e + 1;
        }
    }

    /**
     * Capitalised words right after a place that end in an organisation keyword ("Manchester Crown Court"): the
     * place names an organisation, not itself. Six words at most: an unbounded look made "U.S. U.S. ..." quadratic.
     */
    static boolean organizationNameAfter(TokenView v, int j, int end) {
        for (int k = j + 1; k < Math.min(end, j + 7) && v.isCap(k) && !NameLexicon.isCalendar(v.text(k)); k++) {
            if (NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(k)))) {
                return true;
            }
        }
        return false;
    }

    /** The run so far has "for" or "of" after an organisation word: "Department for Science". */
    private static boolean connectorInside(TokenView v, int s, int e) {
        for (int k = s + 1; k < e; k++) {
            String w = v.text(k);
            if ((w.equals("for") || w.equals("of")) && NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** From a capitalised word after a comma, more capitalised words and commas lead to "and" + a capitalised word. */
    private static boolean listContinues(TokenView v, int k, int end) {
        while (k < end && (v.isCap(k) || v.text(k).equals(","))) {
            k++;
        }
        return k + 1 < end && v.text(k).equals("and") && v.isCap(k + 1) && v.sameSentence(k, k + 1);
    }

    private static boolean isHyphen(String w) {
        return w.equals("-") || w.equals("‑") || w.equals("‐");
    }
}
