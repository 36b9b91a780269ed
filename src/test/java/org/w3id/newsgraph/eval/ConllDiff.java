package org.w3id.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.ner.ConllDocument;
import org.w3id.newsgraph.ner.ConllReader;
import org.w3id.newsgraph.ner.ConllText;
import org.w3id.newsgraph.ner.NameModel;
import org.w3id.newsgraph.pipeline.TimeBudget;

import opennlp.tools.util.Span;

/**
 * Dev-only: the name model alone against the whole extractor on a CoNLL tuning split, mention by mention. Every
 * gold name the model gets and the extractor does not is a loss, classed by what the extractor did with it (other
 * type, other boundaries, nothing); every false extractor mention the model did not make is a rule's false name.
 * Prints the counts by class and one line per case ("class, article, sentence, gold, model, extractor").
 * Run with the jar and the test classes on the class path: {@code java -cp target/newsgraph.jar:target/test-classes
 * org.w3id.newsgraph.eval.ConllDiff FILE}. For tuning splits only: the texts are printed.
 */
public final class ConllDiff {
    private ConllDiff() {
    }

    public static void main(String[] args) throws IOException {
        List<ConllDocument> docs = ConllReader.read(Path.of(args[0]));
        NameModel model = NameModel.bundled();
        Extractor extractor = Extractor.create(TimeBudget.UNLIMITED);
        Map<String, Integer> counts = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        MentionScores modelScores = new MentionScores(ConllScoring.TYPES);
        MentionScores extractorScores = new MentionScores(ConllScoring.TYPES);
        for (int d = 0; d < docs.size(); d++) {
            ConllDocument doc = docs.get(d);
            ConllText text = ConllText.of(doc);
            List<Span> gold = typed(ConllText.goldNames(doc, text));
            List<Span> alone = typed(modelSpans(model, doc, text));
            List<Span> ext = ConllScoring.predicted(extractor.extract(
                    new org.w3id.newsgraph.model.SourceText(String.format(Locale.ROOT, "conll_%03d.txt", d), text.text())));
            modelScores.add(gold, alone);
            extractorScores.add(gold, ext);
            for (Span g : gold) {
                boolean m = has(alone, g);
                boolean e = has(ext, g);
                if (m == e) {
                    continue;
                }
                String cls = m ? "loss." + lossClass(ext, g, text.text()) : "gain";
                record(counts, lines, cls, d, text.text(), g, alone, ext);
            }
            for (Span p : ext) {
                if (!has(gold, p)) {
                    String cls = has(alone, p) ? "fp.shared" : "fp.rule." + lossClass(alone, p, text.text());
                    record(counts, lines, cls, d, text.text(), p, alone, gold);
                }
            }
        }
        System.out.print("model alone\n" + modelScores.format() + "extractor\n" + extractorScores.format());
        counts.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-28s %5d%n", k, v));
        lines.forEach(System.out::println);
    }

    private static String lossClass(List<Span> other, Span g, String text) {
        String where = lineOf(text, g.getStart()) <= 1 ? ".head" : "";
        for (Span o : other) {
            if (o.getStart() == g.getStart() && o.getEnd() == g.getEnd()) {
                return "type" + where;
            }
        }
        for (Span o : other) {
            if (o.getStart() < g.getEnd() && g.getStart() < o.getEnd()) {
                return (o.getType().equals(g.getType()) ? "span" : "spantype") + where;
            }
        }
        return "none" + where;
    }

    private static void record(Map<String, Integer> counts, List<String> lines, String cls, int d, String text, Span s,
            List<Span> a, List<Span> b) {
        counts.merge(cls, 1, Integer::sum);
        lines.add(String.join("\t", cls, Integer.toString(d), s.getType() + ":" + cover(text, s),
                "M=" + overlapping(text, a, s), "X=" + overlapping(text, b, s), line(text, s.getStart())));
    }

    private static String overlapping(String text, List<Span> spans, Span s) {
        StringBuilder sb = new StringBuilder();
        for (Span o : spans) {
            if (o.getStart() < s.getEnd() && s.getStart() < o.getEnd()) {
                sb.append(o.getType()).append(':').append(cover(text, o)).append(' ');
            }
        }
        return sb.toString().trim();
    }

    private static String cover(String text, Span s) {
        return text.substring(s.getStart(), s.getEnd());
    }

    private static int lineOf(String text, int at) {
        int n = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String line(String text, int at) {
        int b = text.lastIndexOf('\n', at - 1) + 1;
        int e = text.indexOf('\n', at);
        return text.substring(b, e < 0 ? text.length() : e);
    }

    private static boolean has(List<Span> spans, Span s) {
        return spans.stream().anyMatch(o -> o.getStart() == s.getStart() && o.getEnd() == s.getEnd()
                && o.getType().equals(s.getType()));
    }

    private static List<Span> typed(List<Span> spans) {
        return spans.stream().filter(s -> ConllScoring.TYPES.contains(s.getType())).toList();
    }

    private static List<Span> modelSpans(NameModel model, ConllDocument doc, ConllText text) {
        List<String[]> words = new ArrayList<>();
        doc.sentences().forEach(s -> words.add(s.wordArray()));
        List<Span[]> found = model.tagArticle(words);
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<Span> t = text.tokens().get(i);
            for (Span n : found.get(i)) {
                out.add(new Span(t.get(n.getStart()).getStart(), t.get(n.getEnd() - 1).getEnd(), n.getType()));
            }
        }
        return out;
    }
}
