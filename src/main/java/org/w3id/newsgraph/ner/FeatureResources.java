package org.w3id.newsgraph.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;

/**
 * The data the optional feature groups need, made at training time and stored inside the model: the gazetteer's
 * names by class, and the Brown-cluster paths of the words kept.
 */
public final class FeatureResources {
    private FeatureResources() {
    }

    public static Map<String, Object> build(Set<FeatureSet> groups, Path clusterSource, Predicate<String> clusterWords)
            throws IOException {
        Map<String, Object> out = new TreeMap<>();
        if (groups.contains(FeatureSet.GAZETTEER)) {
            out.put(FeatureSet.GAZETTEER_RESOURCE, gazetteerNames(Gazetteer.loadDefault()));
        }
        if (groups.contains(FeatureSet.CLUSTERS)) {
            out.put(FeatureSet.CLUSTER_RESOURCE, BrownClusterSource.read(clusterSource, clusterWords));
        }
        return out;
    }

    /** Names and aliases as PLACE or ORG, demonyms as DEMONYM (a nationality is no entity, but a cue). */
    static NameList gazetteerNames(Gazetteer gazetteer) {
        Map<String, String> kinds = new HashMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            String kind = e.type().isPlace() ? "PLACE" : e.type().isOrganization() ? "ORG" : "PER";
            kinds.putIfAbsent(e.name(), kind);
            e.aliases().forEach(a -> kinds.putIfAbsent(a, kind));
            e.demonyms().forEach(d -> kinds.putIfAbsent(d, "DEMONYM"));
        }
        kinds.keySet().removeIf(k -> k.isBlank() || k.toLowerCase(Locale.ROOT).equals(k)); // lower-case forms are words
        return new NameList(kinds);
    }
}
