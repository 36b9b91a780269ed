package org.w3id.newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.rdf.NG;

/**
 * The page each entity stands on in the entity lists, kept in the entity summary so that a list query with
 * {@code LIMIT 1000} reads 1,000 entities instead of sorting all of them:
 * <pre>
 * E ng:listPage 3 ; ng:kindPage 1 .
 * </pre>
 * {@code ng:listPage} is the page in the list of every person, organisation and place; {@code ng:kindPage} the
 * page in the list of its coarse kind; the pairs of the co-mention list carry {@code ng:listPage} too
 * ({@link CoMentionPages}). Both entity lists are ordered as the prepared queries order them: by name (the
 * {@code rdfs:label}'s text), then the class's local name, then the entity IRI, each compared as Java compares
 * strings, which is how ARQ orders plain literals and IRIs. A page holds {@link #SIZE} entities, from 0.
 *
 * <p>A pass over every entity, so it runs once per build (at its end, after a bulk load) and not in each write:
 * a write that changes the summary takes back the graph's {@code ng:listsPaged true}, and until the next
 * {@link #refresh} the runner reads the lists without their pages (every entity, sorted: right but slow). Opening
 * a store whose pages are not current refreshes them, so a build stopped midway heals at the next open. Only the
 * page numbers that changed are written, so refreshing an unchanged store changes nothing but the mark. The
 * runner turns {@code limit}/{@code offset} into these pages ({@code query/Paging}).
 */
public final class ListPages {
    /** Entities per page. */
    public static final int SIZE = 1000;
    private static final Node G = EntitySummary.G;
    private static final Node CURRENT = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Node FIRST = NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger);
    private static final Map<Node, EntityType> CLASSES = new HashMap<>();

    static {
        for (EntityType t : EntityType.values()) {
            CLASSES.put(NG.entityClass(t), t);
        }
    }

    private record Row(Node entity, String name, String type, EntityType kind) {}

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::name).thenComparing(Row::type)
            .thenComparing(r -> r.entity().getURI());

    private ListPages() {}

    /** Recomputes both pages of every entity of the summary and writes the ones that changed (write transaction). */
    public static void refresh(DatasetGraph d) {
        Map<Node, String> names = new HashMap<>();
        List<Row> rows = rows(d, names);
        rows.sort(ORDER);
        Map<Node, Long> list = new HashMap<>();
        Map<Node, Long> kind = new HashMap<>();
        Map<EntityType, Long> seen = new EnumMap<>(EntityType.class);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            list.put(r.entity(), (long) (i / SIZE));
            long k = seen.merge(r.kind(), 1L, Long::sum) - 1;
            kind.put(r.entity(), k / SIZE);
        }
        // the co-mention list's pairs carry ng:listPage too: one property, written once, for both lists
        CoMentionPages.pages(d, names, list);
        write(d, NG.listPage, list);
        write(d, NG.kindPage, kind);
        ArticlePages.refresh(d);
        RankPages.refresh(d);
        d.add(G, G, NG.listsPaged, CURRENT);
    }

    /** Whether every entity, pair and article carries its current page: the summary graph says so. */
    public static boolean current(DatasetGraph d) {
        return d.contains(G, G, NG.listsPaged, CURRENT);
    }

    /** Takes back {@link #current}: a write changed the summary (write transaction). */
    static void markStale(DatasetGraph d) {
        d.delete(G, G, NG.listsPaged, CURRENT);
    }

    /**
     * Whether the summary has entities and their pages are not current, or the store has articles and none stands
     * on page 0 (a store paged before articles had pages).
     */
    static boolean stale(DatasetGraph d) {
        if (!current(d)) {
            return Iter.anyMatch(d.find(G, Node.ANY, RDFS.Nodes.label, Node.ANY), q -> true);
        }
        if (RankPages.missing(d)) { // a store paged before the view's ranks were kept
            return true;
        }
        return !d.contains(G, Node.ANY, NG.articlePage, FIRST)
                && Iter.anyMatch(d.find(Node.ANY, Node.ANY, RDF.Nodes.type, NG.NewsArticle), q -> true);
    }

    /** Every entity of the summary with a label and one entity class; every label's text into {@code names}. */
    private static List<Row> rows(DatasetGraph d, Map<Node, String> names) {
        Map<Node, Node> classes = new HashMap<>();
        for (Node cls : CLASSES.keySet()) { // one index range per class, not one lookup per entity
            Iterator<Quad> it = d.find(G, Node.ANY, RDF.Nodes.type, cls);
            try {
                it.forEachRemaining(q -> classes.putIfAbsent(q.getSubject(), cls));
            } finally {
                Iter.close(it);
            }
        }
        List<Row> out = new ArrayList<>();
        Iterator<Quad> it = d.find(G, Node.ANY, RDFS.Nodes.label, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node e = q.getSubject();
                if (!e.isURI() || !q.getObject().isLiteral()) {
                    continue;
                }
                names.put(e, q.getObject().getLiteralLexicalForm());
                Node cls = classes.get(e);
                if (cls != null) {
                    out.add(new Row(e, q.getObject().getLiteralLexicalForm(), cls.getLocalName(),
                            CLASSES.get(cls).coarse()));
                }
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }

    /** Writes {@code pages} as {@code property}, touching only the entities whose page differs. */
    static void write(DatasetGraph d, Node property, Map<Node, Long> pages) {
        List<Quad> stale = new ArrayList<>();
        Map<Node, Long> missing = new HashMap<>(pages);
        Iterator<Quad> it = d.find(G, Node.ANY, property, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Long want = pages.get(q.getSubject());
                Object have = q.getObject().isLiteral() ? q.getObject().getLiteralValue() : null;
                if (want != null && have instanceof Number n && n.longValue() == want) {
                    missing.remove(q.getSubject());
                } else {
                    stale.add(q);
                }
            }
        } finally {
            Iter.close(it);
        }
        stale.forEach(d::delete);
        missing.forEach((e, page) -> d.add(G, e, property,
                NodeFactory.createLiteralDT(Long.toString(page), XSDDatatype.XSDinteger)));
    }
}
