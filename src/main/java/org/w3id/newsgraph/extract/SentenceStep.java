package org.w3id.newsgraph.extract;

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
 * spans are cut out of it, and OpenNLP's sentence detector splits what remains. Spans are trimmed and never
 * split a surrogate pair.
 */
public final class SentenceStep implements Step {
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
                for (opennlp.tools.util.Span sp : models.sentences(s)) {
                    opennlp.tools.util.Span whole = CodePoints.snap(s, sp);
                    Span t = TextLines.trim(text, new Span(seg.begin() + whole.getStart(), seg.begin() + whole.getEnd()));
                    if (t.length() > 0) {
                        out.add(new Sentence(out.size(), t));
                    }
                }
            }
        }
        return document.with(Annotations.SENTENCES, List.copyOf(out));
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
