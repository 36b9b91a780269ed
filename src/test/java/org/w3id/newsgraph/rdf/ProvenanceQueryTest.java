package org.w3id.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.store.EntitySummary;

/** Runs the provenance example of docs/ONTOLOGY.md on the golden mapping, so the documentation stays true. */
class ProvenanceQueryTest {
    @Test
    void evidenceSentenceOfEveryRelation() throws Exception {
        String doc = Files.readString(Path.of("docs/ONTOLOGY.md"));
        Matcher m = Pattern.compile("```sparql\n(PREFIX ng:.*?)```", Pattern.DOTALL).matcher(doc);
        m.find();
        // the article graph and its entity summary (the labels), as a store holds them
        Graph article = new ArticleMapper().map(GoldenFacts.facts());
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        store.addGraph(article.find(null, RDF.Nodes.type, NG.NewsArticle).next().getSubject(), article);
        Txn.executeWrite(store, () -> EntitySummary.rebuild(store));
        Graph data = new Union(store.getUnionGraph(), Ontology.ontology());
        List<String> rows = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(m.group(1), ModelFactory.createModelForGraph(data))) {
            qe.execSelect().forEachRemaining(r -> rows.add(row(r)));
        }
        assertEquals(List.of("Acme | is based in | France | Acme is based in France. | 98 | 122 | golden_article.txt"),
                rows);
    }

    private static String row(QuerySolution r) {
        return String.join(" | ", r.getLiteral("subject").getString(), r.getLiteral("relation").getString(),
                r.getLiteral("object").getString(), r.getLiteral("sentence").getString(),
                r.getLiteral("begin").getLexicalForm(), r.getLiteral("end").getLexicalForm(),
                r.getLiteral("source").getString());
    }
}
