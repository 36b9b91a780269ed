package org.w3id.newsgraph.extract;

import java.util.List;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

/**
 * The extraction facade: builds the pipeline once (models, gazetteer and lexicon loaded once) and turns a
 * source text into {@link ArticleFacts}. Thread-safe: steps are immutable and documents are values.
 */
public final class Extractor {
    private final Pipeline pipeline;

    private Extractor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static Extractor create() {
        return create(NlpModels.load(), Gazetteer.loadDefault(), NameLexicon.load());
    }

    public static Extractor create(NlpModels models, Gazetteer gazetteer, NameLexicon lexicon) {
        Pipeline.Builder b = Pipeline.builder()
                .add(new BoilerplateStep())
                .add(new SentenceStep(models))
                .add(new TokenStep(models))
                .add(new EntityStep(gazetteer, lexicon))
                .add(new RoleStep())
                .add(new QuoteStep())
                .add(new RelationStep())
                .add(new AmountStep())
                .add(new DateStep())
                .add(new EventStep())
                .add(new StanceStep());
        return new Extractor(b.build());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public ArticleFacts extract(SourceText source) {
        Document d = pipeline.run(Document.of(source));
        return new ArticleFacts(source.source(), source.text(), d.get(Annotations.BODY),
                d.get(Annotations.BOILERPLATE), d.get(Annotations.SENTENCES), d.get(Annotations.ENTITIES),
                d.get(Annotations.ROLES), d.get(Annotations.QUOTES), d.get(Annotations.RELATIONS),
                d.get(Annotations.ARTICLE_DATE).orElse(null), d.get(Annotations.AMOUNTS), d.get(Annotations.DATES),
                d.get(Annotations.EVENTS), d.get(Annotations.STANCES));
    }
}
