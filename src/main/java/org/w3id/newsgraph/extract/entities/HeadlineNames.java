package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;

/**
 * Names in a title-case line ("Senator Jane Roe Slams Acme Over Plant Closure"). There every word is capitalised,
 * so capitalisation and the model, trained on sentence case, run verbs and adverbs into names ("Jane Roe Slams
 * Acme"). A name found there stands only as far as the article's other sentences or the gazetteer confirm it: the
 * longest part of it named so elsewhere ("Jane Roe") takes that name's type, and a name confirmed nowhere is dropped.
 */
final class HeadlineNames {
    /** Share of the longer words written capitalised from which a line is in title case. */
    static final double TITLE_CASE_SHARE = 0.9;
    /** Share of those capitalised words that are ordinary words: a list of names has few, a headline many. */
    static final double COMMON_SHARE = 0.3;

    private final TokenView v;
    private final NameLexicon lexicon;
    private final Gazetteer gazetteer;

    HeadlineNames(TokenView v, NameLexicon lexicon, Gazetteer gazetteer) {
        this.v = v;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    List<EntityStep.Candidate> confirm(List<EntityStep.Candidate> found) {
        Map<Integer, Boolean> titleCase = new HashMap<>();
        boolean any = false;
        for (EntityStep.Candidate c : found) {
            any |= titleCase.computeIfAbsent(c.sentence(), s -> titleCaseSentence(c.first()));
        }
        if (!any) {
            return found;
        }
        Map<String, EntityStep.Candidate> elsewhere = new HashMap<>();
        for (EntityStep.Candidate c : found) {
            if (!titleCase.get(c.sentence())) {
                elsewhere.putIfAbsent(NameLexicon.lower(c.surface()), c);
            }
        }
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            if (!titleCase.get(c.sentence()) || c.gazetteerId() != null || c.group() != null || c.generic()) {
                out.add(c);
                continue;
            }
            EntityStep.Candidate k = confirmedPart(c, elsewhere);
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }

    /** The longest part of {@code c} named elsewhere in the article or listed, or null. */
    private EntityStep.Candidate confirmedPart(EntityStep.Candidate c, Map<String, EntityStep.Candidate> elsewhere) {
        for (int len = c.last() - c.first() + 1; len >= 1; len--) {
            for (int a = c.first(); a + len - 1 <= c.last(); a++) {
                int b = a + len - 1;
                String surface = v.surface(a, b);
                EntityStep.Candidate o = elsewhere.get(NameLexicon.lower(surface));
                if (o != null) {
                    return new EntityStep.Candidate(a, b, c.sentence(), v.written(a, b), o.type(), o.strength(),
                            o.gazetteerId(), o.group(), false, false);
                }
                Optional<GazetteerEntry> e = gazetteer.byName(surface);
                if (e.isPresent()) {
                    return new EntityStep.Candidate(a, b, c.sentence(), v.written(a, b), e.get().type(), 3,
                            e.get().id(), null, false, false);
                }
            }
        }
        return null;
    }

    /** A word that ends organisation names ("News", "Service", "Department"): no sign of a headline. */
    private static boolean nameHead(String w) {
        String l = NameLexicon.lower(w);
        return NameLexicon.ORG_KEYWORDS.contains(l) || NameLexicon.MEDIA_KEYWORDS.contains(l)
                || NameLexicon.GOVERNMENT_KEYWORDS.contains(l) || NameLexicon.POLITICAL_KEYWORDS.contains(l)
                || NameLexicon.INSTITUTIONS.contains(l);
    }

    /**
     * Title case: of the words of four letters or more after the first, at least three and 90% are capitalised,
     * two of them and 30% ordinary words that a sentence would write in lower case ("Slams", "Over"; not a
     * surname after a given name, "Troy Price", nor an organisation word, "News"); never a line with a lower-case
     * "by" before a name (a credit), nor one with a parenthesis, a semicolon or two numbers (a table or score
     * line); words in capitals are not counted.
     */
    private boolean titleCaseSentence(int inside) {
        int s = inside;
        while (s > 0 && v.sameSentence(s - 1, inside)) {
            s--;
        }
        int words = 0;
        int caps = 0;
        int common = 0;
        int digits = 0;
        for (int k = s + 1; k < v.size() && v.sameSentence(s, k); k++) {
            String w = v.text(k);
            if (w.equals("by") && k + 1 < v.size() && v.sameSentence(k, k + 1) && v.isCap(k + 1)) {
                return false; // a byline or credit: "(Reporting by Jane Roe; Editing by John Doe)"
            }
            if (w.equals("(") || w.equals(";") || Character.isDigit(w.charAt(0)) && ++digits > 1) {
                return false; // a table row, a score line, a credit: "Roe 4-38, Doe 69"
            }
            if (w.length() < 4 || !Character.isLetter(w.charAt(0)) || v.isAllCaps(k)) {
                continue; // an all-capitals headline is the model's own ground (wire text)
            }
            words++;
            if (Character.isUpperCase(w.charAt(0))) {
                caps++;
                if (lexicon.isCommonWord(w) && !lexicon.isGivenName(w) && !lexicon.isGivenName(v.text(k - 1))
                        && !nameHead(w)) {
                    common++;
                }
            }
        }
        return caps >= 3 && caps >= TITLE_CASE_SHARE * words && common >= 2 && common >= COMMON_SHARE * caps;
    }
}
