package org.w3id.newsgraph.query;

import java.util.Map;

import org.apache.jena.query.Query;

/** A store as {@link Paging} sees it, for tests of the entity pages alone: no article pages. */
final class EntityPagesOnly implements PageStore {
    private final boolean current;

    private EntityPagesOnly(boolean current) {
        this.current = current;
    }

    static PageStore of(boolean current) {
        return new EntityPagesOnly(current);
    }

    @Override
    public boolean current() {
        return current;
    }

    @Override
    public boolean articlesCurrent() {
        return false;
    }

    @Override
    public boolean hasArticlePage(long page) {
        return false;
    }

    @Override
    public Map<Long, Long> rowsPerPage(Query count) {
        throw new UnsupportedOperationException("no article pages here");
    }
}
