package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * The words the name model sees. It learnt from CoNLL-2003's tokens, where an initial keeps its full stop ("P.
 * Simmons") and a hyphenated word or score stays whole ("Chester-le-Street", "4-38"); the article tokeniser may
 * split both ("P" "." "Simmons", "U.N" "."), which leaves the model a bare surname or a place cut in three. Tokens glued to
 * each other are joined back into one model word in those two cases only.
 */
final class ModelTokens {
    /** A capital letter, or capitals with full stops between them ("U.N", "U.S"), the last stop split off. */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*+");
    private ModelTokens() {
    }

    /** The first document token of each model word of the sentence [start, end). */
    static int[] groups(TokenView v, int start, int end) {
        int[] firsts = new int[end - start];
        int n = 0;
        for (int k = start; k < end; k++) {
            if (k > start && v.glued(k - 1, k) && joins(v, firsts[n - 1], k)) {
                continue;
            }
            firsts[n++] = k;
        }
        return java.util.Arrays.copyOf(firsts, n);
    }

    /** The groups' first tokens followed by the sentence end: word w spans [g[w], g[w + 1]). */
    static int[] withEnd(int[] firsts, int end) {
        int[] out = java.util.Arrays.copyOf(firsts, firsts.length + 1);
        out[firsts.length] = end;
        return out;
    }

    /** Token k is the full stop of an abbreviation the tokeniser split off ("U.N" "."), inside a sentence. */
    static boolean abbreviationStop(TokenView v, int k) {
        return k > 0 && v.text(k).equals(".") && v.glued(k - 1, k) && v.text(k - 1).length() > 1
                && ABBREVIATION.matcher(v.text(k - 1)).matches() && v.sameSentence(k, k + 1);
    }

    /** Token k continues the word that began at token first (k - 1 is glued to k). */
    private static boolean joins(TokenView v, int first, int k) {
        String prev = v.text(k - 1);
        String cur = v.text(k);
        if (cur.equals(".") && first == k - 1 && ABBREVIATION.matcher(prev).matches()) {
            // an initial before a name ("P. Simmons"), or "U.N." whose full stop ends no sentence
            return v.sameSentence(k, k + 1) && (prev.length() > 1 || v.isCap(k + 1));
        }
        boolean prevHyphen = prev.endsWith("-");
        boolean curHyphen = cur.startsWith("-");
        if (prevHyphen == curHyphen) {
            return false; // "--", or no hyphen between them
        }
        String other = prevHyphen ? cur : prev;
        return other.length() > 0 && Character.isLetterOrDigit(prevHyphen ? other.charAt(0) : other.charAt(other.length() - 1));
    }
}
