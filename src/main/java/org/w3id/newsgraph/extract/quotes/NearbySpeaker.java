package org.w3id.newsgraph.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.coref.Coreference;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * The last resort for a quote that no attribution pattern and no reported-speech rule gives a speaker: the person
 * (else the organisation) that is the subject of the quote's own sentence ("Bush referred to Rubio as “a bright
 * leader”", "Kasich boasted to reporters of his organization - “the best in the state”"); for a quote that opens
 * its sentence with nobody named around it, the subject of the nearest sentence before it, in the same paragraph or
 * the one before ("Valastro praised the governor's leadership. | “We need someone who …”"). On the development
 * part of PolNeAR most quotes left without a speaker have their speaker there (docs/QUALITY.md). A mention after a
 * preposition or "told" is an object ("told CNN", "according to excerpts released by the White House"), never the
 * subject; a pronoun counts only when coreference resolved it. Immutable.
 */
final class NearbySpeaker {
    /** The words right before a mention that make it an object, not the sentence's subject. */
    private static final Pattern OBJECT_LEAD = Pattern.compile("(?i)(?<![\\p{L}])(?:of|to|for|with|by|against|from|"
            + "about|on|at|in|into|than|like|as|toward|towards|over|under|behind|told|tells|telling|interviewed|"
            + "asked|called|named|backing|supporting|attacking|criticizing|praising)"
            + "\\s++(?:the\\s++|a\\s++|an\\s++)?(?:[\\p{L}.’'-]++\\s++){0,3}$");
    private static final Pattern CUE_BEFORE = Pattern.compile("(?<![\\p{L}-])(?!told|tells|telling|asked|asks)(?:" + Attribution.VERBS
            + ")\\s++(?:(?!(?:to|of|for|with|as|about|at|on|in|that|and|or|by|from|if|whether)\\s)[\\p{L}.’'-]++\\s++){0,6}$");
    /** At most this many sentences are read back for a quote that opens its sentence. */
    static final int MAX_SENTENCES_BACK = 2;

    private final ArticleView view;
    private final String text;
    private final Coreference coref;
    private final List<Span> quotes;

    NearbySpeaker(ArticleView view, List<Span> quotes) {
        this.view = view;
        this.text = view.text();
        this.coref = view.coreference();
        this.quotes = quotes;
    }

    /** The subject of the quote's sentence, else (a quote opening its sentence) of a sentence just before it. */
    Optional<Coreference.Mention> find(Span quote) {
        Sentence s = view.sentenceNear(quote.begin());
        if (s == null) {
            return Optional.empty();
        }
        if (namesUnresolved(s)) {
            return Optional.empty(); // "…,” she said: the sentence names its speaker, and nobody fits
        }
        Optional<Coreference.Mention> own = saidAfter(s, quote).or(() -> subject(s));
        if (own.isPresent() || !view.slice(s.span().begin(), quote.begin()).isBlank()
                || Attribution.CUE.matcher(outsideQuotes(s)).find()) {
            return own; // a cue in the quote's own sentence names the speaker there, not in the sentence before
        }
        int paragraph = view.paragraphIndex(quote.begin());
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - MAX_SENTENCES_BACK); i--) {
            Sentence p = view.sentence(i);
            if (p == null || paragraph - view.paragraphIndex(p.span().begin()) > 1) {
                break;
            }
            Optional<Coreference.Mention> m = subject(p);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** The first person in subject position outside quotes, else the first such organisation. */
    private Optional<Coreference.Mention> subject(Sentence s) {
        Coreference.Mention organisation = null;
        for (Coreference.Mention m : candidates(s)) {
            if (OBJECT_LEAD.matcher(text.substring(Math.max(s.span().begin(), m.span().begin() - 60),
                    m.span().begin())).find()) {
                continue;
            }
            if (coref.type(m.entityKey()).isPerson()) {
                return Optional.of(m);
            }
            if (organisation == null) {
                organisation = Premodifier.person(coref, text, m).orElse(m);
            }
        }
        return Optional.ofNullable(organisation);
    }

    /** The resolved people and organisations of the graph named in {@code s} outside quotes, in text order. */
    private List<Coreference.Mention> candidates(Sentence s) {
        List<Coreference.Mention> out = new ArrayList<>();
        for (Coreference.Mention m : coref.mentions()) {
            if (m.span().begin() < s.span().begin() || !m.resolved() || quoted(m.span())) {
                continue;
            }
            if (m.span().end() > s.span().end()) {
                break;
            }
            EntityType t = coref.type(m.entityKey());
            if (t != null && (t.isPerson() || t.isOrganization()) && view.mentions().entity(m.entityKey()) != null) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The person after the quote that a reporting verb introduces over title words only, with more text between
     * the quote and the verb than the patterns next to a quote read ("“…” that X can win, said Jo Lee, a pollster").
     */
    private Optional<Coreference.Mention> saidAfter(Sentence s, Span quote) {
        for (Coreference.Mention m : candidates(s)) {
            if (m.span().begin() >= quote.end() && coref.type(m.entityKey()).isPerson() && CUE_BEFORE.matcher(
                    text.substring(Math.max(quote.end(), m.span().begin() - 60), m.span().begin())).find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** True when a pronoun or description outside quotes in {@code s} stayed unresolved. */
    private boolean namesUnresolved(Sentence s) {
        for (Coreference.Mention m : coref.mentions()) {
            if (m.span().begin() >= s.span().begin() && m.span().end() <= s.span().end() && !m.resolved()
                    && !quoted(m.span())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's text with its quotes blanked out. */
    private String outsideQuotes(Sentence s) {
        StringBuilder b = new StringBuilder(view.slice(s.span().begin(), s.span().end()));
        for (Span q : quotes) {
            for (int i = Math.max(q.begin(), s.span().begin()); i < Math.min(q.end(), s.span().end()); i++) {
                b.setCharAt(i - s.span().begin(), ' ');
            }
        }
        return b.toString();
    }

    private boolean quoted(Span span) {
        for (Span q : quotes) {
            if (q.begin() < span.end() && span.begin() < q.end()) {
                return true;
            }
        }
        return false;
    }
}
