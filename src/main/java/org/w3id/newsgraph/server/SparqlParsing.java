package org.w3id.newsgraph.server;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * Parses SPARQL within a request's {@link Deadline}. Parsing can take far longer than running: a 350 KB
 * {@code SELECT *} over a chain of {@code UNION}s of distinct variables takes seconds, and the time grows with
 * the square of the size. JavaCC cannot be interrupted, so the parse runs on a parser thread and the request is
 * answered 503 when its budget runs out; an overrunning parse finishes in the background. There is one parser
 * thread per core, so runaway parses never take more than the machine, and at most {@value #QUEUE} requests
 * wait for a parser (the wait counts against their budget) before more are turned away (503).
 */
final class SparqlParsing implements AutoCloseable {
    /** The base IRI Fuseki parses with, so relative IRIs never resolve against the server's directory. */
    static final String BASE = "http://server/unset-base/";
    private static final int QUEUE = 256;

    private final ThreadPoolExecutor pool;

    SparqlParsing() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "newsgraph-parser-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** A SPARQL query (ARQ syntax, as Fuseki accepts). Parse errors are thrown as Jena throws them. */
    Query query(String text, Deadline deadline) {
        return parse(() -> QueryFactory.create(text, BASE, Syntax.syntaxARQ), "query", deadline);
    }

    /** A SPARQL Update request (ARQ syntax). Parse errors are thrown as Jena throws them. */
    UpdateRequest update(String text, Deadline deadline) {
        return parse(() -> UpdateFactory.create(text, BASE, Syntax.syntaxARQ), "update", deadline);
    }

    private <T> T parse(Callable<T> parser, String what, Deadline deadline) {
        Future<T> f;
        try {
            f = pool.submit(parser);
        } catch (RejectedExecutionException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the server is busy parsing other requests; try again");
            throw e;
        }
        try {
            return f.get(Math.max(0, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the " + what + " timed out after " + deadline.describe()
                    + " while being parsed (make it smaller)");
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the server is stopping");
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof StackOverflowError) { // the parser recurses once per level of nesting
                ServletOps.errorBadRequest("the " + what + " is nested too deeply to parse (make it smaller)");
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the parser threads (a parse still running is left to finish on its daemon thread). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
