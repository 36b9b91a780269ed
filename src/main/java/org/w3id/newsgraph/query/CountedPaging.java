package org.w3id.newsgraph.query;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.aggregate.AggMin;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.w3id.newsgraph.rdf.NG;

/**
 * Names the pages a request of a list falls on when a page holds any number of the list's rows: the lists ordered
 * by article (store.ArticlePages: 1,000 articles a page, in the order of their sources, the lists' first sort key),
 * and the lists sparse on the entity pages (store.ListPages: an entity list's rows in name order, of which
 * {@code aliases}, {@code offices} by country and {@code quote-mentions} by speaker hold some entities only). The
 * pages are counted for the request at hand, from page 0, one page and then twice as many at a time (or as many as
 * the rows per page so far say are needed, at most 32), until the rows
 * {@code offset} to {@code offset + limit} are passed: the cost follows the depth of the request, as an offset's
 * does, and no count is kept that a write could leave stale. Each count stops at the rows the request still needs:
 * a first request on a full page counts only its first {@code limit} rows. The rows are those of the list as
 * written, since the pages cut it in its own order.
 *
 * <p>The entity pages are ordered by label, class, IRI; a list ordered by label then IRI or another key is cut
 * in its own order only where no label crosses the cut, so the named pages grow by one while a label crosses
 * their first or last cut ({@link PageStore#labelCrosses}).
 */
final class CountedPaging {
    /** The largest number of pages counted in one query. */
    private static final long MAX_CHUNK = 32;

    private CountedPaging() {}

    /**
     * {@code query} reading only the pages of {@code pages} (its page pattern's property) of its rows
     * {@code offset} to {@code offset + limit}, offset relative.
     */
    static Query name(Query query, Node pages, long limit, long offset, PageStore store) {
        Map<Long, Long> whole = new HashMap<>(); // pages counted whole
        long seen = 0;         // rows on the pages before `page`
        long first = -1;       // the page of row `offset`
        long firstStart = 0;   // rows before `first`
        long last = -1;
        long page = 0;
        long chunk = 1;
        while (store.hasPage(pages, page)) {
            long need = offset + limit - seen;
            Map<Long, Long> rows = store.rowsPerPage(count(query, page, page + chunk - 1, need));
            if (rows.values().stream().mapToLong(Long::longValue).sum() >= need) {
                // the count stopped at `need` rows: the rest of the request lies on these pages, which ones is not
                // known, so all of them are read (the common first request reads page 0 once to count and once)
                if (first < 0) {
                    first = page;
                    firstStart = seen;
                }
                last = page + chunk - 1;
                break;
            }
            for (long p = page; p < page + chunk; p++) { // fewer rows than needed: every count is whole
                long n = rows.getOrDefault(p, 0L);
                whole.put(p, n);
                if (first < 0 && seen + n > offset) {
                    first = p;
                    firstStart = seen;
                }
                seen += n;
                last = p;
            }
            page += chunk;
            // twice as many pages, or as many as the rows per page so far say the request still needs (a list
            // with a few rows a page, such as `offices`, would otherwise count five times for its first request)
            long needed = seen > 0 ? (offset + limit - seen) * page / seen + 1 : 0;
            chunk = Math.min(Math.max(chunk * 2, needed), MAX_CHUNK);
        }
        if (first < 0) { // the offset is past the last row: no page, no row
            return PageNaming.none(query);
        }
        if (NG.listPage.equals(pages)) {
            while (first > 0 && store.labelCrosses(first)) { // the pages before `first` were counted whole
                first--;
                firstStart -= whole.getOrDefault(first, 0L);
            }
            while (store.labelCrosses(last + 1)) {
                last++;
            }
        }
        Query named = PageNaming.pages(query, first, last);
        named.setLimit(limit);
        named.setOffset(offset - firstStart);
        return named;
    }

    /**
     * {@code SELECT ?page (COUNT(*) AS ?n) { { the query on pages from..to, unordered, LIMIT cap } } GROUP BY ?page}:
     * its rows as the list would give them (DISTINCT kept), counted per page, at most {@code cap} in all, so that
     * counting stops as soon as the request's rows are known to be there. A grouped list's row counts on the first
     * page of its group ({@code MIN(?page)}): a group of one name may gather entities of two pages.
     */
    static Query count(Query query, long from, long to, long cap) {
        Query inner = PageNaming.pages(query, from, to);
        if (inner.hasGroupBy()) { // parsed again, so that a new aggregate takes a name its others do not have
            inner = QueryFactory.create(inner.toString());
        }
        if (inner.getOrderBy() != null) {
            inner.getOrderBy().clear();
        }
        inner.setLimit(cap);
        inner.setOffset(Query.NOLIMIT);
        if (inner.hasGroupBy()) {
            Expr min = inner.allocAggregate(new AggMin(new ExprVar(PageNaming.PAGE)));
            inner.addResultVar(PageNaming.PAGE, min);
        } else if (!inner.isQueryResultStar() && !inner.getProjectVars().contains(PageNaming.PAGE)) {
            inner.addResultVar(PageNaming.PAGE);
        }
        Query count = QueryFactory.create("SELECT ?page (COUNT(*) AS ?n) { } GROUP BY ?page");
        ElementGroup body = new ElementGroup();
        body.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(body);
        return count;
    }
}
