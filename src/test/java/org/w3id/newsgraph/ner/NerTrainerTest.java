package org.w3id.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.eval.ConllEvaluation;
import org.w3id.newsgraph.eval.MentionScores;

import opennlp.tools.namefind.TokenNameFinderModel;

class NerTrainerTest {
    private static final NerSettings SETTINGS = new NerSettings(Set.of("PER", "ORG", "LOC"),
            Set.of(FeatureSet.GAZETTEER, FeatureSet.AFFIXES), "PERCEPTRON", 20, 0, null);

    private static TokenNameFinderModel train(List<ConllDocument> docs, List<Integer> iterations) throws IOException {
        Map<String, Object> resources = FeatureResources.build(SETTINGS.features(), null, w -> false);
        return NerTrainer.train(docs, SETTINGS, resources, iterations::add);
    }

    /** The model's zip entries; the manifest's creation time is the only thing allowed to differ. */
    private static Map<String, String> entries(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        Map<String, String> m = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String content = java.util.HexFormat.of().formatHex(zip.readAllBytes());
                if (e.getName().equals("manifest.properties")) {
                    content = new String(java.util.HexFormat.of().parseHex(content), java.nio.charset.StandardCharsets.UTF_8)
                            .lines().filter(l -> !l.startsWith("#") && !l.startsWith("Timestamp"))
                            .sorted().reduce("", (a, b) -> a + b + "\n");
                }
                m.put(e.getName(), content);
            }
        }
        return m;
    }

    @Test
    void sameDataAndSettingsGiveTheSameModel() throws IOException {
        List<ConllDocument> docs = ConllReader.read(new StringReader(SyntheticConll.text(12)));
        List<Integer> iterations = new ArrayList<>();
        Map<String, String> a = entries(train(docs, iterations));
        Map<String, String> b = entries(train(docs, new ArrayList<>()));
        assertEquals(a.keySet(), b.keySet());
        assertEquals(a, b);
        assertTrue(a.containsKey(FeatureSet.GAZETTEER_RESOURCE), "the gazetteer travels inside the model: " + a.keySet());
        assertTrue(!iterations.isEmpty() && iterations.get(0) == 1, "progress is reported per iteration: " + iterations);
    }

    @Test
    void aTrainedModelFindsTheNamesItLearnt() throws IOException {
        List<ConllDocument> docs = ConllReader.read(new StringReader(SyntheticConll.text(12)));
        NameModel model = new NameModel(train(docs, new ArrayList<>()));
        MentionScores scores = ConllEvaluation.score(model, docs, SETTINGS.types());
        assertTrue(scores.total().f1() > 0.9, scores.format());
        String[] s = {"Tomas", "Varga", "said", "on", "Monday", "that", "Orbis", "Freight", "would", "open", "in", "Quito", "."};
        assertArrayEquals(new String[] {"PER", "ORG", "LOC"},
                java.util.Arrays.stream(model.tagArticle(List.<String[]>of(s)).get(0)).map(x -> x.getType()).toArray());
    }
}
