package org.w3id.newsgraph.query;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;

/**
 * The paging parameters of a prepared query, {@code limit} and {@code offset}: SPARQL cannot take a variable in
 * {@code LIMIT} or {@code OFFSET}, so the runner checks the value is a whole number and sets it on the parsed
 * query (never text spliced into it). A query declares them in its header like any parameter, with defaults.
 *
 * <p><b>Pages.</b> A list query whose rows are kept in pages at build time (store.ListPages: 1,000 rows a page,
 * in the query's own order) holds {@code VALUES ?page { UNDEF }} and an optional page pattern: as written it reads
 * every row, right on any store. When the store's pages are current, the runner names the pages the requested rows
 * fall on ({@link PageNaming}) and makes the offset relative to the first of them, so the store reads those pages
 * only; the rows are the same, since the pages cut the list in the query's own order. A header line
 * {@code # paged-rows: N} says only the first N rows have pages (the co-mention list); a request past them, or
 * over more than ten pages, or while the pages are not current (a build or an update under way), runs as written.
 * The lists ordered by article first are paged by article ({@link ArticlePaging}).
 */
final class Paging {
    static final String LIMIT = "limit";
    static final String OFFSET = "offset";
    /** Entities per page: store.ListPages.SIZE (a test checks they agree). */
    static final int PAGE_SIZE = 1000;
    /** A request spanning more pages than this reads the whole list instead of naming each page. */
    private static final int MAX_PAGES = 10;
    private static final Pattern PAGED_ROWS = Pattern.compile("(?m)^#\\h*+paged-rows:\\h*+(\\d{1,15})\\h*+$");

    private Paging() {}

    /**
     * Sets the declared paging parameters of {@code q} (given values, else defaults) on {@code query}, and names
     * the pages they fall on when {@code query} is paged and {@code current} says the store's pages are current.
     *
     * @return {@code query}, or a copy that names its pages
     */
    static Query apply(PreparedQuery q, Map<String, String> params, Query query, PageStore store) {
        long[] limitOffset = set(q, params, query);
        long limit = limitOffset[0];
        long offset = limitOffset[1];
        if (!PageNaming.paged(query) || limit < 0) {
            return query;
        }
        if (PageNaming.byArticle(query)) {
            return store.articlesCurrent() ? ArticlePaging.name(query, limit, offset, store) : query;
        }
        if (!store.current()) {
            return query; // as written, the text reads every row: right on any store, only slower
        }
        long first = offset / PAGE_SIZE;
        long last = (offset + limit - 1) / PAGE_SIZE;
        long pagedRows = pagedRows(q);
        if (last - first >= MAX_PAGES || offset + limit > pagedRows) {
            return query;
        }
        Query named = PageNaming.pages(query, first, last);
        named.setLimit(limit);
        named.setOffset(offset - first * PAGE_SIZE);
        return named;
    }

    /**
     * A first request ({@code offset} 0, the usual one) of a list ordered by article, with its {@code LIMIT} set:
     * the runner reads it page by page from page 0 ({@link PageNaming#pages}, one page, then twice as many at a
     * time), each read with the rows still wanted as its {@code LIMIT}, and stops when it has them. The pages cut
     * the list in its own order, so the rows read are the list's first rows; nothing is counted and no page is read
     * twice. Empty when the request is not such a first request, or the article pages are not current.
     */
    static Optional<Query> firstArticleRows(PreparedQuery q, Map<String, String> params, Query query, PageStore store,
                                            long maxRows) {
        long[] limitOffset = set(q, params, query);
        long limit = limitOffset[0];
        if (limit < 1 || limit > maxRows || limitOffset[1] != 0 || !query.isSelectType() || !PageNaming.paged(query)
                || !PageNaming.byArticle(query) || !store.articlesCurrent()) {
            return Optional.empty();
        }
        return Optional.of(query);
    }

    /** Sets the declared paging parameters (given values, else defaults) on {@code query}: {limit or -1, offset}. */
    private static long[] set(PreparedQuery q, Map<String, String> params, Query query) {
        long limit = -1;
        long offset = 0;
        for (Param p : q.params()) {
            if (!p.paging()) {
                continue;
            }
            String value = params.containsKey(p.name()) ? params.get(p.name()) : p.defaultValue().orElse(null);
            if (value == null) {
                continue;
            }
            long n = number(p.name(), value);
            if (p.name().equals(LIMIT)) {
                query.setLimit(n);
                limit = n;
            } else {
                query.setOffset(n);
                offset = n;
            }
        }
        return new long[] {limit, offset};
    }

    /** How many of the list's first rows have pages: the header's {@code # paged-rows: N}, else all of them. */
    static long pagedRows(PreparedQuery q) {
        Matcher m = PAGED_ROWS.matcher(q.sparql());
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    private static long number(String name, String value) {
        String v = value.strip();
        long n;
        try {
            n = v.matches("\\d{1,15}") ? Long.parseLong(v) : -1;
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || name.equals(LIMIT) && n == 0) {
            throw new ParamException("parameter '" + name + "' must be a whole number"
                    + (name.equals(LIMIT) ? " of at least 1" : " of at least 0") + ", not '" + value + "'");
        }
        return n;
    }
}
