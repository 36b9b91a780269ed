package org.w3id.newsgraph.query;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;

/**
 * A {@link PageStore} that asks where the runner's queries go (the store, or a server's endpoint), each question in
 * its own execution; the list's own parameters are bound into the count queries too.
 */
final class RunnerPages implements PageStore {
    private static final String G = "<" + Ids.ENTITIES_GRAPH.getURI() + ">";
    private static final Query CURRENT = QueryFactory.create("ASK { GRAPH " + G + " { " + G + " <"
            + NG.listsPaged.getURI() + "> true } }");
    private static final Query ARTICLES_CURRENT = QueryFactory.create("ASK { GRAPH " + G + " { " + G + " <"
            + NG.listsPaged.getURI() + "> true . ?article <" + NG.articlePage.getURI() + "> 0 } }");

    private final BiFunction<Query, Binding, QueryExec> exec;
    private final Consumer<Runnable> execute;
    private final Binding binding;

    /**
     * @param exec    makes an execution of a query with a substitution
     * @param execute runs an action as the runner runs a query (read transaction, error messages)
     * @param binding the list query's parameter values
     */
    RunnerPages(BiFunction<Query, Binding, QueryExec> exec, Consumer<Runnable> execute, Binding binding) {
        this.exec = exec;
        this.execute = execute;
        this.binding = binding;
    }

    @Override
    public boolean current() {
        return ask(CURRENT.cloneQuery());
    }

    @Override
    public boolean articlesCurrent() {
        return ask(ARTICLES_CURRENT.cloneQuery());
    }

    @Override
    public boolean hasArticlePage(long page) {
        return ask(QueryFactory.create("ASK { GRAPH " + G + " { ?article <" + NG.articlePage.getURI() + "> "
                + page + " } }"));
    }

    @Override
    public Map<Long, Long> rowsPerPage(Query count) {
        Map<Long, Long> out = new HashMap<>();
        execute.accept(() -> {
            try (QueryExec e = exec.apply(count, binding)) {
                RowSet rows = e.select();
                rows.forEachRemaining(b -> {
                    Node page = b.get("page");
                    Node n = b.get("n");
                    if (page != null && n != null && page.isLiteral() && n.isLiteral()) {
                        out.put(number(page), number(n));
                    }
                });
            }
        });
        return out;
    }

    private boolean ask(Query q) {
        boolean[] yes = {false};
        execute.accept(() -> {
            try (QueryExec e = exec.apply(q, BindingFactory.empty())) {
                yes[0] = e.ask();
            }
        });
        return yes[0];
    }

    private static long number(Node literal) {
        return ((Number) XSDDatatype.XSDinteger.parse(literal.getLiteralLexicalForm())).longValue();
    }
}
