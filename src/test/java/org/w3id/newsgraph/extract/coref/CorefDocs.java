package org.w3id.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Test fixture: the inputs of {@link CorefStep} built by hand from made-up text, so the sieves are tested on
 * known entities whatever the name model finds. Sentences end at ". " or a line break; quotes are the spans
 * between curly marks; an entity's mentions are the whole-word occurrences of the surface forms given for it
 * (the forms the entity step would have grouped).
 */
final class CorefDocs {
    private final String text;
    private final List<Entity> entities = new ArrayList<>();

    CorefDocs(String text) {
        this.text = text;
    }

    CorefDocs entity(String name, EntityType type, String... forms) {
        List<Mention> ms = new ArrayList<>();
        List<String> all = new ArrayList<>(List.of(forms));
        all.add(0, name);
        for (String f : all) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(f) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                Span s = new Span(m.start(), m.end());
                if (ms.stream().noneMatch(x -> x.span().overlaps(s))) {
                    ms.add(new Mention(f, s, 0));
                }
            }
        }
        ms.sort((a, b) -> a.span().compareTo(b.span()));
        entities.add(new Entity(name.toLowerCase().replace(' ', '-'), name, type, new LinkedHashSet<>(List.of(forms)),
                ms, null));
        return this;
    }

    List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+?(?:[.!?][”\"]?(?= )|$)", Pattern.MULTILINE).matcher(text);
        while (m.find()) {
            int b = m.start();
            while (b < m.end() && text.charAt(b) == ' ') {
                b++;
            }
            if (b < m.end()) {
                out.add(new Sentence(out.size(), new Span(b, m.end())));
            }
        }
        return out;
    }

    List<Span> quotes() {
        List<Span> out = new ArrayList<>();
        Matcher m = Pattern.compile("“[^”]*”").matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    Coreference resolve() {
        return CorefStep.resolve(text, sentences(), quotes(), entities);
    }

    /** The entity name the {@code nth} occurrence of a pronoun refers to by grammar and recency, or null. */
    String closeAt(String phrase, int nth) {
        Coreference c = resolve();
        Matcher m = occurrence(phrase, nth);
        String key = c.mentions().stream().filter(x -> x.span().begin() == m.start() && m.end() == x.span().end())
                .map(c::closeReferent).filter(k -> k != null).findFirst().orElse(null);
        return key == null ? null : entities.stream().filter(e -> e.key().equals(key)).findFirst().get().name();
    }

    /** The entity name the {@code nth} (from 1) whole-word occurrence of {@code phrase} resolves to, or null. */
    String at(String phrase, int nth) {
        Coreference c = resolve();
        Matcher m = occurrence(phrase, nth);
        String key = c.mentions().stream().filter(x -> x.span().begin() <= m.start() && m.end() <= x.span().end())
                .filter(Coreference.Mention::resolved).map(Coreference.Mention::entityKey).findFirst().orElse(null);
        return key == null ? null : entities.stream().filter(e -> e.key().equals(key)).findFirst().get().name();
    }

    /** A matcher standing on the {@code nth} (from 1) whole-word occurrence of {@code phrase}. */
    private Matcher occurrence(String phrase, int nth) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])").matcher(text);
        for (int i = 0; i < nth; i++) {
            if (!m.find()) {
                throw new AssertionError("no occurrence " + nth + " of " + phrase);
            }
        }
        return m;
    }
}
