package org.w3id.newsgraph.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * The project's namespace prefixes (docs/DESIGN.md), used to write readable Turtle, TriG and JSON-LD. Kept here
 * until {@code rdf.Prefixes} exists; the two are meant to be merged.
 */
public final class ExportPrefixes {
    /** Declaration order is kept (a {@link LinkedHashMap} wrapped unmodifiable), so output is stable. */
    private static final Map<String, String> MAP = Collections.unmodifiableMap(new LinkedHashMap<>() {
        {
            put("ng", "https://w3id.org/newsgraph/ontology#");
            put("ngid", "https://w3id.org/newsgraph/id/");
            put("schema", "http://schema.org/");
            put("org", "http://www.w3.org/ns/org#");
            put("prov", "http://www.w3.org/ns/prov#");
            put("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
            put("itsrdf", "http://www.w3.org/2005/11/its/rdf#");
            put("dcterms", "http://purl.org/dc/terms/");
            put("skos", "http://www.w3.org/2004/02/skos/core#");
            put("wd", "http://www.wikidata.org/entity/");
            put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
            put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
            put("owl", "http://www.w3.org/2002/07/owl#");
            put("xsd", "http://www.w3.org/2001/XMLSchema#");
        }
    });

    private ExportPrefixes() {
    }

    /** Prefix to namespace IRI, unmodifiable. */
    public static Map<String, String> map() {
        return MAP;
    }

    /** A fresh, unmodifiable Jena prefix map in declaration order. */
    public static PrefixMap prefixMap() {
        PrefixMap pm = PrefixMapFactory.create();
        MAP.forEach(pm::add);
        return PrefixMapFactory.unmodifiablePrefixMap(pm);
    }
}
