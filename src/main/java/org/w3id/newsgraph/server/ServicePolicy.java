package org.w3id.newsgraph.server;

import java.util.Optional;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Whether SPARQL may make the server fetch other URLs: {@code SERVICE} (in queries, prepared queries and the
 * {@code WHERE} of updates) and {@code LOAD}. Off unless the operator starts the server with
 * {@code --allow-service}, so an anonymous query cannot make the server request an internal URL. Two locks: the
 * parsed request is checked before anything runs (a clear 400), and the execution context carries
 * {@link ARQ#httpServiceAllowed} so ARQ itself refuses any {@code SERVICE} the check could miss.
 */
final class ServicePolicy {
    static final String NO_SERVICE = "SERVICE is disabled on this server (its operator can allow it with "
            + "--allow-service)";
    static final String NO_LOAD = "LOAD is disabled on this server (its operator can allow it with --allow-service)";

    private final boolean allowed;

    ServicePolicy(boolean allowed) {
        this.allowed = allowed;
    }

    boolean allowed() {
        return allowed;
    }

    /** Why {@code query} may not run here, if it may not. */
    Optional<String> refusal(Query query) {
        return !allowed && usesService(Algebra.compile(query)) ? Optional.of(NO_SERVICE) : Optional.empty();
    }

    /** Why {@code request} may not run here, if it may not. */
    Optional<String> refusal(UpdateRequest request) {
        if (allowed) {
            return Optional.empty();
        }
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad) {
                return Optional.of(NO_LOAD);
            }
            if (u instanceof UpdateModify m && usesService(m.getWherePattern())) {
                return Optional.of(NO_SERVICE);
            }
        }
        return Optional.empty();
    }

    /** Sets ARQ's own switch in {@code cxt} (an endpoint's or a query's context) and returns it. */
    Context apply(Context cxt) {
        cxt.set(ARQ.httpServiceAllowed, allowed);
        return cxt;
    }

    private static boolean usesService(Element where) {
        return where != null && usesService(Algebra.compile(where));
    }

    /** True when {@code op} has a SERVICE anywhere, sub-queries and (NOT) EXISTS included. */
    static boolean usesService(Op op) {
        boolean[] found = new boolean[1];
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        return found[0];
    }
}
