package org.w3id.newsgraph.export;

import java.io.OutputStream;
import java.io.StringReader;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * Compact JSON-LD 1.1 under the project context ({@code /export/context.jsonld}): the prefixes plus short names for
 * the main properties ({@code name}, {@code mentions}, {@code worksWith}, {@code evidence}, …), so the file reads
 * like plain JSON. Jena's own pretty writer only puts the prefixes in the context, so this compacts Jena's
 * expanded form with Titanium (which Jena bundles) against our context; values that do not fit a short name's
 * type stay under the prefixed property, so nothing is lost.
 */
final class JsonLdWriter {
    private JsonLdWriter() {
    }

    /** The context document, {@code {"@context": {...}}}. */
    static JsonObject context() {
        try (var reader = Json.createReader(new StringReader(ExportQueries.text("context.jsonld")))) {
            return reader.readObject();
        }
    }

    static void write(Graph g, OutputStream out) {
        try {
            JsonArray expanded = JenaToTitanium.convert(DatasetGraphFactory.wrap(g), new JsonLdOptions());
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context()))
                    .ordered(true).get();
            // Titanium puts the context last; a reader wants it first.
            JsonObjectBuilder compact = Json.createObjectBuilder();
            if (compacted.containsKey("@context")) {
                compact.add("@context", compacted.get("@context"));
            }
            compacted.forEach((k, v) -> {
                if (!k.equals("@context")) {
                    compact.add(k, v);
                }
            });
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(new java.io.FilterOutputStream(out) {
                        @Override
                        public void close() throws java.io.IOException {
                            flush(); // the caller owns the stream
                        }
                    })) {
                w.write(compact.build());
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }
}
