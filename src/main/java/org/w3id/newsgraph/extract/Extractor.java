package org.w3id.newsgraph.extract;

import org.w3id.newsgraph.extract.coref.CorefStep;
import org.w3id.newsgraph.extract.entities.EntityStep;
import org.w3id.newsgraph.extract.entities.NameLexicon;
import org.w3id.newsgraph.extract.events.EventStep;
import org.w3id.newsgraph.extract.quotes.QuoteSpanStep;
import org.w3id.newsgraph.extract.quotes.QuoteStep;
import org.w3id.newsgraph.extract.relations.RelationStep;
import org.w3id.newsgraph.extract.relations.learned.LearnedPairStep;
import org.w3id.newsgraph.extract.relations.learned.PairModel;
import org.w3id.newsgraph.extract.roles.RoleStep;
import org.w3id.newsgraph.extract.stance.StanceStep;
import org.w3id.newsgraph.extract.text.BoilerplateStep;
import org.w3id.newsgraph.extract.text.SentenceStep;
import org.w3id.newsgraph.extract.text.TokenStep;
import org.w3id.newsgraph.extract.values.AmountStep;
import org.w3id.newsgraph.extract.values.DateStep;
import java.util.List;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;
import org.w3id.newsgraph.pipeline.TimeBudget;

/**
 * The extraction facade: builds the pipeline once (models, gazetteer and lexicon loaded once) and turns a
 * source text into {@link ArticleFacts}. Thread-safe: steps are immutable and documents are values.
 *
 * <p>Each article gets a {@link TimeBudget} (by default {@link TimeBudget#DEFAULT}); an article over it stops
 * with an {@link org.w3id.newsgraph.pipeline.ExtractionTimeoutException}, so no input can hold a build up.
 */
public final class Extractor {
    private final Pipeline pipeline;
    private final TimeBudget budget;

    private Extractor(Pipeline pipeline, TimeBudget budget) {
        this.pipeline = pipeline;
        this.budget = budget;
    }

    public static Extractor create() {
        return create(TimeBudget.DEFAULT);
    }

    /** The standard extractor with another time budget per article. */
    public static Extractor create(TimeBudget budget) {
        return create(NlpModels.load(), Gazetteer.loadDefault(), NameLexicon.load(), budget);
    }

    public static Extractor create(NlpModels models, Gazetteer gazetteer, NameLexicon lexicon) {
        return create(models, gazetteer, lexicon, TimeBudget.DEFAULT);
    }

    public static Extractor create(NlpModels models, Gazetteer gazetteer, NameLexicon lexicon, TimeBudget budget) {
        Pipeline.Builder b = Pipeline.builder()
                .add(new BoilerplateStep())
                .add(new SentenceStep(models))
                .add(new TokenStep(models))
                .add(new QuoteSpanStep())
                .add(new EntityStep(gazetteer, lexicon))
                .add(new CorefStep())
                .add(new LearnedPairStep(PairModel.shipped().orElse(null)))
                .add(new RoleStep())
                .add(new QuoteStep())
                .add(new RelationStep())
                .add(new AmountStep())
                .add(new DateStep())
                .add(new EventStep())
                .add(new StanceStep());
        return new Extractor(b.build(), budget);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public TimeBudget budget() {
        return budget;
    }

    /** The facts of one article; throws an ExtractionTimeoutException when it takes longer than its budget. */
    public ArticleFacts extract(SourceText source) {
        Document d = pipeline.run(Document.of(source, budget.start(source)));
        return new ArticleFacts(source.source(), source.text(), d.get(Annotations.BODY),
                d.get(Annotations.BOILERPLATE), d.get(Annotations.SENTENCES), d.get(Annotations.ENTITIES),
                d.get(Annotations.ROLES), d.get(Annotations.QUOTES), d.get(Annotations.RELATIONS),
                d.get(Annotations.ARTICLE_DATE).orElse(null), d.get(Annotations.AMOUNTS), d.get(Annotations.DATES),
                d.get(Annotations.EVENTS), d.get(Annotations.STANCES));
    }
}
