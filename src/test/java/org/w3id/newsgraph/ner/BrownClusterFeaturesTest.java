package org.w3id.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.featuregen.WindowFeatureGenerator;

class BrownClusterFeaturesTest {
    private static final BrownPaths PATHS = new BrownPaths(Map.of("harbour", "0110101101", "mayor", "1110"));

    private static List<String> uncached(String[] tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            BrownClusterFeatures.features(PATHS, tokens[i], out);
        }
        return out;
    }

    private static List<String> cached(BrownClusterFeatures.SentenceCache g, String[] tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            g.createFeatures(out, tokens, i, null);
        }
        return out;
    }

    @Test
    void sameFeaturesAsWithoutTheCache() {
        BrownClusterFeatures.SentenceCache g = new BrownClusterFeatures.SentenceCache(PATHS);
        String[] s = {"The", "Mayor", "of", "Harbour", "Town"};
        assertEquals(List.of("bc4=1110", "bc6=1110", "bc10=1110", "bc20=1110", "bc4=0110", "bc6=011010",
                "bc10=0110101101", "bc20=0110101101"), cached(g, s));
        assertEquals(uncached(s), cached(g, s), "asked again");
        s[1] = "harbour"; // the same array changed in place
        assertEquals(uncached(s), cached(g, s));
        String[] t = {"Mayor"};
        assertEquals(uncached(t), cached(g, t), "a new sentence");
    }

    @Test
    void inAWindowAsTheModelUsesIt() {
        String[] s = {"Harbour", "mayor", "said", "Harbour"};
        WindowFeatureGenerator cachedWindow = new WindowFeatureGenerator(new BrownClusterFeatures.SentenceCache(PATHS), 1, 1);
        WindowFeatureGenerator plainWindow = new WindowFeatureGenerator(
                (out, tokens, index, prev) -> BrownClusterFeatures.features(PATHS, tokens[index], out), 1, 1);
        for (int i = 0; i < s.length; i++) {
            List<String> a = new ArrayList<>();
            List<String> b = new ArrayList<>();
            cachedWindow.createFeatures(a, s, i, null);
            plainWindow.createFeatures(b, s, i, null);
            assertEquals(b, a);
        }
    }
}
