package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * A body named after two fields joined by "and" ("the Immigration and Naturalization Service", "Health and Human
 * Services", "the Food and Drug Administration", "the Coal and Steel Community"): the name rules stop at the
 * lower-case "and", so only the second half, which ends in the body's word, is found. The first half joins it when
 * it is one to three capitalised ordinary words (dictionary words, no given name, no weekday, no word for a person; a
 * field a title names, "Health", "Defense", is allowed) that no listed name or person
 * holds unless read alone ("Mining" as a name of its own), and the second half is an unlisted organisation ending in an organisation's word. Proper names before
 * "and" ("Quornbank and Harlow Trust Co.", "the Treasury and the Federal Reserve Board") are not dictionary words or
 * are names of their own, so such lists keep their two members.
 */
final class AndBodyNames {
    private static final int MAX_FIELD = 3;

    private final TokenView v;
    private final NameLexicon lexicon;

    AndBodyNames(TokenView v, NameLexicon lexicon) {
        this.v = v;
        this.lexicon = lexicon;
    }

    /** The candidates, sorted by first token, with the fields before "and" joined to their body. */
    List<EntityStep.Candidate> join(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            int start = body(c) ? fieldStart(c.first() - 1) : -1;
            if (start >= 0 && !absorb(out, start)) {
                start = -1;
            }
            if (start < 0) {
                out.add(c);
                continue;
            }
            out.add(new EntityStep.Candidate(start, c.last(), c.sentence(), v.written(start, c.last()), c.type(),
                    c.strength(), null, null, false, false));
        }
        return out;
    }

    /**
     * Drops the names found inside the field ("Mining" read alone); false, dropping nothing, when a name there is
     * listed or a person's, or reaches in from before the field.
     */
    private static boolean absorb(List<EntityStep.Candidate> out, int start) {
        int k = out.size();
        while (k > 0 && out.get(k - 1).last() >= start) {
            EntityStep.Candidate p = out.get(k - 1);
            if (p.first() < start || p.gazetteerId() != null || p.group() != null || p.type().isPerson()) {
                return false;
            }
            k--;
        }
        out.subList(k, out.size()).clear();
        return true;
    }

    /** An organisation the rules or the model found, not listed, whose last word is an organisation's. */
    private boolean body(EntityStep.Candidate c) {
        return c.type().isOrganization() && !c.generic() && !c.thing() && c.gazetteerId() == null
                && c.group() == null && c.first() >= 2 && v.isCap(c.first())
                && NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(c.last())))
                && !NameLexicon.MEDIA_KEYWORDS.contains(NameLexicon.lower(v.text(c.last())));
    }

    /**
     * The first token of the field before "and" (the token {@code and}), or -1: one to three capitalised ordinary
     * words in the body's sentence.
     */
    private int fieldStart(int and) {
        if (!v.text(and).equals("and") || !v.sameSentence(and, and + 1)) {
            return -1;
        }
        int start = -1;
        for (int i = and - 1; i >= 0 && i >= and - MAX_FIELD && v.sameSentence(i, and); i--) {
            if (!field(i)) {
                break;
            }
            start = i;
        }
        if (start >= 0 && sentenceFirst(start) && plural(v.text(start))) {
            return -1; // "Officials and Harlow Water Board staff": a plural opening the sentence is its subject
        }
        if (start < 0 || start - 1 >= 0 && v.sameSentence(start - 1, and) && field(start - 1)) {
            return -1; // a longer run of capitalised words: a title or a headline, not one body's field
        }
        return start;
    }

    private boolean sentenceFirst(int i) {
        return i == 0 || !v.sameSentence(i - 1, i);
    }

    private static boolean plural(String w) {
        return w.endsWith("s") && !w.endsWith("ss");
    }

    private boolean field(int i) {
        String w = v.text(i);
        return v.isCap(i) && !v.isAllCaps(i) && w.length() > 2 && lexicon.isCommonWord(w)
                && !lexicon.isGivenName(w) && !NameLexicon.isStop(w) && !NameLexicon.isCalendar(w)
                && !NameLexicon.PERSON_CUES.contains(NameLexicon.lower(w));
    }
}
