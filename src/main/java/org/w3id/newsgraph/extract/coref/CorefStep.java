package org.w3id.newsgraph.extract.coref;

import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.QuoteSpan;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Coreference for people and organisations across the article, as a pipeline step: runs the sieves from the most
 * precise to the least (names, honorific or title + name, short names, spokespeople, descriptions, pronouns) and
 * adds {@link Annotations#COREFERENCE}; the name forms of each cluster become aliases of its entity. Reads the sentences, the entities and the quote spans (words inside a quote
 * bind no pronoun outside it). Stateless: each document gets its own {@link CorefState}.
 */
public final class CorefStep implements Step {
    static final List<Sieve> SIEVES = List.of(new NamedMentionSieve(), new TitleNameSieve(), new ShortNameSieve(),
            new SpokespersonSieve(), new NominalSieve(), new PronounSieve(), new ClosePronounSieve());

    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.ENTITIES, Annotations.QUOTE_SPANS);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.COREFERENCE);
    }

    /** Adds the coreference and gives each entity the name forms of its cluster as aliases. */
    @Override
    public Document apply(Document document) {
        List<Entity> entities = document.get(Annotations.ENTITIES);
        List<Span> quotes = document.get(Annotations.QUOTE_SPANS).stream().map(QuoteSpan::span).toList();
        Coreference coref = resolve(document.text(), document.get(Annotations.SENTENCES), quotes, entities);
        return document.with(Annotations.COREFERENCE, coref)
                .with(Annotations.ENTITIES, ClusterAliases.withAliases(entities, coref, document.text()));
    }

    /** The coreference of one text: the sieves in order over a fresh working state. */
    public static Coreference resolve(String text, List<Sentence> sentences, List<Span> quotes,
            List<Entity> entities) {
        CorefState state = new CorefState(text, sentences, quotes, entities);
        for (Sieve s : SIEVES) {
            s.apply(state);
        }
        return state.result();
    }
}
