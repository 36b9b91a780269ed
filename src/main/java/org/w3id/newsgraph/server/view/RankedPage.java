package org.w3id.newsgraph.server.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.newsgraph.server.view.ViewQueries.Call;

/**
 * What the view reads from the entity summary's ranked page (store.RankPages: the 1,000 entities with the most
 * mentions carry their place, and every relation weight between two of them the larger of their two places):
 * the first screen's entities, read from those 1,000 instead of ranking every entity, and the relations among
 * them, read by rank ({@link SummaryRelations#ranked}) instead of looking up every (subject, property, object) the
 * screen could show (40,560 for the top 40, {@link RelationProbes}). Each answer is empty when the page cannot give it (pages not current, or
 * too few of the ranked entities pass the filters), and the caller then asks the store as before.
 */
final class RankedPage {
    private RankedPage() {}

    /** One entity of the page: its IRI, mentions and place. */
    record Ranked(Node entity, Node mentions, long rank) {}

    /**
     * The first {@code n + 1} ranked entities of the given classes with at least {@code minMentions} mentions, in
     * rank order (the one past {@code n} says more exist); empty unless the page holds that many of them.
     */
    static Optional<List<Ranked>> top(ViewQueries queries, Collection<Node> classes, long minMentions, int n) {
        Set<Node> wanted = new HashSet<>(classes);
        Map<Node, Ranked> kept = new LinkedHashMap<>(); // an entity of two wanted classes is one row, as in top.rq
        for (Map<String, Node> r : queries.select(new Call("top-ranked"))) {
            long mentions = number(r.get("mentions"));
            if (wanted.contains(r.get("class")) && mentions >= minMentions) {
                kept.putIfAbsent(r.get("entity"), new Ranked(r.get("entity"), r.get("mentions"),
                        number(r.get("rank"))));
            }
        }
        List<Ranked> ranked = new ArrayList<>(kept.values());
        ranked.sort(Comparator.comparingLong(Ranked::rank));
        return ranked.size() > n ? Optional.of(List.copyOf(ranked.subList(0, n + 1))) : Optional.empty();
    }

    /**
     * The strongest relations among {@code set} (entities ranked at most {@code maxRank}) of the given properties
     * with at least {@code minWeight}, as {@link RelationProbes#among} gives them; empty when the ranks are not
     * current.
     */
    static Optional<List<ViewEdge>> relations(ViewQueries queries, List<Node> set, List<Node> properties,
            long minWeight, long maxRank) {
        Set<Node> among = new HashSet<>(set);
        Set<Node> props = new HashSet<>(properties);
        return queries.read(d -> SummaryRelations.ranked(d, maxRank, among, props, minWeight));
    }

    private static long number(Node n) {
        return n != null && n.isLiteral() && n.getLiteralValue() instanceof Number x ? x.longValue() : -1;
    }
}
