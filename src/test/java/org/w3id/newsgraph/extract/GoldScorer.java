package org.w3id.newsgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;

/**
 * Test helper: typed-entity precision, recall and F1 against a seeds-gold file, by the gold README's rules
 * (match on name or alias, case-insensitive, quotes folded; optional gold entities neither gained nor lost).
 */
final class GoldScorer {
    record GoldEntity(String name, String type, Set<String> forms, boolean optional) {}

    record Score(int tp, int fp, int fn, List<String> falsePositives, List<String> misses) {
        double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    static final Path GOLD_DIR = Path.of("/work/shared/seeds-gold");

    static String norm(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ').strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static JsonObject gold(String doc) throws IOException {
        String base = doc.replaceAll("\\.txt$", "");
        return JSON.parse(Files.readString(GOLD_DIR.resolve(base + ".gold.json")));
    }

    static List<GoldEntity> entities(JsonObject gold) {
        List<GoldEntity> out = new ArrayList<>();
        for (JsonValue v : gold.get("entities").getAsArray()) {
            JsonObject o = v.getAsObject();
            Set<String> forms = new java.util.HashSet<>();
            forms.add(norm(o.get("name").getAsString().value()));
            JsonArray al = o.get("aliases").getAsArray();
            al.forEach(a -> forms.add(norm(a.getAsString().value())));
            out.add(new GoldEntity(o.get("name").getAsString().value(), o.get("type").getAsString().value(), forms,
                    o.get("optional").getAsBoolean().value()));
        }
        return out;
    }

    static Score score(ArticleFacts facts, List<GoldEntity> gold) {
        int tp = 0;
        List<String> fps = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        boolean[] matched = new boolean[gold.size()];
        for (Entity e : facts.entities()) {
            Set<String> forms = new java.util.HashSet<>();
            forms.add(norm(e.name()));
            e.aliases().forEach(a -> forms.add(norm(a)));
            int hit = -1;
            for (int g = 0; g < gold.size() && hit < 0; g++) {
                GoldEntity ge = gold.get(g);
                if (!matched[g] && ge.forms().stream().anyMatch(forms::contains)
                        && ge.type().equals(e.type().coarse().localName())) {
                    hit = g;
                }
            }
            if (hit < 0) {
                boolean optionalName = gold.stream().anyMatch(ge -> ge.optional() && ge.forms().stream().anyMatch(forms::contains));
                if (!optionalName) {
                    fps.add(e.name() + "/" + e.type().coarse().localName());
                }
                continue;
            }
            matched[hit] = true;
            if (!gold.get(hit).optional()) {
                tp++;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!matched[g] && !gold.get(g).optional()) {
                misses.add(gold.get(g).name() + "/" + gold.get(g).type());
            }
        }
        return new Score(tp, fps.size(), misses.size(), fps, misses);
    }
}
