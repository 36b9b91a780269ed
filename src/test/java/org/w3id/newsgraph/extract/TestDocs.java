package org.w3id.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.extract.quotes.QuoteSpanStep;

/**
 * Test fixture: builds a Document with SENTENCES and ENTITIES by hand, so the attribution steps are tested on
 * correct entities independently of the entity step. Sentences split on line breaks and on ". " (also after a
 * closing quote); each surface form's every whole-word occurrence becomes a mention (longest surface wins).
 */
public final class TestDocs {
    /** One surface form of an entity. */
    record Surface(String surface, String key, String name, EntityType type) {}

    private final List<Surface> surfaces = new ArrayList<>();

    public static TestDocs entities() {
        return new TestDocs();
    }

    TestDocs add(String surface, String key, String name, EntityType type) {
        surfaces.add(new Surface(surface, key, name, type));
        return this;
    }

    /** Person whose key is the slug of the name; surfaces are the name and any extra forms. */
    public TestDocs person(String name, String... more) {
        add(name, slug(name), name, EntityType.PERSON);
        for (String m : more) {
            add(m, slug(name), name, EntityType.PERSON);
        }
        return this;
    }

    public TestDocs of(String key, String name, EntityType type, String... surfaceForms) {
        for (String s : surfaceForms) {
            add(s, key, name, type);
        }
        return this;
    }

    public static String slug(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public static String resource(String name) {
        try (InputStream in = TestDocs.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Document doc(String text) {
        List<Sentence> sentences = sentences(text);
        Document d = Document.of(new SourceText("test.txt", text));
        return new QuoteSpanStep().apply(d.with(Annotations.SENTENCES, sentences))
                .with(Annotations.ENTITIES, entities(text, sentences));
    }

    public static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == '\n';
            int cut = i;
            if (!end && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                char c = text.charAt(i);
                if (c == '.' || ((c == '”' || c == '"') && i > 0 && text.charAt(i - 1) == '.')) {
                    end = true;
                    cut = i + 1;
                }
            }
            if (end) {
                int b = start;
                int e = cut;
                while (b < e && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > b) {
                    out.add(new Sentence(out.size(), new Span(b, e)));
                }
                start = cut;
            }
        }
        return out;
    }

    private List<Entity> entities(String text, List<Sentence> sentences) {
        List<Surface> bySize = new ArrayList<>(surfaces);
        bySize.sort(Comparator.comparingInt((Surface s) -> -s.surface().length()));
        boolean[] taken = new boolean[text.length()];
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Surface> first = new LinkedHashMap<>();
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        for (Surface s : surfaces) {
            first.putIfAbsent(s.key(), s);
            mentions.putIfAbsent(s.key(), new ArrayList<>());
            aliases.computeIfAbsent(s.key(), k -> new LinkedHashSet<>());
            if (!s.surface().equals(s.name())) {
                aliases.get(s.key()).add(s.surface());
            }
        }
        for (Surface s : bySize) {
            int from = 0;
            while (true) {
                int i = text.indexOf(s.surface(), from);
                if (i < 0) {
                    break;
                }
                int j = i + s.surface().length();
                from = i + 1;
                boolean boundary = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && (j == text.length() || !Character.isLetterOrDigit(text.charAt(j)));
                boolean free = true;
                for (int k = i; k < j; k++) {
                    free &= !taken[k];
                }
                int sentence = sentenceOf(sentences, i);
                if (boundary && free && sentence >= 0) {
                    for (int k = i; k < j; k++) {
                        taken[k] = true;
                    }
                    mentions.get(s.key()).add(new Mention(s.surface(), new Span(i, j), sentence));
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (var e : mentions.entrySet()) {
            List<Mention> ms = new ArrayList<>(e.getValue());
            ms.sort(Comparator.comparing(Mention::span));
            Surface s = first.get(e.getKey());
            out.add(new Entity(e.getKey(), s.name(), s.type(), aliases.get(e.getKey()), ms, null));
        }
        return out;
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().begin() <= offset && offset < s.span().end()) {
                return s.index();
            }
        }
        return -1;
    }
}
