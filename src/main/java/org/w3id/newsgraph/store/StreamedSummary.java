package org.w3id.newsgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The entity summary of articles seen one at a time, for a writer that streams each article graph out and never
 * holds them all ({@code extract --format nquads} on an archive): only the counts are kept, and {@link #graph()}
 * gives the same summary graph as {@link EntitySummary#rebuild} over a dataset of those articles.
 */
public final class StreamedSummary {
    private final SummaryDelta delta = new SummaryDelta();
    private final RelationWeights weights = new RelationWeights();

    /** Counts one article graph in (the graph is read now and not kept). */
    public void add(Node article, Graph graph) {
        DatasetGraph one = DatasetGraphFactory.create();
        one.addGraph(article, graph);
        delta.add(Contribution.read(one, article), +1);
        weights.add(RelationWeights.read(one, article), +1);
    }

    /** A dataset holding the summary graph ({@link EntitySummary#G}) of every article added: call once, at the end. */
    public DatasetGraph graph() {
        DatasetGraph out = DatasetGraphFactory.createGeneral(); // plain hash maps: millions of small counted changes
        EntitySummary.apply(out, delta);
        weights.apply(out);
        return out;
    }
}
