package org.w3id.newsgraph.extract;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

class DebugDump {
    @Test
    void dump() {
        for (Document d0 : new Document[] {SeedDocs.seed000(), SeedDocs.seed004()}) {
            Document d = new QuoteStep().apply(d0);
            d.get(Annotations.QUOTES).forEach(q -> System.out.println("Q " + q.speakerKey() + " | " + q.via() + " | "
                    + q.verb() + " | " + q.mentionedKeys() + " | " + q.text().substring(0, Math.min(60, q.text().length()))
                    + " || EV: " + q.evidence().of(d.text()).substring(0, Math.min(50, q.evidence().length()))));
        }
    }
}
