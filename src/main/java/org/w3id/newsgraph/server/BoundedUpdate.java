package org.w3id.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Fuseki's SPARQL Update service, bounded. Fuseki parses and runs an update as one stream inside the write
 * transaction, so a syntax error or a failing operation halfway aborts a transaction that has already written,
 * and only the update's {@code WHERE} has a timeout. Here the whole request is read (at most the request limit)
 * and parsed within the time budget <em>before</em> the write transaction opens; {@code SERVICE} and {@code LOAD}
 * are refused unless allowed; the execution, inserts included ({@link DeadlineDataset}), stops at the deadline
 * with 503, and every failure aborts through the store's guarded path, which leaves the store unchanged.
 */
final class BoundedUpdate extends SPARQL_Update {
    private static final IRIxResolver RESOLVER = IRIxResolver.create().base(SparqlParsing.BASE).resolve(true)
            .allowRelative(false).build();

    private final Duration timeout;
    private final long maxRequest;
    private final ServicePolicy service;
    private final SparqlParsing parsing;

    BoundedUpdate(Duration timeout, long maxRequest, ServicePolicy service, SparqlParsing parsing) {
        this.timeout = timeout;
        this.maxRequest = maxRequest;
        this.service = service;
        this.parsing = parsing;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        Deadline deadline = Deadline.start(timeout);
        UsingList using = usingList(action.getRequest());
        UpdateRequest request;
        try {
            request = UsingList.modifyUpdateForUsingList(parsing.update(read(input), deadline), using);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
            return;
        } catch (QueryException e) {
            ServletOps.errorBadRequest(Json.oneLine(e.getMessage()));
            return;
        }
        service.refusal(request).ifPresent(ServletOps::errorBadRequest);
        action.beginWrite();
        try {
            // the builder's own timeout: an unset one would overwrite ARQ.updateTimeout in the context
            UpdateExec.newBuilder().context(service.apply(action.getContext()))
                    .timeout(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS)
                    .dataset(new DeadlineDataset(action.getActiveDSG(), deadline)).update(request).execute();
            action.commit();
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the update timed out after " + deadline.describe()
                    + "; nothing was changed");
        } catch (ActionErrorException e) {
            action.abortSilent();
            throw e;
        } catch (HttpException | JenaException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(Json.oneLine(e.getMessage()) + "; nothing was changed");
        } catch (RuntimeException e) {
            action.abortSilent();
            ServletOps.errorOccurred(Json.oneLine(e.getMessage()) + "; nothing was changed", e);
        } finally {
            action.endWrite();
        }
    }

    /** The request text; the front limit has bounded the body already, this bounds a decoded form too. */
    private String read(InputStream input) {
        try {
            byte[] body = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequest + 1));
            if (body.length > maxRequest) {
                ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, RequestLimits.tooLarge(maxRequest));
            }
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + Json.oneLine(e.getMessage()));
            return null;
        }
    }

    /** The protocol's {@code using-graph-uri} and {@code using-named-graph-uri} parameters. */
    private static UsingList usingList(HttpServletRequest req) {
        UsingList using = new UsingList();
        String[] graphs = req.getParameterValues("using-graph-uri");
        String[] named = req.getParameterValues("using-named-graph-uri");
        for (String g : graphs == null ? new String[0] : graphs) {
            using.addUsing(iri(g));
        }
        for (String g : named == null ? new String[0] : named) {
            using.addUsingNamed(iri(g));
        }
        return using;
    }

    private static Node iri(String s) {
        try {
            return NodeFactory.createURI(RESOLVER.resolve(s).str());
        } catch (RuntimeException e) {
            ServletOps.errorBadRequest("SPARQL Update: bad IRI: " + s);
            return null;
        }
    }
}
