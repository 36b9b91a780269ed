package org.w3id.newsgraph.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Known names with a class (PLACE, ORG, DEMONYM), stored inside the name model ({@code name TAB class} lines,
 * sorted). {@link #matches} finds them in a token sequence, longest first, also written in capitals (headlines).
 */
public final class NameList implements SerializableArtifact {
    /** A match: tokens [start, end) name a known {@code kind}. */
    public record Match(int start, int end, String kind) {}

    private final Map<String, String> kinds;
    private final Map<String, String> upper = new HashMap<>();
    /** The first word of every key: a token that is none starts no match (tokens hold no spaces). */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private final int maxTokens;

    public NameList(Map<String, String> kinds) {
        this.kinds = new HashMap<>(kinds);
        int max = 1;
        for (Map.Entry<String, String> e : kinds.entrySet()) {
            max = Math.max(max, e.getKey().split(" ").length);
            if (e.getKey().length() >= 4) {
                upper.putIfAbsent(e.getKey().toUpperCase(Locale.ROOT), e.getValue()); // "NEW YORK", not "US"
            }
        }
        this.maxTokens = max;
        for (String k : kinds.keySet()) {
            firstWords.add(k.split(" ", 2)[0]);
        }
        for (String k : upper.keySet()) {
            firstWords.add(k.split(" ", 2)[0]);
        }
    }

    public int size() {
        return kinds.size();
    }

    public List<Match> matches(String[] tokens) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (!firstWords.contains(tokens[i])) {
                continue;
            }
            for (int len = Math.min(maxTokens, tokens.length - i); len >= 1; len--) {
                String s = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + len));
                String kind = kinds.get(s);
                if (kind == null) {
                    kind = upper.get(s);
                }
                if (kind != null) {
                    out.add(new Match(i, i + len, kind));
                    i += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes the artifact inside the model zip ({@link TabSeparated}). */
    public static final class Serializer implements ArtifactSerializer<NameList> {
        @Override
        public NameList create(InputStream in) throws IOException {
            return new NameList(TabSeparated.read(in));
        }

        @Override
        public void serialize(NameList artifact, OutputStream out) throws IOException {
            TabSeparated.write(artifact.kinds, out);
        }
    }
}
