package org.w3id.newsgraph.rdf;

import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes of the RDF shape contract, shared by Turtle output, SPARQL queries and messages. */
public final class Prefixes {
    /** The newsgraph instance namespace (articles, entities, roles, quotes, statements). */
    public static final String NGID = "https://w3id.org/newsgraph/id/";
    /** The Wikidata entity namespace, for owl:sameAs links. */
    public static final String WD = "http://www.wikidata.org/entity/";
    /** The SHACL namespace. */
    public static final String SH = "http://www.w3.org/ns/shacl#";

    /** All prefixes, in a locked (read-only) mapping. */
    public static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
            .setNsPrefixes(asMap())
            .lock();

    private Prefixes() {}

    /** The prefixes as an ordered map from prefix to namespace. */
    public static Map<String, String> asMap() {
        var map = new java.util.LinkedHashMap<String, String>();
        map.put("ng", NG.NS);
        map.put("ngid", NGID);
        map.put("schema", Schema.NS);
        map.put("org", ORG.NS);
        map.put("prov", Prov.NS);
        map.put("nif", Nif.NS);
        map.put("itsrdf", ItsRdf.NS);
        map.put("dcterms", DCTerms.NS);
        map.put("skos", SKOS.uri);
        map.put("owl", OWL.getURI());
        map.put("rdf", RDF.uri);
        map.put("rdfs", RDFS.uri);
        map.put("xsd", XSD.NS);
        map.put("wd", WD);
        map.put("sh", SH);
        return java.util.Collections.unmodifiableMap(map);
    }

    /** A fresh, unmodifiable Jena prefix map in declaration order, for the RDF writers. */
    public static org.apache.jena.riot.system.PrefixMap prefixMap() {
        var pm = org.apache.jena.riot.system.PrefixMapFactory.create();
        asMap().forEach(pm::add);
        return org.apache.jena.riot.system.PrefixMapFactory.unmodifiablePrefixMap(pm);
    }

    /** The prefixes as SPARQL PREFIX declarations, one per line, to put before a query. */
    public static String sparql() {
        var sb = new StringBuilder();
        asMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
