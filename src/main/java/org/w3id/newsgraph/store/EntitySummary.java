package org.w3id.newsgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;

/**
 * The store-level entity summary in the named graph {@link Ids#ENTITIES_GRAPH}, kept in step with the article
 * graphs inside the same write transaction as each article change:
 * <pre>
 * E rdfs:label "Telefónica Deutschland" ; skos:altLabel "Telefonica Deutschland" ;
 *   ng:mentionCount 12 ; ng:articleCount 4 ; ng:writtenForm F1 , F2 ; a ng:Company ; ng:typeVote V .
 * F1 a ng:WrittenForm ; ng:form "Telefónica Deutschland" ; ng:nameCount 3 ; ng:articleCount 3 .
 * P a ng:CoMention ; ng:coMentionOf E , E2 ; ng:articleCount 2 .
 * W a ng:RelationWeight ; ng:relationSubject E ; ng:relationProperty ng:worksWith ; ng:relationObject E2 ;
 *   ng:articleCount 1 .
 * </pre>
 * The label is the form the most articles give as the entity's name (accents kept); ties go to the form more
 * articles use at all, then to the first in code-point order. Every other form is an {@code skos:altLabel}. The
 * counts on the forms are what lets an article be subtracted again. The one type and its votes are
 * {@link TypeVotes}'.
 *
 * <p>Changes are deltas ({@link SummaryDelta}): what the changed articles contributed before is subtracted and
 * what they contribute now added, so the cost of a write grows with the article, not with the store.
 * {@link #rebuild} computes the same graph from scratch.
 */
public final class EntitySummary {
    static final Node G = Ids.ENTITIES_GRAPH;
    private static final Node TYPE = RDF.Nodes.type;
    private static final Node LABEL = RDFS.Nodes.label;
    private static final Node ALT = SKOS.altLabel.asNode();
    /** How many articles {@link #rebuild} sums before it writes, to bound its memory. */
    private static final int REBUILD_BATCH = 500;

    private EntitySummary() {}

    /**
     * The articles about to change, with what they contribute now: take it inside the write transaction before
     * changing them, then call {@link Pending#apply()} after, in the same transaction.
     */
    public static Pending before(DatasetGraph d, Collection<Node> articles) {
        Map<Node, Contribution> old = new LinkedHashMap<>();
        for (Node a : articles) {
            if (isArticleGraph(a)) {
                old.putIfAbsent(a, Contribution.read(d, a));
            }
        }
        return new Pending(d, old);
    }

    /** Articles whose old contribution is known; {@link #apply()} adds the new one and writes the delta. */
    public static final class Pending {
        private final DatasetGraph d;
        private final Map<Node, Contribution> old;
        private final RelationWeights.Before relations;

        Pending(DatasetGraph d, Map<Node, Contribution> old) {
            this.d = d;
            this.old = old;
            this.relations = new RelationWeights.Before(d);
            old.keySet().forEach(relations::also);
        }

        /** Adds another article about to change (its current contribution is read now). */
        void also(Node article) {
            if (isArticleGraph(article) && !old.containsKey(article)) {
                old.put(article, Contribution.read(d, article));
                relations.also(article);
            }
        }

        /** Writes the summary change of every article given, as they are now. */
        public void apply() {
            SummaryDelta delta = new SummaryDelta();
            old.forEach((article, before) -> {
                delta.add(before, -1);
                delta.add(Contribution.read(d, article), +1);
            });
            EntitySummary.apply(d, delta);
            relations.apply();
        }
    }

    /**
     * Runs {@code action} (which adds or deletes article graphs of {@code d}, inside a write transaction) and
     * updates the summary for every graph it touched. The one call the store's write path makes.
     *
     * @return whether the action touched an article graph (so the summary may have changed)
     */
    public static boolean tracking(DatasetGraph d, Consumer<DatasetGraph> action) {
        Pending pending = new Pending(d, new LinkedHashMap<>());
        action.accept(new TrackedWrites(d, pending::also));
        pending.apply();
        return !pending.old.isEmpty();
    }

    /** Recomputes the whole summary from the article graphs (inside a write transaction). */
    public static void rebuild(DatasetGraph d) {
        d.deleteAny(G, Node.ANY, Node.ANY, Node.ANY);
        List<Node> articles = new ArrayList<>();
        d.listGraphNodes().forEachRemaining(g -> {
            if (isArticleGraph(g)) {
                articles.add(g);
            }
        });
        articles.sort(NodeOrder.IRI);
        for (int i = 0; i < articles.size(); i += REBUILD_BATCH) {
            SummaryDelta delta = new SummaryDelta();
            RelationWeights weights = new RelationWeights();
            articles.subList(i, Math.min(articles.size(), i + REBUILD_BATCH)).forEach(a -> {
                delta.add(Contribution.read(d, a), +1);
                weights.add(RelationWeights.read(d, a), +1);
            });
            apply(d, delta);
            weights.apply(d);
        }
        EntityIndex ix = EntityIndex.of(d);
        if (ix != null) {
            ix.rebuild(d);
        }
    }

    /** Whether a graph's changes reach the summary: every named graph but the ontology and the summary itself. */
    static boolean isArticleGraph(Node g) {
        return g != null && g.isURI() && !g.equals(G) && !g.equals(NewsStore.ONTOLOGY_GRAPH)
                && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g);
    }

    static void apply(DatasetGraph d, SummaryDelta delta) {
        delta.entities.forEach((entity, counts) -> {
            Map<String, long[]> forms = delta.forms.getOrDefault(entity, Map.of());
            Map<Node, long[]> votes = delta.classes.getOrDefault(entity, Map.of());
            if (SummaryDelta.isZero(counts) && forms.values().stream().allMatch(SummaryDelta::isZero)
                    && votes.values().stream().allMatch(SummaryDelta::isZero)) {
                return;
            }
            long articles = count(d, entity, NG.articleCount) + counts[1];
            if (articles <= 0) {
                TypeVotes.remove(d, entity);
                remove(d, entity);
                return;
            }
            setCount(d, entity, NG.mentionCount, count(d, entity, NG.mentionCount) + counts[0]);
            setCount(d, entity, NG.articleCount, articles);
            forms.forEach((text, f) -> changeForm(d, entity, text, f));
            relabel(d, entity);
            TypeVotes.change(d, entity, votes);
        });
        delta.pairs.forEach((first, row) -> row.forEach((second, n) -> {
            if (n[0] != 0) {
                changePair(d, first, second, n[0]);
            }
        }));
    }

    private static void changeForm(DatasetGraph d, Node entity, String text, long[] f) {
        if (SummaryDelta.isZero(f)) {
            return;
        }
        Node form = Ids.form(entity, text);
        long articles = changeCounted(d, entity, NG.writtenForm, form, NG.articleCount, f[1], () -> {
            d.add(G, form, TYPE, NG.WrittenForm);
            d.add(G, form, NG.form, NodeFactory.createLiteralString(text));
        });
        if (articles > 0) {
            setCount(d, form, NG.nameCount, count(d, form, NG.nameCount) + f[0]);
        }
    }

    /**
     * Adds {@code change} to the {@code counter} of a node the entity links to with {@code link}: on its first
     * count the link is made and {@code create} writes the node's other triples; when the count reaches 0 the
     * node and its link go. Returns the new count.
     */
    static long changeCounted(DatasetGraph d, Node entity, Node link, Node node, Node counter, long change,
            Runnable create) {
        long old = count(d, node, counter);
        long now = old + change;
        if (now <= 0) {
            d.deleteAny(G, node, Node.ANY, Node.ANY);
            d.delete(G, entity, link, node);
            return 0;
        }
        if (old == 0) {
            d.add(G, entity, link, node);
            create.run();
        }
        setCount(d, node, counter, now);
        return now;
    }

    /** Sets the entity's one rdfs:label (its best form) and the other forms as skos:altLabel. */
    private static void relabel(DatasetGraph d, Node entity) {
        List<String> texts = new ArrayList<>();
        String best = null;
        long bestNames = -1;
        long bestArticles = -1;
        for (Node form : objects(d, entity, NG.writtenForm)) {
            List<Node> t = objects(d, form, NG.form);
            if (t.isEmpty()) {
                continue;
            }
            String text = t.get(0).getLiteralLexicalForm();
            texts.add(text);
            long names = count(d, form, NG.nameCount);
            long articles = count(d, form, NG.articleCount);
            if (names > bestNames || names == bestNames && (articles > bestArticles
                    || articles == bestArticles && text.compareTo(best) < 0)) {
                best = text;
                bestNames = names;
                bestArticles = articles;
            }
        }
        d.deleteAny(G, entity, LABEL, Node.ANY);
        d.deleteAny(G, entity, ALT, Node.ANY);
        for (String text : texts) {
            d.add(G, entity, text.equals(best) ? LABEL : ALT, NodeFactory.createLiteralString(text));
        }
        indexed(d, entity, texts);
    }

    /** Tells the search index, if the dataset has one, the forms an entity has now. */
    private static void indexed(DatasetGraph d, Node entity, List<String> forms) {
        EntityIndex ix = EntityIndex.of(d);
        if (ix != null) {
            ix.changed(entity, forms);
        }
    }

    private static void changePair(DatasetGraph d, Node first, Node second, long change) {
        Node pair = Ids.coMention(first, second);
        List<Node> counts = objects(d, pair, NG.articleCount);
        long now = sum(counts) + change;
        if (now <= 0) {
            d.deleteAny(G, pair, Node.ANY, Node.ANY);
            return;
        }
        if (counts.isEmpty()) { // a new pair (most pairs of a new article): nothing to delete first
            d.add(G, pair, TYPE, NG.CoMention);
            d.add(G, pair, NG.coMentionOf, first);
            d.add(G, pair, NG.coMentionOf, second);
            d.add(G, pair, NG.articleCount, integer(now));
            return;
        }
        setCount(d, pair, NG.articleCount, now);
    }

    private static void remove(DatasetGraph d, Node entity) {
        for (Node form : objects(d, entity, NG.writtenForm)) {
            d.deleteAny(G, form, Node.ANY, Node.ANY);
        }
        d.deleteAny(G, entity, Node.ANY, Node.ANY);
        indexed(d, entity, List.of());
    }

    static long count(DatasetGraph d, Node subject, Node property) {
        return sum(objects(d, subject, property));
    }

    private static long sum(List<Node> values) {
        long n = 0;
        for (Node v : values) {
            if (v.isLiteral() && v.getLiteralValue() instanceof Number num) {
                n += num.longValue();
            }
        }
        return n;
    }

    static void setCount(DatasetGraph d, Node subject, Node property, long n) {
        d.deleteAny(G, subject, property, Node.ANY);
        d.add(G, subject, property, integer(n));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static List<Node> objects(DatasetGraph d, Node subject, Node property) {
        List<Node> out = new ArrayList<>(2);
        Iterator<Quad> it = d.find(G, subject, property, Node.ANY);
        try {
            it.forEachRemaining(q -> out.add(q.getObject()));
        } finally {
            Iter.close(it);
        }
        return out;
    }
}
