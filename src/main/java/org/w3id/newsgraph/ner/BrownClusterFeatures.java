package org.w3id.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Brown-cluster features: prefixes of the token's cluster bit path (4, 6, 10 and 20 bits, after Ratinov and Roth
 * 2009), so a name the training data never had still shares features with the words of its cluster. Declared in the
 * model's feature descriptor as {@code <generator class="...BrownClusterFeatures"><str name="dict">NAME</str>}.
 */
public final class BrownClusterFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    private static final int[] PREFIXES = {4, 6, 10, 20};

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String name = getStr("dict");
        Object resource = resourceManager.getResource(name);
        if (!(resource instanceof BrownPaths paths)) {
            throw new InvalidFormatException("no Brown clusters named " + name + " in the model");
        }
        return new SentenceCache(paths);
    }

    /**
     * The features of each token of the sentence last seen: the window around this generator asks for every token
     * three times, and each time cost a lower-casing, a map look-up and four strings. The cache belongs to one
     * generator chain, which is confined to one thread as OpenNLP's own cached generators are.
     */
    static final class SentenceCache implements AdaptiveFeatureGenerator {
        private final BrownPaths paths;
        private String[] sentence;
        private String[] seen;
        private List<List<String>> features;

        SentenceCache(BrownPaths paths) {
            this.paths = paths;
        }

        @Override
        public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != sentence) {
                sentence = tokens;
                seen = new String[tokens.length];
                features = new ArrayList<>(java.util.Collections.nCopies(tokens.length, (List<String>) null));
            }
            if (seen[index] != tokens[index]) { // first ask, or the caller changed the array in place
                List<String> f = new ArrayList<>(PREFIXES.length);
                features(paths, tokens[index], f);
                seen[index] = tokens[index];
                features.set(index, f);
            }
            out.addAll(features.get(index));
        }
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new BrownPaths.Serializer());
    }

    /** The features of one token. */
    static void features(BrownPaths paths, String token, List<String> out) {
        String path = paths.path(token);
        if (path != null) {
            for (int p : PREFIXES) {
                out.add("bc" + p + "=" + path.substring(0, Math.min(p, path.length())));
            }
        }
    }
}
