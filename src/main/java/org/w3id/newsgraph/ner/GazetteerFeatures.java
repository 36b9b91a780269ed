package org.w3id.newsgraph.ner;

import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Dictionary features from the project's gazetteer: whether a token begins or continues a known place,
 * organisation or nationality ("gaz=PLACE:B"). The matches of a sentence are computed once, when its first token
 * is asked for. Declared as {@code <generator class="...GazetteerFeatures"><str name="dict">NAME</str>}.
 */
public final class GazetteerFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String name = getStr("dict");
        if (!(resourceManager.getResource(name) instanceof NameList names)) {
            throw new InvalidFormatException("no name list named " + name + " in the model");
        }
        return new AdaptiveFeatureGenerator() {
            private String[] sentence;
            private String[] marks;

            @Override
            public void createFeatures(java.util.List<String> features, String[] tokens, int index, String[] prev) {
                if (tokens != sentence) { // one generator per NameFinderME, which is used by one thread
                    sentence = tokens;
                    marks = new String[tokens.length];
                    for (NameList.Match m : names.matches(tokens)) {
                        for (int k = m.start(); k < m.end(); k++) {
                            marks[k] = m.kind() + (k == m.start() ? ":B" : ":I");
                        }
                    }
                }
                if (marks[index] != null) {
                    features.add("gaz=" + marks[index]);
                    features.add("gaz=" + marks[index].substring(0, marks[index].length() - 2));
                }
            }
        };
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new NameList.Serializer());
    }
}
