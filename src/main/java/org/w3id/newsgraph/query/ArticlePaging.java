package org.w3id.newsgraph.query;

import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * Names the article pages a request of a list ordered by article falls on (store.ArticlePages: 1,000 articles a
 * page, in the order of their sources, which is the lists' first sort key). A page holds any number of a list's
 * rows, so the pages are counted for the request at hand, from page 0, one page and then twice as many at a time,
 * until the rows {@code offset} to {@code offset + limit} are passed: the cost follows the depth of the request,
 * as an offset's does, and no count is kept that a write could leave stale. Each count stops at the rows the
 * request still needs: a first request on a full page counts only its first {@code limit} rows. The rows are those of the list as
 * written, since the pages cut it in its own order.
 */
final class ArticlePaging {
    /** The largest number of pages counted in one query. */
    private static final long MAX_CHUNK = 32;

    private ArticlePaging() {}

    /** {@code query} reading only the pages of its rows {@code offset} to {@code offset + limit}, offset relative. */
    static Query name(Query query, long limit, long offset, PageStore store) {
        long seen = 0;         // rows on the pages before `page`
        long first = -1;       // the page of row `offset`
        long firstStart = 0;   // rows before `first`
        long last = -1;
        long page = 0;
        long chunk = 1;
        while (store.hasArticlePage(page)) {
            long need = offset + limit - seen;
            Map<Long, Long> rows = store.rowsPerPage(count(query, page, page + chunk - 1, need));
            if (rows.values().stream().mapToLong(Long::longValue).sum() >= need) {
                // the count stopped at `need` rows: the rest of the request lies on these pages, which ones is not
                // known, so all of them are read
                if (first < 0) {
                    first = page;
                    firstStart = seen;
                }
                last = page + chunk - 1;
                break;
            }
            for (long p = page; p < page + chunk; p++) { // fewer rows than needed: every count is whole
                long n = rows.getOrDefault(p, 0L);
                if (first < 0 && seen + n > offset) {
                    first = p;
                    firstStart = seen;
                }
                seen += n;
                last = p;
            }
            page += chunk;
            chunk = Math.min(chunk * 2, MAX_CHUNK);
        }
        if (first < 0) { // the offset is past the last row: no page, no row
            return PageNaming.none(query);
        }
        Query named = PageNaming.pages(query, first, last);
        named.setLimit(limit);
        named.setOffset(offset - firstStart);
        return named;
    }

    /**
     * {@code SELECT ?page (COUNT(*) AS ?n) { { the query on pages from..to, unordered, LIMIT cap } } GROUP BY ?page}:
     * its rows as the list would give them (DISTINCT kept), counted per page, at most {@code cap} in all, so that
     * counting stops as soon as the request's rows are known to be there.
     */
    static Query count(Query query, long from, long to, long cap) {
        Query inner = PageNaming.pages(query, from, to);
        if (inner.getOrderBy() != null) {
            inner.getOrderBy().clear();
        }
        inner.setLimit(cap);
        inner.setOffset(Query.NOLIMIT);
        if (!inner.isQueryResultStar() && !inner.getProjectVars().contains(PageNaming.PAGE)) {
            inner.addResultVar(PageNaming.PAGE);
        }
        Query count = QueryFactory.create("SELECT ?page (COUNT(*) AS ?n) { } GROUP BY ?page");
        // the prefixes go to the outer query: a sub-query's own print inside its braces, which no server parses
        // (query --url sends this text); a new mapping, as the inner one may be the prepared query's own
        count.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(inner.getPrefixMapping()));
        inner.setPrefixMapping(PrefixMapping.Factory.create());
        ElementGroup body = new ElementGroup();
        body.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(body);
        return count;
    }
}
