package org.w3id.newsgraph.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.newsgraph.rdf.NG;

/**
 * Rewrites a paged list query to read only some pages. As written, a group of such a query holds
 * {@code VALUES ?page { UNDEF }} and {@code OPTIONAL { ?x ng:listPage ?page }}: every row, with its page if it has
 * one, so the text is right on any store. Named, the group starts with {@code VALUES ?page { 3 4 }} and the page
 * pattern, no longer optional: the store reads those pages' rows by index and nothing else.
 */
final class PageNaming extends ElementTransformCopyBase {
    static final Var PAGE = Var.alloc("page");

    private final long first;
    private final long last; // below first: no page at all

    private PageNaming(long first, long last) {
        this.first = first;
        this.last = last;
    }

    /** Whether {@code query} has a group with {@code VALUES ?page} (a paged list). */
    static boolean paged(Query query) {
        boolean[] found = {false};
        QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                found[0] |= isPageValues(data);
                return data;
            }
        });
        return found[0];
    }

    /** Whether the page pattern of {@code query} is an article's ({@code ?doc ng:articlePage ?page}). */
    static boolean byArticle(Query query) {
        boolean[] found = {false};
        QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementOptional opt, Element inner) {
                TriplePath t = pagePattern(opt);
                found[0] |= t != null && NG.articlePage.equals(t.getPredicate());
                return super.transform(opt, inner);
            }
        });
        return found[0];
    }

    /** {@code query} reading no page: no row. */
    static Query none(Query query) {
        return QueryTransformOps.transform(query, new PageNaming(0, -1));
    }

    /** {@code query} reading only the pages {@code first..last}. */
    static Query pages(Query query, long first, long last) {
        return QueryTransformOps.transform(query, new PageNaming(first, last));
    }

    @Override
    public Element transform(ElementGroup group, List<Element> members) {
        int values = -1;
        int optional = -1;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) instanceof ElementData d && isPageValues(d)) {
                values = i;
            } else if (pagePattern(members.get(i)) != null) {
                optional = i;
            }
        }
        if (values < 0 || optional < 0) {
            return super.transform(group, members);
        }
        ElementGroup out = new ElementGroup();
        out.addElement(named());
        ElementPathBlock page = new ElementPathBlock();
        page.addTriplePath(pagePattern(members.get(optional)));
        out.addElement(page); // first, so that the pages are read before anything else of the group
        for (int i = 0; i < members.size(); i++) {
            if (i != values && i != optional) {
                out.addElement(members.get(i));
            }
        }
        return out;
    }

    private ElementData named() {
        ElementData out = new ElementData();
        out.add(PAGE);
        for (long p = first; p <= last; p++) {
            out.add(Binding.builder().add(PAGE, NodeFactory.createLiteralDT(Long.toString(p), XSDDatatype.XSDinteger))
                    .build());
        }
        return out;
    }

    private static boolean isPageValues(ElementData data) {
        return data.getVars().equals(List.of(PAGE));
    }

    /** The one triple {@code ?x P ?page} of {@code OPTIONAL { ?x P ?page }}, else null. */
    private static TriplePath pagePattern(Element e) {
        if (!(e instanceof ElementOptional opt)) {
            return null;
        }
        Element inner = opt.getOptionalElement();
        if (inner instanceof ElementGroup g && g.size() == 1) {
            inner = g.get(0);
        }
        if (!(inner instanceof ElementPathBlock block)) {
            return null;
        }
        List<TriplePath> paths = new ArrayList<>();
        block.patternElts().forEachRemaining(paths::add);
        return paths.size() == 1 && PAGE.equals(paths.get(0).getObject()) ? paths.get(0) : null;
    }
}
