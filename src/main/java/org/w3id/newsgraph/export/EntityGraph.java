package org.w3id.newsgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.newsgraph.model.EntityType;

/**
 * The entities and the edges between them, read once from the union graph so every visualisation format draws the
 * same picture. Typed relations come from the direct {@code ng:} triples (weighted by their relation statements,
 * with the first evidence sentence); co-mention edges join entities named in the same articles.
 *
 * @param nodes the entities, by IRI
 * @param edges the edges, by source, target and relation
 */
public record EntityGraph(List<EntityNode> nodes, List<EntityEdge> edges) {
    private static final Comparator<EntityEdge> EDGE_ORDER = Comparator.comparing(EntityEdge::source)
            .thenComparing(EntityEdge::target).thenComparing(EntityEdge::relation);

    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Reads the graph from {@code dsg} in one read transaction (joining one already open). */
    public static EntityGraph read(DatasetGraph dsg, ExportOptions options) {
        Set<String> wanted = canonicalTypes(options.types());
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            return Txn.calculateRead(dsg, () -> read(dsg.getUnionGraph(), wanted, options));
        }
        return read(dsg.getUnionGraph(), wanted, options);
    }

    private static EntityGraph read(Graph union, Set<String> wanted, ExportOptions options) {
        Map<String, Set<String>> typesOf = new HashMap<>();
        select(union, "types.rq", b -> typesOf.computeIfAbsent(iri(b, "entity"), k -> new HashSet<>())
                .add(str(b, "typeName")));

        List<EntityNode> nodes = new ArrayList<>();
        select(union, "nodes.rq", b -> {
            String iri = iri(b, "entity");
            Set<String> types = typesOf.getOrDefault(iri, Set.of());
            if (wanted.isEmpty() || types.stream().anyMatch(wanted::contains)) {
                nodes.add(new EntityNode(iri, str(b, "name"), str(b, "type"), num(b, "mentions"), num(b, "articles"),
                        str(b, "wikidata")));
            }
        });
        Set<String> kept = new HashSet<>();
        nodes.forEach(n -> kept.add(n.iri()));

        Map<List<String>, String[]> firstEvidence = new HashMap<>();
        select(union, "evidence.rq", b -> firstEvidence.putIfAbsent(
                List.of(iri(b, "subject"), iri(b, "property"), iri(b, "object")),
                new String[] {str(b, "text"), str(b, "article")}));

        List<EntityEdge> edges = new ArrayList<>();
        select(union, "relations.rq", b -> {
            String s = iri(b, "subject");
            String p = iri(b, "property");
            String o = iri(b, "object");
            if (kept.contains(s) && kept.contains(o)) {
                String local = localName(p);
                String label = str(b, "label").isEmpty() ? local : str(b, "label");
                String[] ev = firstEvidence.getOrDefault(List.of(s, p, o), new String[] {"", ""});
                edges.add(new EntityEdge(s, o, local, label, Math.max(1, num(b, "statements")), ev[0], ev[1]));
            }
        });
        if (!options.relationsOnly()) {
            select(union, "comentions.rq", b -> {
                String a = iri(b, "e1");
                String c = iri(b, "e2");
                int shared = num(b, "articles");
                if (kept.contains(a) && kept.contains(c) && shared >= options.minWeight()) {
                    edges.add(new EntityEdge(a, c, EntityEdge.CO_MENTIONED, EntityEdge.CO_MENTIONED, shared, "", ""));
                }
            });
        }
        nodes.sort(Comparator.comparing(EntityNode::iri));
        edges.sort(EDGE_ORDER);
        return new EntityGraph(nodes, edges);
    }

    /**
     * Checks the type filter before any work (the CLI reports a bad name as a usage error).
     *
     * @throws IllegalArgumentException one line naming the unknown type and the known ones
     */
    public static void checkTypes(Set<String> types) {
        canonicalTypes(types);
    }

    /** The ontology's spelling of each requested class (case-insensitive); unknown names fail in one line. */
    private static Set<String> canonicalTypes(Set<String> types) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : types) {
            try {
                out.add(EntityType.fromLocalName(t.strip()).localName());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown entity type '" + t + "'; known: "
                        + String.join(", ", java.util.Arrays.stream(EntityType.values())
                                .map(EntityType::localName).toList()));
            }
        }
        return out;
    }

    private static void select(Graph g, String resource, Consumer<Binding> row) {
        try (QueryExec qe = QueryExec.graph(g).query(ExportQueries.text(resource)).build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(row);
        }
    }

    private static String iri(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? "" : n.getURI();
    }

    private static String str(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static int num(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? 0 : Integer.parseInt(n.getLiteralLexicalForm());
    }

    private static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }
}
