package org.w3id.newsgraph.query;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/** What {@link Paging} asks the store (or the endpoint) a query goes to before it names pages. */
interface PageStore {
    /** Whether the entity pages are current (store.ListPages: the summary's {@code ng:listsPaged true}). */
    boolean current();

    /** Whether the article pages are current too: the mark, and page 0 held by an article (store.ArticlePages). */
    boolean articlesCurrent();

    /** Whether something stands on {@code page} of the page property {@code pages} (ng:articlePage, ng:listPage). */
    boolean hasPage(Node pages, long page);

    /**
     * Whether an entity of {@code page - 1} and one of {@code page} of the entity list share a label: the list
     * orders by label, class, IRI, a list of its entities by label then IRI, so such a label may cross the cut.
     */
    boolean labelCrosses(long page);

    /** The rows of a count query made by {@link CountedPaging}: page number to its number of rows. */
    Map<Long, Long> rowsPerPage(Query count);
}
