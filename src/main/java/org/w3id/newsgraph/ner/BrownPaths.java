package org.w3id.newsgraph.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Lower-case words with their Brown-cluster bit paths, stored inside the name model ({@code word TAB path} lines,
 * sorted, so the same clusters always give the same bytes).
 */
public final class BrownPaths implements SerializableArtifact {
    private final Map<String, String> paths;

    public BrownPaths(Map<String, String> paths) {
        this.paths = new HashMap<>(paths);
    }

    /** The word's bit path, or null; the word is looked up in lower case. */
    public String path(String word) {
        return paths.get(word.toLowerCase(java.util.Locale.ROOT));
    }

    public int size() {
        return paths.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes the artifact inside the model zip. */
    public static final class Serializer implements ArtifactSerializer<BrownPaths> {
        @Override
        public BrownPaths create(InputStream in) throws IOException {
            Map<String, String> m = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    m.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return new BrownPaths(m); // the stream belongs to the model reader: not closed here
        }

        @Override
        public void serialize(BrownPaths artifact, OutputStream out) throws IOException {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : new TreeMap<>(artifact.paths).entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
            w.flush();
        }
    }
}
