package org.w3id.newsgraph.rdf;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The types one article gives its entities, read back from its mentions: {@code E rdf:type C} for every
 * {@code nif:Phrase} with {@code itsrdf:taIdentRef E} and {@code itsrdf:taClassRef C}. An article graph does not
 * type the entity node itself (that node is shared by the whole archive, which types it once, by vote), so the
 * article shapes, whose {@code sh:class} checks need types, see the article's own view through this graph.
 */
public final class MentionTypes {
    private MentionTypes() {}

    /** A new graph holding the typing triples the mentions of {@code article} imply. */
    public static Graph of(Graph article) {
        Graph out = GraphFactory.createDefaultGraph();
        Iterator<Triple> it = article.find(Node.ANY, ItsRdf.taClassRef, Node.ANY);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                Iterator<Triple> refs = article.find(t.getSubject(), ItsRdf.taIdentRef, Node.ANY);
                try {
                    refs.forEachRemaining(r -> out.add(r.getObject(), RDF.Nodes.type, t.getObject()));
                } finally {
                    Iter.close(refs);
                }
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }
}
