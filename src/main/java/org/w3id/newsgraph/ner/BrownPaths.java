package org.w3id.newsgraph.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Lower-case words with their Brown-cluster bit paths, stored inside the name model ({@code word TAB path} lines,
 * {@link TabSeparated}).
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

    /** Reads and writes the artifact inside the model zip ({@link TabSeparated}). */
    public static final class Serializer implements ArtifactSerializer<BrownPaths> {
        @Override
        public BrownPaths create(InputStream in) throws IOException {
            return new BrownPaths(TabSeparated.read(in));
        }

        @Override
        public void serialize(BrownPaths artifact, OutputStream out) throws IOException {
            TabSeparated.write(artifact.paths, out);
        }
    }
}
