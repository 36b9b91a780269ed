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
 * and {@link #writeTo} gives the same summary graph as {@link EntitySummary#rebuild} over those articles. The
 * co-mention pairs, which outgrow a heap, are counted on disk ({@link PairCounts}).
 */
public final class StreamedSummary {
    /** Entities whose summary is made in memory at once by {@link #writeTo}: bounds its memory, not its result. */
    private final int slice;
    private final SummaryDelta delta = new SummaryDelta();
    private final RelationWeights weights = new RelationWeights();
    private final PairCounts pairs;

    public StreamedSummary() {
        this(5_000, 4 << 20);
    }

    /** @param pairChunk pairs held in memory before they go to a temporary file */
    StreamedSummary(int slice, int pairChunk) {
        this.slice = slice;
        this.pairs = new PairCounts(pairChunk);
    }

    /** Counts one article graph in (the graph is read now and not kept). */
    public void add(Node article, Graph graph) {
        DatasetGraph one = DatasetGraphFactory.create();
        one.addGraph(article, graph);
        Contribution c = Contribution.read(one, article);
        delta.add(c, +1, false);
        pairs.add(new ArrayList<>(c.entities().keySet())); // sorted by IRI, as the summary's pairs
        weights.add(RelationWeights.read(one, article), +1);
    }

    /**
     * Writes the summary graph ({@link EntitySummary#G}) of every article added, a slice of entities at a time (each
     * entity with its forms and votes), then the co-mention pairs a slice at a time, then the relation weights.
     * Each slice's counts are dropped once written: call once, at the end.
     */
    public void writeTo(StreamRDF out) {
        List<Node> entities = new ArrayList<>(delta.entities.keySet());
        for (int i = 0; i < entities.size(); i += slice) {
            SummaryDelta part = new SummaryDelta();
            for (Node e : entities.subList(i, Math.min(entities.size(), i + slice))) {
                part.entities.put(e, delta.entities.remove(e));
                move(delta.forms, part.forms, e);
                move(delta.classes, part.classes, e);
            }
            emit(out, d -> EntitySummary.apply(d, part));
        }
        SummaryDelta[] part = {new SummaryDelta()};
        int[] held = {0};
        pairs.forEach((first, second, n) -> {
            part[0].pairs.computeIfAbsent(first, k -> new java.util.TreeMap<>(NodeOrder.IRI)).put(second, new long[] {n});
            if (++held[0] == slice * 10) {
                SummaryDelta full = part[0];
                emit(out, d -> EntitySummary.apply(d, full));
                part[0] = new SummaryDelta();
                held[0] = 0;
            }
        });
        SummaryDelta last = part[0];
        emit(out, d -> EntitySummary.apply(d, last));
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
