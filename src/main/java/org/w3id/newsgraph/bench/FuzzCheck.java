package org.w3id.newsgraph.bench;

import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.pipeline.ExtractionTimeoutException;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.ShapeValidator;
import org.w3id.newsgraph.rdf.ValidationResult;

/**
 * The properties every input must keep, checked on one text: no exception escapes extraction or mapping, the
 * article finishes within its time budget, its graph conforms to the shapes, and the graph written as Turtle
 * and as N-Quads (in its named graph) parses back to an isomorphic graph. Thread-safe.
 */
public final class FuzzCheck {
    private final Extractor extractor;
    private final ArticleMapper mapper;
    private final ShapeValidator validator;

    public FuzzCheck(Extractor extractor, ArticleMapper mapper, ShapeValidator validator) {
        this.extractor = extractor;
        this.mapper = mapper;
        this.validator = validator;
    }

    /** One case's outcome: {@code failure} is null when every property held. */
    public record Result(String source, int chars, Duration took, Duration budget, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    public Result check(SourceText source) {
        Duration budget = extractor.budget().forLength(source.text().length());
        long t0 = System.nanoTime();
        ArticleFacts facts;
        try {
            facts = extractor.extract(source);
        } catch (ExtractionTimeoutException e) {
            return result(source, t0, budget, "over its budget: " + e.getMessage());
        } catch (Throwable e) { // the point of the check: StackOverflowError included
            return result(source, t0, budget, "extraction threw " + e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        if (took.compareTo(budget) > 0) {
            return new Result(source.source(), source.text().length(), took, budget, "took longer than its budget");
        }
        return new Result(source.source(), source.text().length(), took, budget, graphProblem(source, facts));
    }

    /** Null when the article's graph conforms and survives both round trips, else what went wrong. */
    private String graphProblem(SourceText source, ArticleFacts facts) {
        try {
            Graph g = mapper.map(facts);
            ValidationResult v = validator.validate(g);
            if (!v.conforms()) {
                return "breaks the shapes (" + v.messages().size() + " violations, first: " + v.messages().get(0) + ")";
            }
            Graph turtle = RDFParser.fromString(RDFWriter.source(g).lang(Lang.TURTLE).asString(), Lang.TURTLE)
                    .toGraph();
            if (!IsoMatcher.isomorphic(g, turtle)) {
                return "its Turtle does not read back as the same graph";
            }
            Node name = Ids.article(source.source(), source.sha256());
            DatasetGraph dsg = DatasetGraphFactory.createGeneral();
            dsg.addGraph(name, g);
            DatasetGraph back = RDFParser.fromString(RDFWriter.source(dsg).lang(Lang.NQUADS).asString(), Lang.NQUADS)
                    .toDatasetGraph();
            if (!IsoMatcher.isomorphic(g, back.getGraph(name))) {
                return "its N-Quads do not read back as the same graph";
            }
            return null;
        } catch (Throwable e) {
            return "mapping or writing threw " + e;
        }
    }

    private static Result result(SourceText source, long t0, Duration budget, String failure) {
        return new Result(source.source(), source.text().length(), Duration.ofNanos(System.nanoTime() - t0), budget,
                failure);
    }
}
