package org.w3id.newsgraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Keeps one article per source in a {@link NewsStore}. An article's IRI ends with its content hash, so an edited
 * file is a new article; its old version is found by its {@code dcterms:source} (the file's path relative to the
 * folder given) and deleted in the same write transaction as the new one is stored, so the store never shows both
 * and never neither.
 */
public final class ArticleVersions {
    private ArticleVersions() {}

    /**
     * In one write transaction: replaces the graph {@code article} by {@code g} (as
     * {@link NewsStore#replaceArticle}) and deletes the other articles whose {@code dcterms:source} is
     * {@code source}, except those in {@code keep} (the articles a build has stored already, so two folders of one
     * name in one build stay two articles).
     *
     * @return the article graphs deleted
     */
    public static List<Node> replace(NewsStore store, Node article, Graph g, String source, Set<Node> keep) {
        NewsStore.requireGraphName(article);
        if (article.equals(NewsStore.ONTOLOGY_GRAPH)) {
            throw new IllegalArgumentException("an article cannot use the ontology graph name " + article);
        }
        List<Triple> triples = NewsStore.copyChecked(g);
        List<Node> retired = new ArrayList<>();
        store.write("storing graph " + article.getURI(), d -> {
            retired.addAll(retire(d, source, keep, article));
            d.deleteAny(article, Node.ANY, Node.ANY, Node.ANY);
            for (Triple t : triples) {
                d.add(article, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        return retired;
    }

    /**
     * Deletes, in one write transaction, the articles whose {@code dcterms:source} is {@code source}, except those
     * in {@code keep}: the file now holds the text of an article stored under another source.
     *
     * @return the article graphs deleted
     */
    public static List<Node> retire(NewsStore store, String source, Set<Node> keep) {
        List<Node> retired = new ArrayList<>();
        store.write("retiring the old versions of " + source, d -> retired.addAll(retire(d, source, keep, null)));
        return retired;
    }

    private static List<Node> retire(DatasetGraph d, String source, Set<Node> keep, Node except) {
        List<Node> old = new ArrayList<>();
        Iterator<Quad> it = d.find(Node.ANY, Node.ANY, DCTerms.source.asNode(), NodeFactory.createLiteralString(source));
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node graph = q.getGraph();
                // the article node names its own graph; a source mentioned inside another graph is not a version
                if (graph.equals(q.getSubject()) && !graph.equals(except) && !keep.contains(graph)
                        && !old.contains(graph)) {
                    old.add(graph);
                }
            }
        } finally {
            Iter.close(it);
        }
        old.forEach(graph -> d.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY));
        return old;
    }
}
