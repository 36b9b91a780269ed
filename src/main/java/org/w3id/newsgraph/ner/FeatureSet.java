package org.w3id.newsgraph.ner;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The name model's features as data: OpenNLP's default set (token and token class in a window of two, previous
 * decisions of the article, bigrams, sentence start) plus optional groups, written as the XML feature descriptor
 * that travels inside the model. The resource names are the ones {@link FeatureResources} supplies.
 */
public enum FeatureSet {
    /** Prefixes and suffixes of the token (up to 4 characters): morphology of unseen names ("-ski", "-burg"). */
    AFFIXES,
    /** Brown-cluster path prefixes of the token and its neighbours. */
    CLUSTERS,
    /** Matches of the project's gazetteer (places, organisations, nationalities). */
    GAZETTEER,
    /** Token class in a wider window and the token pattern of the name (all capitals, initials, digits). */
    SHAPE;

    public static final String CLUSTER_RESOURCE = "brown.clusters";
    public static final String GAZETTEER_RESOURCE = "gazetteer.names";

    public static Set<FeatureSet> parse(String csv) {
        Set<FeatureSet> out = EnumSet.noneOf(FeatureSet.class);
        for (String s : csv.split(",")) {
            String name = s.strip().toUpperCase(Locale.ROOT);
            if (!name.isEmpty() && !name.equals("DEFAULT")) {
                out.add(FeatureSet.valueOf(name));
            }
        }
        return out;
    }

    public static String describe(Set<FeatureSet> groups) {
        return groups.isEmpty() ? "default"
                : "default," + groups.stream().map(g -> g.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
    }

    /** The XML feature-generator descriptor for OpenNLP's {@code TokenNameFinderFactory}. */
    public static byte[] descriptor(Set<FeatureSet> groups) {
        String pkg = "opennlp.tools.util.featuregen.";
        StringBuilder x = new StringBuilder("<featureGenerators cache=\"true\" name=\"nameFinder\">\n");
        int classWindow = groups.contains(SHAPE) ? 3 : 2;
        x.append(window(classWindow, "<generator class=\"" + pkg + "TokenClassFeatureGeneratorFactory\"/>"));
        x.append(window(2, "<generator class=\"" + pkg + "TokenFeatureGeneratorFactory\"><bool name=\"lowercase\">true</bool></generator>"));
        x.append("<generator class=\"" + pkg + "DefinitionFeatureGeneratorFactory\"/>\n");
        x.append("<generator class=\"" + pkg + "PreviousMapFeatureGeneratorFactory\"/>\n");
        x.append("<generator class=\"" + pkg + "BigramNameFeatureGeneratorFactory\"/>\n");
        x.append("<generator class=\"" + pkg + "SentenceFeatureGeneratorFactory\"><bool name=\"begin\">true</bool>"
                + "<bool name=\"end\">false</bool></generator>\n");
        if (groups.contains(AFFIXES)) {
            x.append("<generator class=\"" + pkg + "PrefixFeatureGeneratorFactory\"><int name=\"length\">4</int></generator>\n");
            x.append("<generator class=\"" + pkg + "SuffixFeatureGeneratorFactory\"><int name=\"length\">4</int></generator>\n");
        }
        if (groups.contains(SHAPE)) {
            x.append("<generator class=\"" + pkg + "TokenPatternFeatureGeneratorFactory\"/>\n");
        }
        if (groups.contains(CLUSTERS)) {
            x.append(window(1, "<generator class=\"" + BrownClusterFeatures.class.getName() + "\"><str name=\"dict\">"
                    + CLUSTER_RESOURCE + "</str></generator>"));
        }
        if (groups.contains(GAZETTEER)) {
            x.append(window(1, "<generator class=\"" + GazetteerFeatures.class.getName() + "\"><str name=\"dict\">"
                    + GAZETTEER_RESOURCE + "</str></generator>"));
        }
        x.append("</featureGenerators>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String window(int size, String inner) {
        return "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\"><int name=\"prevLength\">"
                + size + "</int><int name=\"nextLength\">" + size + "</int>" + inner + "</generator>\n";
    }
}
