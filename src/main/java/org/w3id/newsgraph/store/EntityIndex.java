package org.w3id.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The entity search index: a jena-text Lucene index of every written form of every entity in the entity summary
 * (its rdfs:label and skos:altLabels), one document per form, in the field {@code label} that
 * {@code text:query (rdfs:label "…")} searches. Case and accents are folded, so "telefonica" finds "Telefónica".
 *
 * <p>It follows the summary's writes: {@link EntitySummary} reports each entity whose forms changed; the changes
 * wait until the store's write transaction has committed ({@link #commit()}) and are dropped if it did not
 * ({@link #discard()}). A process killed between the two leaves those entities stale in the index until the
 * next change to them or a {@link #rebuild}; an index directory that is missing is rebuilt when the store opens.
 * The index is found through the dataset's context ({@link TextQuery#textIndex}), where {@code text:query}
 * looks for it.
 */
public final class EntityIndex implements AutoCloseable {
    /** The folder of the index inside the store directory. */
    public static final String FOLDER = "entity-index";
    static final String FIELD = "label";
    private static final Symbol SELF = Symbol.create("https://w3id.org/newsgraph/id/entity-index");

    private final TextIndexLucene index;
    /** Forms to index per entity (empty: remove), kept until the transaction that made them commits. */
    private final Map<Node, List<String>> pending = new LinkedHashMap<>();

    private EntityIndex(Directory dir) {
        EntityDefinition def = new EntityDefinition("uri", FIELD, RDFS.Nodes.label);
        def.set(FIELD, SKOS.altLabel.asNode());
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new Folding());
        config.setQueryAnalyzer(new Folding());
        this.index = new TextIndexLucene(dir, config);
    }

    /** The index in {@code storeDir}/entity-index, created (and filled from {@code d}'s summary) when missing. */
    static EntityIndex open(Path storeDir, DatasetGraph d) {
        Path dir = storeDir.resolve(FOLDER);
        boolean fresh = !Files.isDirectory(dir);
        EntityIndex ix;
        try {
            ix = new EntityIndex(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the entity index " + dir + ": " + e.getMessage(), e);
        }
        ix.attach(d);
        if (fresh) {
            ix.rebuild(d);
        }
        return ix;
    }

    /** An index in memory (tests, {@code extract}), attached to {@code d} and filled from its summary. */
    public static EntityIndex inMemory(DatasetGraph d) {
        EntityIndex ix = new EntityIndex(new ByteBuffersDirectory());
        ix.attach(d);
        ix.rebuild(d);
        return ix;
    }

    private void attach(DatasetGraph d) {
        d.getContext().set(TextQuery.textIndex, index);
        d.getContext().set(SELF, this);
    }

    /** The index attached to {@code d}, if any. */
    static EntityIndex of(DatasetGraph d) {
        return d.getContext().get(SELF) instanceof EntityIndex ix ? ix : null;
    }

    /** Records the forms an entity has now (none: it is gone), to index when the transaction commits. */
    synchronized void changed(Node entity, List<String> forms) {
        pending.put(entity, List.copyOf(forms));
    }

    /** Writes the recorded changes and commits the index. */
    public synchronized void commit() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            for (Map.Entry<Node, List<String>> e : pending.entrySet()) {
                index.getIndexWriter().deleteDocuments(new Term("uri", e.getKey().getURI()));
                for (String form : e.getValue()) {
                    Entity doc = new Entity(e.getKey().getURI(), null);
                    doc.put(FIELD, form);
                    index.addEntity(doc);
                }
            }
            index.commit();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot update the entity index: " + ex.getMessage(), ex);
        } finally {
            pending.clear();
        }
    }

    /** Drops the recorded changes: their transaction did not commit. */
    public synchronized void discard() {
        pending.clear();
    }

    /** Re-indexes every entity of {@code d}'s summary (inside or outside a read transaction of {@code d}). */
    public void rebuild(DatasetGraph d) {
        Runnable read = () -> {
            Map<Node, List<String>> forms = new LinkedHashMap<>();
            for (Node p : List.of(RDFS.Nodes.label, SKOS.altLabel.asNode())) {
                Iterator<Quad> it = d.find(EntitySummary.G, Node.ANY, p, Node.ANY);
                try {
                    it.forEachRemaining(q -> forms.computeIfAbsent(q.getSubject(), k -> new ArrayList<>())
                            .add(q.getObject().getLiteralLexicalForm()));
                } finally {
                    Iter.close(it);
                }
            }
            synchronized (this) {
                try {
                    index.getIndexWriter().deleteAll();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                pending.clear();
                pending.putAll(forms);
                commit();
            }
        };
        if (d.isInTransaction()) {
            read.run();
        } else {
            org.apache.jena.system.Txn.executeRead(d, read);
        }
    }

    @Override
    public synchronized void close() {
        index.close();
    }

    /** Lower case and ASCII folding, for indexing and for queries (wildcard terms included). */
    private static final class Folding extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
