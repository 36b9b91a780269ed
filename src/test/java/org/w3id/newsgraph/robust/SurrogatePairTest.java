package org.w3id.newsgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.bench.FuzzCheck;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.ShapeValidator;

/**
 * Issue 9: "A 13-byte input (Ӂ’🗍📲) yields a label cut inside a surrogate pair, so the output does not read back
 * as the same graph." Spans come from the tokenizer and sentence detector, which work on UTF-16 units.
 */
class SurrogatePairTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final ArticleMapper MAPPER = new ArticleMapper();
    private static final String INPUT = "Ӂ’🗍📲";

    @Test
    void theThirteenByteInputReadsBackAsTheSameGraph() {
        assertEquals(13, INPUT.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        ArticleFacts facts = EXTRACTOR.extract(new SourceText("surrogates.txt", INPUT));
        assertEquals(List.of(), splitSpans(facts));
        Graph g = MAPPER.map(facts);
        assertTrue(IsoMatcher.isomorphic(g, roundTrip(g, Lang.TURTLE)), "Turtle");
        assertTrue(IsoMatcher.isomorphic(g, roundTrip(g, Lang.NTRIPLES)), "N-Triples");
        assertNull(check(new SourceText("surrogates.txt", INPUT)), "shapes, Turtle and N-Quads");
    }

    @Test
    void namesAndSentencesAroundAstralCharactersKeepWholeCharacters() {
        for (String text : List.of("Officials of Ӂ’🗍📲 met the harbour board of Marbury on Monday, a spokesman said.",
                "The 𝐌𝐚𝐫𝐛𝐮𝐫𝐲 board and 🗍Hallam📲 met Rosa Ӂ’🗍📲Hallam in London on Monday to sign the deal.",
                "😀😀😀 Ms 😀Hallam said: “🗍📲 is a good day for 𝕸arbury.” 🗍📲 📲🗍.")) {
            ArticleFacts facts = EXTRACTOR.extract(new SourceText("astral.txt", text));
            assertFalse(facts.sentences().isEmpty(), text);
            assertEquals(List.of(), splitSpans(facts), text);
            assertNull(check(new SourceText("astral.txt", text)), text);
        }
    }

    private static String check(SourceText s) {
        return new FuzzCheck(EXTRACTOR, MAPPER, new ShapeValidator()).check(s).failure();
    }

    private static Graph roundTrip(Graph g, Lang lang) {
        return RDFParser.fromString(RDFWriter.source(g).lang(lang).asString(), lang).toGraph();
    }

    /** Every span of the facts that begins or ends between the two halves of a surrogate pair. */
    static List<Span> splitSpans(ArticleFacts f) {
        List<Span> all = new ArrayList<>(f.boilerplate());
        all.add(f.body());
        f.sentences().forEach(s -> all.add(s.span()));
        f.entities().forEach(e -> e.mentions().forEach(m -> all.add(m.span())));
        f.roles().forEach(r -> all.add(r.evidence()));
        f.quotes().forEach(q -> {
            all.add(q.span());
            all.add(q.evidence());
        });
        f.relations().forEach(r -> all.add(r.evidence()));
        f.amounts().forEach(a -> all.add(a.span()));
        f.dates().forEach(d -> all.add(d.span()));
        f.events().forEach(e -> all.add(e.span()));
        f.stances().forEach(s -> all.add(s.span()));
        return all.stream().filter(s -> s != null && (splits(f.text(), s.begin()) || splits(f.text(), s.end())))
                .toList();
    }

    private static boolean splits(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
