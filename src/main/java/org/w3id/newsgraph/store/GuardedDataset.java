package org.w3id.newsgraph.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The one way into the TDB2 database: every transaction — the CLI's, the article upload's, and Fuseki's SPARQL
 * Update, Graph Store and query operations, which get this object as their dataset — begins and ends here.
 *
 * <p>A write transaction that does not commit (an abort, a failed commit, an {@code end()} without commit) makes
 * the database be expelled from Jena's cache and reconnected from disk before the next writer may start, so no
 * write ever runs on a database that has seen an abort. Jena 6.0.0 needed this (GH-3877: after an abort the node
 * file kept a stale write position and a later read-then-write left zeros in {@code nodes-data.obj});
 * {@code UpdateAbortTest} shows 6.2.0 is sound without it, and the reopen stays as a cheap second line.
 *
 * <p>Writers are serialised; every transaction pins the database it began on (per thread, as Jena's
 * transactions are), and a reconnect waits until no transaction is open. Query engines look through this
 * wrapper ({@code QueryEngineFactoryWrapper}), so SPARQL still runs on TDB2's own engine with its union default
 * graph.
 */
final class GuardedDataset extends DatasetGraphWrapper {
    /** How long {@link #shutdown()} waits for open transactions before it releases the database anyway. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final Supplier<DatasetGraph> connect;
    private final String name;
    private final ReentrantLock writers = new ReentrantLock();
    /** Shared by every open transaction; exclusive while the database is swapped or closed. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final ThreadLocal<Pinned> pinned = new ThreadLocal<>();
    private volatile DatasetGraph current;
    private volatile boolean closed;
    private volatile int reopens;

    /** The transaction of one thread: the database it runs on and whether it must end in a reconnect. */
    private static final class Pinned {
        final DatasetGraph dsg;
        final boolean write;
        boolean committed;
        boolean failed;

        Pinned(DatasetGraph dsg, boolean write) {
            this.dsg = dsg;
            this.write = write;
        }
    }

    /** A gate over the database {@code connect} opens now and again after each failed write. */
    GuardedDataset(String name, Supplier<DatasetGraph> connect) {
        super(null, null);
        this.name = name;
        this.connect = connect;
        this.current = connect.get();
    }

    /** Inside a transaction, the database it began on; outside, the current one. */
    @Override
    protected DatasetGraph get() {
        Pinned p = pinned.get();
        if (p != null) {
            return p.dsg;
        }
        ensureOpen();
        return current;
    }

    /** The database's context (union default graph on); readable once closed too, so callers fail in begin(). */
    @Override
    protected Context getCxt() {
        Pinned p = pinned.get();
        return (p != null ? p.dsg : current).getContext();
    }

    /** The database behind the gate now (tests). */
    DatasetGraph database() {
        return current;
    }

    int reopens() {
        return reopens;
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin(TxnType type) {
        if (pinned.get() != null) {
            throw new JenaTransactionException("already in a transaction on " + name);
        }
        // a transaction that may promote is a writer from the start: it must not meet another writer later
        boolean write = type != TxnType.READ;
        if (write) {
            writers.lock();
        }
        swap.readLock().lock();
        try {
            ensureOpen();
            DatasetGraph d = current;
            d.begin(type);
            pinned.set(new Pinned(d, write));
        } catch (RuntimeException e) {
            swap.readLock().unlock();
            if (write) {
                writers.unlock();
            }
            throw e;
        }
    }

    @Override
    public boolean promote(Promote type) {
        return required().dsg.promote(type);
    }

    @Override
    public void commit() {
        Pinned p = required();
        try {
            p.dsg.commit();
            p.committed = true;
        } catch (RuntimeException e) {
            p.failed = p.write;
            throw e;
        } finally {
            finishIfEnded(p);
        }
    }

    @Override
    public void abort() {
        Pinned p = required();
        p.failed = p.write;
        try {
            p.dsg.abort();
        } finally {
            finishIfEnded(p);
        }
    }

    @Override
    public void end() {
        Pinned p = pinned.get();
        if (p == null) {
            return;
        }
        if (p.write && !p.committed) {
            p.failed = true;
        }
        try {
            p.dsg.end();
        } finally {
            finish(p);
        }
    }

    @Override
    public boolean isInTransaction() {
        return pinned.get() != null;
    }

    @Override
    public ReadWrite transactionMode() {
        Pinned p = pinned.get();
        return p == null ? null : p.dsg.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        Pinned p = pinned.get();
        return p == null ? null : p.dsg.transactionType();
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    /** The store owns the database's life; closing a view of it (Fuseki does at shutdown) changes nothing. */
    @Override
    public void close() {
        // see NewsStore.close()
    }

    private Pinned required() {
        Pinned p = pinned.get();
        if (p == null) {
            throw new JenaTransactionException("not in a transaction on " + name);
        }
        return p;
    }

    /** TDB2 ends a transaction at commit or abort; the gate lets go at the same moment. */
    private void finishIfEnded(Pinned p) {
        if (!p.dsg.isInTransaction()) {
            finish(p);
        }
    }

    private void finish(Pinned p) {
        if (pinned.get() != p) {
            return;
        }
        pinned.remove();
        swap.readLock().unlock();
        if (p.write) {
            try {
                if (p.failed) {
                    reconnect();
                }
            } finally {
                writers.unlock();
            }
        }
    }

    /** Runs {@code action} holding the writers' lock (reentrant): no other write transaction begins meanwhile. */
    void serialWriters(Runnable action) {
        writers.lock();
        try {
            action.run();
        } finally {
            writers.unlock();
        }
    }

    /**
     * Runs {@code action} with no writer in flight and the database neither swapped nor closed, for work that
     * needs the bare TDB2 database outside a transaction (compaction switches its generation itself).
     */
    void exclusiveOfWriters(Runnable action) {
        writers.lock();
        try {
            swap.readLock().lock();
            try {
                ensureOpen();
                action.run();
            } finally {
                swap.readLock().unlock();
            }
        } finally {
            writers.unlock();
        }
    }

    /** Expels the database from Jena's cache and opens it again from disk; waits for open transactions. */
    private void reconnect() {
        swap.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            TDBInternal.expel(current, true);
            current = connect.get();
            reopens++;
        } finally {
            swap.writeLock().unlock();
        }
    }

    /**
     * Releases the database and its lock file, after open transactions end (at most {@value #CLOSE_WAIT_SECONDS}
     * s, so a stuck request cannot keep the process from exiting). Later use fails with "closed".
     */
    void shutdown() {
        boolean writer = tryLock(writers);
        boolean alone = tryLock(swap.writeLock());
        try {
            if (!closed) {
                closed = true;
                TDBInternal.expel(current, !alone);
            }
        } finally {
            if (alone) {
                swap.writeLock().unlock();
            }
            if (writer) {
                writers.unlock();
            }
        }
    }

    private static boolean tryLock(java.util.concurrent.locks.Lock lock) {
        try {
            return lock.tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("store " + name + " is closed");
        }
    }

    @Override
    public String toString() {
        return "GuardedDataset[" + name + "]";
    }
}
