package org.w3id.newsgraph.store;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.rdf.Schema;

/**
 * The entities whose rows in the entity summary the store's own writes changed since {@link #reset}, so that
 * {@code build} can check the archive shapes on what it changed instead of on every entity of a large store (the
 * other entities conformed before and nothing changed them). Pages are no change: they move with every insert.
 * Past {@link #LIMIT} entities, or after a write that changed the summary wholesale, every entity counts as
 * changed. Thread-safe. (Ranks are pages too: the view's ranked page, store.RankPages.)
 */
public final class SummaryChanges {
    /** Beyond this many changed entities the set is dropped: the whole summary is checked. */
    static final int LIMIT = 200_000;
    private static final Set<Node> PAGES = Set.of(NG.listPage, NG.kindPage, NG.articlePage, NG.listsPaged,
            NG.mentionRank, NG.relationRank);

    private Set<Node> entities = new HashSet<>();
    private boolean all;

    /** Starts a new account: no entity changed yet. */
    public synchronized void reset() {
        entities = new HashSet<>();
        all = false;
    }

    /** The entities changed since {@link #reset}; empty when any entity may have changed. */
    public synchronized Optional<Set<Node>> since() {
        return all ? Optional.empty() : Optional.of(Set.copyOf(entities));
    }

    /** A view of {@code d} (in a write transaction) that notes what its writes change; {@link #committed} after. */
    Recorder watch(DatasetGraph d) {
        return new Recorder(d);
    }

    /** Counts what {@code r} saw: its transaction committed. */
    synchronized void committed(Recorder r) {
        all |= r.all;
        if (!all) {
            entities.addAll(r.seen);
            all = entities.size() > LIMIT;
        }
        if (all) {
            entities = new HashSet<>();
        }
    }

    /** The writes of one transaction. */
    static final class Recorder extends DatasetGraphWrapper {
        private final Set<Node> seen = new HashSet<>();
        private boolean all;

        Recorder(DatasetGraph d) {
            super(d);
        }

        private void note(Node g, Node s, Node p, Node o) {
            if (!EntitySummary.G.equals(g) && !Node.ANY.equals(g) && g != null) {
                if (Schema.mentions.equals(p) && o.isURI()) { // a mention without a summary row would break shapes
                    seen.add(o);
                }
                return;
            }
            if (s == null || Node.ANY.equals(s)) {
                all |= p == null || Node.ANY.equals(p) || !PAGES.contains(p);
            } else if (p == null || Node.ANY.equals(p) || !PAGES.contains(p)) {
                if (s.isURI() && s.getURI().startsWith(EntityTypeCounts.ENTITY)) {
                    seen.add(s);
                }
            }
        }

        @Override
        public void add(Quad q) {
            note(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
            super.add(q);
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            note(g, s, p, o);
            super.add(g, s, p, o);
        }

        @Override
        public void delete(Quad q) {
            note(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
            super.delete(q);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            note(g, s, p, o);
            super.delete(g, s, p, o);
        }

        @Override
        public void deleteAny(Node g, Node s, Node p, Node o) {
            note(g, s, p, o);
            super.deleteAny(g, s, p, o);
        }

        @Override
        public void removeGraph(Node g) {
            note(g, Node.ANY, Node.ANY, Node.ANY);
            super.removeGraph(g);
        }

        @Override
        public void clear() {
            all = true;
            super.clear();
        }
    }
}
