package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * The words the name model sees. It learnt from CoNLL-2003's tokens, where an initial keeps its full stop ("P.
 * Simmons") and a hyphenated word or score stays whole ("Chester-le-Street", "4-38"); the article tokeniser may
 * split both ("P" "." "Simmons"), which leaves the model a bare surname or a place cut in three. Tokens glued to
 * each other are joined back into one model word in those two cases only.
 */
final class ModelTokens {
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

    /** Token k continues the word that began at token first (k - 1 is glued to k). */
    private static boolean joins(TokenView v, int first, int k) {
        String prev = v.text(k - 1);
        String cur = v.text(k);
        if (cur.equals(".") && first == k - 1 && prev.length() == 1 && Character.isUpperCase(prev.charAt(0))) {
            return k + 1 < v.size() && v.sameSentence(k, k + 1) && v.isCap(k + 1); // an initial before a name
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
