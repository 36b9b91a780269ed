package org.w3id.newsgraph.extract.quotes;

import org.w3id.newsgraph.model.QuoteSpan;
import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.coref.Referents;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.coref.Coreference;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Finds direct quotes in the body and attributes them to a speaker. A quote without its own attribution keeps
 * the speaker of the quote before it when it opens a sentence right after that quote (the same or the next
 * paragraph), or when it sits in the same sentence as that quote. Stateless.
 */
public final class QuoteStep implements Step {
    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES, Annotations.COREFERENCE);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.QUOTES);
    }

    @Override
    public Document apply(Document document) {
        ArticleView view = ArticleView.of(document);
        return document.with(Annotations.QUOTES, quotes(view, document.get(Annotations.QUOTE_SPANS)));
    }

    static List<Quote> quotes(ArticleView view, List<QuoteSpan> spans) {
        String text = view.text();
        Referents referents = new Referents(view);
        Attribution attribution = new Attribution(view, referents);
        SentenceSpeaker sentenceSpeaker = new SentenceSpeaker(text, view.sentences(), view.coreference(),
                Attribution.CUE);
        List<Span> quoteSpans = spans.stream().map(QuoteSpan::span).toList();
        NearbySpeaker nearby = new NearbySpeaker(view, quoteSpans);
        List<Quote> out = new ArrayList<>();
        Quote prev = null;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan q = spans.get(i);
            QuoteSpan prevSpan = i > 0 ? spans.get(i - 1) : null;
            int next = i + 1 < spans.size() ? spans.get(i + 1).begin() : text.length();
            Optional<Attribution.Found> found = attribution.find(q, prevSpan == null ? -1 : prevSpan.end(), next);
            String speaker = null;
            String via = null;
            String verb = null;
            int position = q.begin();
            if (found.isPresent()) {
                speaker = found.get().speaker().key();
                via = found.get().speaker().via();
                verb = found.get().verb();
                position = found.get().position();
            } else if (prev != null && prev.speakerKey() != null && continues(view, prevSpan, q)) {
                speaker = prev.speakerKey();
                via = prev.via();
            } else {
                Sentence s = view.sentenceNear(q.begin());
                Optional<Coreference.Mention> subject = s == null ? Optional.empty()
                        : sentenceSpeaker.reported(q.span(), s).or(() -> sentenceSpeaker.previous(q.span(), s, quoteSpans));
                if (subject.isPresent() && view.mentions().entity(subject.get().entityKey()) != null) {
                    speaker = subject.get().entityKey();
                    via = subject.get().via();
                }
            }
            boolean scare = speaker == null && ScareQuotes.isScareQuote(view, q);
            if (speaker == null && !scare) { // the last resort: the subject nearby
                Optional<Coreference.Mention> m = nearby.find(q.span());
                if (m.isPresent()) {
                    speaker = m.get().entityKey();
                    via = m.get().via();
                }
            }
            Quote quote = new Quote(q.words(text), q.span(), speaker, via, verb, mentioned(view, q),
                    evidence(view, q, position));
            prev = quote;
            if (!scare && !ScareQuotes.isTitle(view, q)) {
                out.add(quote);
            }
        }
        return List.copyOf(out);
    }

    /** True when {@code q} carries on from {@code prev}: same sentence, or opening a sentence just after it. */
    private static boolean continues(ArticleView view, QuoteSpan prev, QuoteSpan q) {
        Sentence s = view.sentenceNear(q.begin());
        if (s == null) {
            return false;
        }
        if (prev.end() > s.span().begin()) {
            return true;
        }
        String lead = view.slice(s.span().begin(), q.begin());
        if (!lead.isBlank()) {
            return false;
        }
        return view.paragraphIndex(q.begin()) - view.paragraphIndex(Math.max(prev.begin(), prev.end() - 1)) <= 1;
    }

    private static List<String> mentioned(ArticleView view, QuoteSpan q) {
        Set<String> keys = new LinkedHashSet<>();
        for (Hit h : view.mentions().within(q.begin(), q.end())) {
            keys.add(h.key());
        }
        return List.copyOf(keys);
    }

    private static Span evidence(ArticleView view, QuoteSpan q, int position) {
        int b = q.begin();
        int e = q.end();
        for (int offset : new int[] {q.begin(), Math.max(q.begin(), q.end() - 1), position}) {
            Sentence s = view.sentenceNear(offset);
            if (s != null) {
                b = Math.min(b, s.span().begin());
                e = Math.max(e, s.span().end());
            }
        }
        return new Span(b, e);
    }
}
