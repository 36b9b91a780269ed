package org.w3id.newsgraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Span;

/**
 * Scores extraction results against gold files. Stateless; the rules are documented on {@link DocumentScorer}
 * and printed in the report header.
 */
public final class Evaluator {
    /**
     * Scores every gold file against the extraction result whose source file name equals the gold {@code doc}
     * (directories in {@code source} are ignored). A gold file without a result scores as all missed.
     */
    public EvalReport evaluate(List<GoldFile> gold, Collection<ArticleFacts> extracted) {
        Map<String, ArticleFacts> bySource = new HashMap<>();
        for (ArticleFacts f : extracted) {
            bySource.put(fileName(f.source()), f);
        }
        List<DocumentReport> docs = new ArrayList<>();
        for (GoldFile g : gold) {
            ArticleFacts f = bySource.get(fileName(g.doc()));
            docs.add(f == null
                    ? new DocumentScorer(g, empty(g.doc())).score(false)
                    : new DocumentScorer(g, f).score(true));
        }
        return new EvalReport(docs);
    }

    /** Scores one article against one gold file, whatever their names. */
    public DocumentReport evaluate(GoldFile gold, ArticleFacts facts) {
        return new DocumentScorer(gold, facts).score(true);
    }

    private static String fileName(String source) {
        Path p = Path.of(source).getFileName();
        return p == null ? source : p.toString();
    }

    private static ArticleFacts empty(String source) {
        return new ArticleFacts(source, "", new Span(0, 0), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }
}
