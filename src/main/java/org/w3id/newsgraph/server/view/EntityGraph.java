package org.w3id.newsgraph.server.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.rdf.Prefixes;
import org.w3id.newsgraph.server.view.ViewQueries.Call;

/**
 * The three things the view asks for, each answered with only what it will draw: the most-mentioned entities
 * and the links among them ({@link #top}), one entity's neighbourhood ({@link #neighbours}), and entities by
 * name ({@link #search}). Every query has a {@code LIMIT}, so an answer stays small whatever the store's size.
 */
final class EntityGraph {
    static final String ENTITY = Prefixes.NGID + "entity/";
    private static final String CO_LABEL = "named in the same articles";
    private static final int SEARCH_CANDIDATES = 200;
    /**
     * Up to this many candidate relations among the entities on screen, each is looked up by its IRI (the top 40
     * give 9,360); past it (the top 100 and more) the weights of each entity are read and filtered instead.
     */
    private static final long MAX_PROBES = 60_000;

    private final ViewQueries queries;

    EntityGraph(ViewQueries queries) {
        this.queries = queries;
    }

    /**
     * The {@code n} most-mentioned entities of the chosen types and the links among them: from the summary's
     * ranked page when it holds them ({@link RankedPage}), else by ranking every entity ({@code top.rq}).
     */
    ViewGraph top(ViewParams p) {
        Optional<List<RankedPage.Ranked>> page = RankedPage.top(queries, classes(p.types()), p.minMentions(), p.n());
        List<Node> rows = page.isPresent() ? page.get().stream().map(RankedPage.Ranked::entity).toList()
                : queries.select(new Call("top").set("class", classes(p.types()))
                        .bind("minMentions", integer(p.minMentions())).limit(p.n() + 1L))
                        .stream().map(r -> r.get("entity")).toList();
        boolean truncated = rows.size() > p.n();
        List<ViewNode> nodes = describe(rows.stream().limit(p.n()).toList());
        long maxRank = page.isPresent() ? page.get().get(p.n() - 1).rank() : -1;
        return new ViewGraph(nodes, links(nodes, p, maxRank), truncated);
    }

    /**
     * The entity {@code p.entity()} and its neighbours (depth 1) or theirs too (depth 2), strongest links first,
     * at most {@code p.limit()} entities, with the links that brought them in. Empty when there is no such entity.
     */
    Optional<ViewGraph> neighbours(ViewParams p) {
        Node focus = NodeFactory.createURI(ENTITY + p.entity());
        Set<Node> found = new LinkedHashSet<>(List.of(focus));
        List<Node> frontier = List.of(focus);
        List<ViewEdge> edges = new ArrayList<>();
        boolean truncated = false;
        for (int d = 0; d < p.depth() && !frontier.isEmpty(); d++) {
            List<Node> from = frontier;
            List<Node> props = properties(p.relTypes());
            List<ViewEdge> step = new ArrayList<>(
                    queries.read(data -> FocusRelations.of(data, from, props, p.minWeight())));
            if (p.coMentions()) {
                queries.select(new Call("comentions").set("subject", frontier)
                        .bind("minWeight", integer(p.minWeight())))
                        .forEach(r -> step.add(coMention(r.get("subject"), r.get("object"), weight(r))));
            }
            step.sort(Comparator.comparingLong(ViewEdge::weight).reversed());
            List<Node> next = new ArrayList<>();
            for (ViewEdge e : step) {
                for (String end : List.of(e.source(), e.target())) {
                    Node n = NodeFactory.createURI(ENTITY + end);
                    if (!found.contains(n)) {
                        if (found.size() >= p.limit()) {
                            truncated = true;
                        } else {
                            found.add(n);
                            next.add(n);
                        }
                    }
                }
            }
            edges.addAll(step);
            frontier = next;
        }
        List<ViewNode> described = describe(new ArrayList<>(found));
        if (described.stream().noneMatch(n -> n.key().equals(p.entity()))) {
            return Optional.empty();
        }
        Set<String> types = new LinkedHashSet<>();
        p.types().forEach(t -> types.add(t.localName()));
        List<ViewNode> nodes = described.stream().filter(n -> n.key().equals(p.entity())
                || (types.contains(n.type()) && n.mentions() >= p.minMentions())).toList();
        Set<String> keys = new LinkedHashSet<>();
        nodes.forEach(n -> keys.add(n.key()));
        List<ViewEdge> kept = edges.stream().filter(e -> keys.contains(e.source()) && keys.contains(e.target()))
                .distinct().toList();
        return Optional.of(new ViewGraph(nodes, kept, truncated));
    }

    /** At most {@code p.n()} entities whose name or other name contains {@code p.q()}: exact, prefix, rest. */
    ViewGraph search(ViewParams p) {
        List<Node> hits = queries.select(new Call("search").set("class", classes(p.types()))
                .bind("q", NodeFactory.createLiteralString(p.q())).limit(SEARCH_CANDIDATES))
                .stream().map(r -> r.get("entity")).toList();
        String q = p.q();
        Comparator<ViewNode> rank = Comparator.<ViewNode>comparingInt(n -> {
            String l = n.label().toLowerCase(java.util.Locale.ROOT);
            return l.equals(q) ? 0 : l.startsWith(q) || l.contains(" " + q) ? 1 : 2;
        }).thenComparing(Comparator.comparingLong(ViewNode::mentions).reversed()).thenComparing(ViewNode::label);
        List<ViewNode> nodes = describe(hits).stream().sorted(rank).toList();
        return new ViewGraph(nodes.stream().limit(p.n()).toList(), List.of(),
                nodes.size() > p.n() || hits.size() >= SEARCH_CANDIDATES);
    }

    static ViewEdge relation(Map<String, Node> row) {
        RelationType t = relationType(row.get("property"));
        return new ViewEdge(key(row.get("subject")), key(row.get("object")), t.localName(), t.label(), weight(row));
    }

    /** A co-mention, its ends in a fixed order so that the pair is one edge whichever end was asked about. */
    private static ViewEdge coMention(Node a, Node b, long weight) {
        String ka = key(a);
        String kb = key(b);
        return ka.compareTo(kb) < 0 ? new ViewEdge(ka, kb, ViewEdge.CO_MENTION, CO_LABEL, weight)
                : new ViewEdge(kb, ka, ViewEdge.CO_MENTION, CO_LABEL, weight);
    }

    /**
     * Relations (and, when asked, co-mentions) between the given entities, strongest first; {@code maxRank} is
     * the largest rank among them when they all stand on the ranked page, else -1.
     */
    private List<ViewEdge> links(List<ViewNode> nodes, ViewParams p, long maxRank) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        List<Node> set = nodes.stream().map(n -> NodeFactory.createURI(n.iri())).toList();
        List<ViewEdge> edges = new ArrayList<>(relations(set, properties(p.relTypes()), p.minWeight(), maxRank));
        if (p.coMentions()) {
            // one summary look-up per pair on screen (their IRIs are known), not a scan of every pair of each
            List<Node> pairs = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) {
                for (int j = i + 1; j < set.size(); j++) {
                    pairs.add(Ids.coMention(set.get(i), set.get(j)));
                }
            }
            queries.select(new Call("comentions-among").set("pair", pairs).bind("minWeight", integer(p.minWeight())))
                    .forEach(r -> edges.add(coMention(r.get("subject"), r.get("object"), weight(r))));
        }
        return edges;
    }

    /** The strongest relations among {@code set}: by rank when it can, else by candidate or by entity. */
    private List<ViewEdge> relations(List<Node> set, List<Node> props, long minWeight, long maxRank) {
        if (maxRank >= 0) {
            Optional<List<ViewEdge>> ranked = RankedPage.relations(queries, set, props, minWeight, maxRank);
            if (ranked.isPresent()) {
                return ranked.get();
            }
        }
        return (long) set.size() * set.size() * props.size() <= MAX_PROBES
                ? RelationProbes.among(queries, set, props, integer(minWeight))
                : queries.select(new Call("relations-among").set("subject", set).set("object", set)
                        .set("property", props).bind("minWeight", integer(minWeight)))
                        .stream().map(EntityGraph::relation).toList();
    }

    /** Name, type and mentions of each entity, in the order given; entities without a name are left out. */
    private List<ViewNode> describe(List<Node> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Node, Long> mentions = new LinkedHashMap<>();
        queries.select(new Call("mentions").set("entity", entities).limit(entities.size()))
                .forEach(r -> mentions.put(r.get("entity"), count(r.get("mentions"))));
        Map<Node, ViewNode> byNode = new LinkedHashMap<>();
        for (Map<String, Node> r : queries.select(new Call("labels").set("entity", entities).limit(entities.size()))) {
            Node e = r.get("entity");
            EntityType type = mostSpecific(r.get("classes").getLiteralLexicalForm());
            if (type != null && e.getURI().startsWith(ENTITY)) {
                byNode.put(e, new ViewNode(key(e), e.getURI(), r.get("name").getLiteralLexicalForm(),
                        type.localName(), type.coarse().localName(), mentions.getOrDefault(e, 0L)));
            }
        }
        return entities.stream().map(byNode::get).filter(n -> n != null).toList();
    }

    /** The narrowest entity class among the ng: classes given (Company over Organization). */
    static EntityType mostSpecific(String classes) {
        EntityType best = null;
        for (String c : classes.split(" ")) {
            for (EntityType t : EntityType.values()) {
                if (t.localName().equals(c) && (best == null || best == t.coarse())) {
                    best = t;
                }
            }
        }
        return best;
    }

    private static List<Node> classes(Set<EntityType> types) {
        return types.stream().map(NG::entityClass).toList();
    }

    private static List<Node> properties(Set<RelationType> types) {
        return types.stream().map(NG::relation).toList();
    }

    static RelationType relationType(Node property) {
        for (RelationType t : RelationType.values()) {
            if (NG.relation(t).equals(property)) {
                return t;
            }
        }
        throw new IllegalStateException("not a relation property: " + property);
    }

    static String key(Node entity) {
        return entity.getURI().substring(ENTITY.length());
    }

    private static Node integer(long n) {
        return NodeFactoryExtra.intToNode(n);
    }

    private static long weight(Map<String, Node> row) {
        return count(row.get("weight"));
    }

    private static long count(Node n) {
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }
}
