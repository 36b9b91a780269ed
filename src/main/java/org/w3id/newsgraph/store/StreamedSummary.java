package org.w3id.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The entity summary of articles seen one at a time, for a writer that streams each article graph out and never
 * holds them all ({@code extract --format nquads}, a first build's {@link BulkLoad}): only the counts are kept,
 * and {@link #writeTo} gives the same summary graph as {@link EntitySummary#rebuild} over those articles.
 */
public final class StreamedSummary {
    /** Entities whose summary is made in memory at once by {@link #writeTo}: bounds its memory, not its result. */
    private final int slice;
    private final SummaryDelta delta = new SummaryDelta();
    private final RelationWeights weights = new RelationWeights();

    public StreamedSummary() {
        this(5_000);
    }

    StreamedSummary(int slice) {
        this.slice = slice;
    }

    /** Counts one article graph in (the graph is read now and not kept). */
    public void add(Node article, Graph graph) {
        DatasetGraph one = DatasetGraphFactory.create();
        one.addGraph(article, graph);
        delta.add(Contribution.read(one, article), +1);
        weights.add(RelationWeights.read(one, article), +1);
    }

    /**
     * Writes the summary graph ({@link EntitySummary#G}) of every article added, a slice of entities at a time (each
     * entity with its forms, votes and the co-mention pairs it comes first in), then the relation weights. Each
     * slice's counts are dropped once written: call once, at the end.
     */
    public void writeTo(StreamRDF out) {
        List<Node> entities = new ArrayList<>(delta.entities.keySet());
        for (int i = 0; i < entities.size(); i += slice) {
            SummaryDelta part = new SummaryDelta();
            for (Node e : entities.subList(i, Math.min(entities.size(), i + slice))) {
                part.entities.put(e, delta.entities.remove(e));
                move(delta.forms, part.forms, e);
                move(delta.classes, part.classes, e);
                move(delta.pairs, part.pairs, e);
            }
            emit(out, d -> EntitySummary.apply(d, part));
        }
        emit(out, weights::apply);
    }

    private static <V> void move(Map<Node, V> from, Map<Node, V> to, Node key) {
        V v = from.remove(key);
        if (v != null) {
            to.put(key, v);
        }
    }

    // plain hash maps, not a transactional dataset: millions of small counted changes
    private static void emit(StreamRDF out, Consumer<DatasetGraph> write) {
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        write.accept(d);
        d.find().forEachRemaining(out::quad);
    }
}
