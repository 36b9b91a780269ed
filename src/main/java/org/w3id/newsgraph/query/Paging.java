package org.w3id.newsgraph.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.newsgraph.rdf.NG;

/**
 * The paging parameters of a prepared query, {@code limit} and {@code offset}: SPARQL cannot take a variable in
 * {@code LIMIT} or {@code OFFSET}, so the runner checks the value is a whole number and sets it on the parsed
 * query (never text spliced into it). A query declares them in its header like any parameter, with defaults.
 *
 * <p><b>Pages.</b> A list query whose rows are entities kept in pages at build time (store.ListPages: 1,000
 * entities a page, in the query's own order) names the page in an inline {@code VALUES ?page { UNDEF }}. Run as
 * written, it reads every page. Given a limit, the runner replaces that block by the pages the requested rows
 * fall on and makes the offset relative to the first of them, so the store reads those pages only; the rows are
 * the same, since the pages cut the list in the query's own order. While the store's pages are not current (a
 * build or an update under way: store.ListPages), the runner takes the page patterns out and the query reads
 * every entity: right, only slower.
 */
final class Paging {
    static final String LIMIT = "limit";
    static final String OFFSET = "offset";
    /** Entities per page: store.ListPages.SIZE (a test checks they agree). */
    static final int PAGE_SIZE = 1000;
    /** A request spanning more pages than this reads the whole list instead of naming each page. */
    private static final int MAX_PAGES = 10;
    private static final Var PAGE = Var.alloc("page");

    private Paging() {}

    /**
     * Sets the declared paging parameters of {@code q} (given values, else defaults) on {@code query}, and names
     * the pages they fall on when {@code query} is paged and {@code current} says the store's pages are current,
     * or takes its page patterns out when they are not.
     *
     * @return {@code query}, or a copy that names its pages
     */
    static Query apply(PreparedQuery q, Map<String, String> params, Query query, BooleanSupplier current) {
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
        if (!paged(query)) {
            return query;
        }
        if (!current.getAsBoolean()) {
            return QueryTransformOps.transform(query, new WithoutPages());
        }
        long first = offset / PAGE_SIZE;
        long last = (offset + limit - 1) / PAGE_SIZE;
        if (limit < 0 || last - first >= MAX_PAGES) {
            return query;
        }
        Query named = QueryTransformOps.transform(query, new PageValues(first, last));
        named.setLimit(limit);
        named.setOffset(offset - first * PAGE_SIZE);
        return named;
    }

    /** Whether {@code query} names its page in an inline {@code VALUES ?page} block. */
    static boolean paged(Query query) {
        boolean[] found = {false};
        QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                found[0] |= data.getVars().equals(List.of(PAGE));
                return data;
            }
        });
        return found[0];
    }

    /** Takes out every {@code VALUES ?page} block and every triple pattern whose property is a page property. */
    private static final class WithoutPages extends ElementTransformCopyBase {
        private static final Set<Node> PAGE_PROPERTIES = Set.of(NG.listPage, NG.kindPage);

        @Override
        public Element transform(ElementData data) {
            return data.getVars().equals(List.of(PAGE)) ? new ElementGroup() : data;
        }

        @Override
        public Element transform(ElementPathBlock block) {
            ElementPathBlock out = new ElementPathBlock();
            block.patternElts().forEachRemaining(tp -> {
                if (tp.getPredicate() == null || !PAGE_PROPERTIES.contains(tp.getPredicate())) { // a path has none
                    out.addTriplePath(tp);
                }
            });
            return out;
        }
    }

    /** Replaces the rows of every {@code VALUES ?page} block by the pages {@code first..last}. */
    private static final class PageValues extends ElementTransformCopyBase {
        private final long first;
        private final long last;

        PageValues(long first, long last) {
            this.first = first;
            this.last = last;
        }

        @Override
        public Element transform(ElementData data) {
            if (!data.getVars().equals(List.of(PAGE))) {
                return data;
            }
            ElementData out = new ElementData();
            out.add(PAGE);
            for (long p = first; p <= last; p++) {
                out.add(Binding.builder().add(PAGE, NodeFactory.createLiteralDT(Long.toString(p),
                        XSDDatatype.XSDinteger)).build());
            }
            return out;
        }
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
