package org.w3id.newsgraph.store;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

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
        return store.writeArticles(List.of(ArticleWrite.store(article, g, source)), keep);
    }

    /**
     * Deletes, in one write transaction, the articles whose {@code dcterms:source} is {@code source}, except those
     * in {@code keep}: the file now holds the text of an article stored under another source.
     *
     * @return the article graphs deleted
     */
    public static List<Node> retire(NewsStore store, String source, Set<Node> keep) {
        return store.writeArticles(List.of(ArticleWrite.retire(source)), keep);
    }
}
