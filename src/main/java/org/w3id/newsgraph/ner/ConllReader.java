package org.w3id.newsgraph.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files: one token a line ({@code word POS chunk NER}, columns split on white space, the name tag
 * last), empty lines between sentences, {@code -DOCSTART-} lines between articles. A file without
 * {@code -DOCSTART-} is one article.
 */
public final class ConllReader {
    private ConllReader() {
    }

    public static List<ConllDocument> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    public static List<ConllDocument> read(Reader reader) throws IOException {
        List<ConllDocument> docs = new ArrayList<>();
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> pos = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String s = line.strip();
            if (s.startsWith("-DOCSTART-") || s.isEmpty()) {
                if (!words.isEmpty()) {
                    sentences.add(new ConllSentence(words, pos, tags));
                    words.clear();
                    pos.clear();
                    tags.clear();
                }
                if (s.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
                    docs.add(new ConllDocument(sentences));
                    sentences.clear();
                }
                continue;
            }
            String[] cols = s.split("\\s+");
            if (cols.length < 2) {
                throw new IOException("line " + lineNo + ": expected 'word ... TAG', got '" + s + "'");
            }
            words.add(cols[0]);
            pos.add(cols.length > 2 ? cols[1] : "_");
            tags.add(cols[cols.length - 1]);
        }
        if (!words.isEmpty()) {
            sentences.add(new ConllSentence(words, pos, tags));
        }
        if (!sentences.isEmpty()) {
            docs.add(new ConllDocument(sentences));
        }
        return docs;
    }
}
