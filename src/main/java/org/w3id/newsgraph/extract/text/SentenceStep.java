package org.w3id.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Splits the body into sentences: each line is a paragraph (a line break always ends a sentence), boilerplate
 * spans are cut out of it, and OpenNLP's sentence detector splits what remains (its cuts after an abbreviation
 * undone: {@link AbbreviationJoin}). Spans are trimmed, never split a
 * surrogate pair and are at most {@link #MAX_SENTENCE} characters long.
 */
public final class SentenceStep implements Step {
    /** About three times the longest sentence of the development set (337 characters). */
    static final int MAX_SENTENCE = 1_000;
    private final NlpModels models;

    public SentenceStep(NlpModels models) {
        this.models = models;
    }

    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.BODY, Annotations.BOILERPLATE);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.SENTENCES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        Span body = document.get(Annotations.BODY);
        List<Span> boiler = document.get(Annotations.BOILERPLATE);
        List<Sentence> out = new ArrayList<>();
        for (Span line : TextLines.lines(text, body.begin(), body.end())) {
            document.deadline().check();
            for (Span segment : subtract(line, boiler)) {
                Span seg = TextLines.trim(text, segment);
                if (seg.length() == 0) {
                    continue;
                }
                String s = seg.of(text);
                for (opennlp.tools.util.Span sp : AbbreviationJoin.join(s, models.sentences(s))) {
                    opennlp.tools.util.Span whole = CodePoints.snap(s, sp);
                    Span t = TextLines.trim(text, new Span(seg.begin() + whole.getStart(), seg.begin() + whole.getEnd()));
                    for (Span piece : bounded(text, t)) {
                        out.add(new Sentence(out.size(), piece));
                    }
                }
            }
        }
        return document.with(Annotations.SENTENCES, List.copyOf(out));
    }

    /**
     * The sentence, cut at white space into pieces of at most {@link #MAX_SENTENCE} characters. A longer
     * "sentence" is a page without sentence ends (a table, a soup of symbols), and the later steps pair up the
     * names of a sentence: bounding it keeps their work linear in the text.
     */
    static List<Span> bounded(String text, Span s) {
        List<Span> out = new ArrayList<>();
        Span rest = s;
        while (rest.length() > MAX_SENTENCE) {
            int cut = rest.begin() + MAX_SENTENCE;
            int space = cut;
            while (space > rest.begin() + MAX_SENTENCE / 2 && !TextLines.isSpace(text.charAt(space))) {
                space--;
            }
            cut = TextLines.isSpace(text.charAt(space)) ? space : CodePoints.snap(text, cut);
            Span piece = TextLines.trim(text, new Span(rest.begin(), cut));
            if (piece.length() > 0) {
                out.add(piece);
            }
            rest = TextLines.trim(text, new Span(cut, rest.end()));
        }
        if (rest.length() > 0) {
            out.add(rest);
        }
        return out;
    }

    /** The parts of {@code line} outside every boilerplate span. */
    static List<Span> subtract(Span line, List<Span> boiler) {
        List<Span> parts = new ArrayList<>();
        int cursor = line.begin();
        for (Span b : boiler) {
            if (b.end() <= cursor || b.begin() >= line.end()) {
                continue;
            }
            if (b.begin() > cursor) {
                parts.add(new Span(cursor, b.begin()));
            }
            cursor = Math.max(cursor, b.end());
        }
        if (cursor < line.end()) {
            parts.add(new Span(cursor, line.end()));
        }
        return parts;
    }
}
