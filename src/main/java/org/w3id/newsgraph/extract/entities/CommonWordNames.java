package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * Ordinary words read as a name: a contraction ("I'm", "We've") is never one, and a lone dictionary word that is
 * capitalised only by its place, at a sentence start or in the title-case headline ("Slipped Through the Cracks"),
 * is one only when it is read as a name in more than one place of the article, or is a word of a longer name
 * there. A line without prose (a score line: "Hornets 3 Owls 1") keeps its words. Listed names and names with a
 * strong cue stay.
 */
final class CommonWordNames {
    private static final Pattern CONTRACTION = Pattern.compile("\\b\\p{L}++['’](?:m|re|ve|ll|d)$|n['’]t$");

    private static final Set<String> OPENERS = Set.of("“", "\"", "‘", "'", "(");

    private final TokenView v;
    private final NameLexicon lexicon;

    CommonWordNames(TokenView v, NameLexicon lexicon) {
        this.v = v;
        this.lexicon = lexicon;
    }

    List<EntityStep.Candidate> drop(List<EntityStep.Candidate> found) {
        Map<String, Integer> singles = new HashMap<>();
        Set<String> inLonger = new HashSet<>();
        for (EntityStep.Candidate c : found) {
            if (c.first() == c.last()) {
                singles.merge(v.text(c.first()), 1, Integer::sum);
            } else {
                for (int k = c.first(); k <= c.last(); k++) {
                    inLonger.add(v.text(k));
                }
            }
        }
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            boolean listed = c.gazetteerId() != null || c.group() != null || c.strength() >= 3;
            // a contraction is no name whatever cue stands beside it ("I'll" before a title-case word)
            if (CONTRACTION.matcher(c.surface()).find() && c.gazetteerId() == null || !listed && onceCommon(c, singles, inLonger)) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    private boolean onceCommon(EntityStep.Candidate c, Map<String, Integer> singles, Set<String> inLonger) {
        if (c.first() != c.last()) {
            return false;
        }
        String w = v.text(c.first());
        return w.length() > 2 && v.isCap(c.first()) && !v.isAllCaps(c.first()) && lexicon.isCommonWord(w)
                && !lexicon.isGivenName(w) && singles.getOrDefault(w, 0) == 1 && !inLonger.contains(w)
                && (c.sentence() == 0 && titleCase(c.first()) || sentenceStart(c.first())) && prose(c.first());
    }

    /** A title-case headline: more capitalised words than lower-case ones in the token's sentence. */
    private boolean titleCase(int i) {
        int cap = 0;
        int lower = 0;
        for (int k = sentenceBegin(i); k < v.size() && v.sameSentence(k, i); k++) {
            String w = v.text(k);
            cap += !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            lower += !w.isEmpty() && Character.isLowerCase(w.charAt(0)) ? 1 : 0;
        }
        return cap > lower;
    }

    private int sentenceBegin(int i) {
        int b = i;
        while (b > 0 && v.sameSentence(b - 1, i)) {
            b--;
        }
        return b;
    }

    private boolean sentenceStart(int i) {
        return i == 0 || !v.sameSentence(i - 1, i) || OPENERS.contains(v.text(i - 1)) && !v.sameSentence(i - 2, i);
    }

    /** At least three lower-case words in the token's sentence. */
    private boolean prose(int i) {
        int lower = 0;
        for (int k = sentenceBegin(i); k < v.size() && v.sameSentence(k, i) && lower < 3; k++) {
            String w = v.text(k);
            lower += !w.isEmpty() && Character.isLowerCase(w.charAt(0)) ? 1 : 0;
        }
        return lower >= 3;
    }
}
