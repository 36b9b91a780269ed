package org.w3id.newsgraph.query;

import java.util.Map;

import org.apache.jena.query.Query;

/** What {@link Paging} asks the store (or the endpoint) a query goes to before it names pages. */
interface PageStore {
    /** Whether the entity pages are current (store.ListPages: the summary's {@code ng:listsPaged true}). */
    boolean current();

    /** Whether the article pages are current too: the mark, and page 0 held by an article (store.ArticlePages). */
    boolean articlesCurrent();

    /** Whether some article stands on {@code page}. */
    boolean hasArticlePage(long page);

    /** The rows of a count query made by {@link ArticlePaging}: page number to its number of rows. */
    Map<Long, Long> rowsPerPage(Query count);
}
