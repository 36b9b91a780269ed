package org.w3id.newsgraph.eval;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * Maximum bipartite matching (augmenting paths): pairs extracted items with gold items one to one so that the
 * most gold items are found, independent of the order in which the extractor listed its items. Sizes are a few
 * dozen, so the simple O(V·E) algorithm is plenty.
 */
final class MaxMatching {
    private MaxMatching() {}

    /**
     * @param left  number of left items (extracted)
     * @param right number of right items (gold)
     * @param edge  whether left i may be paired with right j
     * @return for each left item, the right item it is paired with, or -1
     */
    static int[] match(int left, int right, BiPredicate<Integer, Integer> edge) {
        boolean[][] adj = new boolean[left][right];
        for (int i = 0; i < left; i++) {
            for (int j = 0; j < right; j++) {
                adj[i][j] = edge.test(i, j);
            }
        }
        int[] rightOwner = new int[right];
        Arrays.fill(rightOwner, -1);
        for (int i = 0; i < left; i++) {
            augment(i, adj, rightOwner, new boolean[right]);
        }
        int[] leftMatch = new int[left];
        Arrays.fill(leftMatch, -1);
        for (int j = 0; j < right; j++) {
            if (rightOwner[j] >= 0) {
                leftMatch[rightOwner[j]] = j;
            }
        }
        return leftMatch;
    }

    private static boolean augment(int i, boolean[][] adj, int[] rightOwner, boolean[] seen) {
        for (int j = 0; j < rightOwner.length; j++) {
            if (adj[i][j] && !seen[j]) {
                seen[j] = true;
                if (rightOwner[j] < 0 || augment(rightOwner[j], adj, rightOwner, seen)) {
                    rightOwner[j] = i;
                    return true;
                }
            }
        }
        return false;
    }
}
