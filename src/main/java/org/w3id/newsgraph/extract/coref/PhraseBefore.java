package org.w3id.newsgraph.extract.coref;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Reads the subject before a verb, backwards ("Jo Lee, the mayor, said", "a spokesman for X said", "the company
 * said", "he said"): {@link Referents}' backward reader, kept apart from its forward one. Immutable.
 */
final class PhraseBefore {
    /** Words skipped between a subject and its verb. */
    private static final Set<String> AUX = Set.of("has", "have", "had", "was", "were", "is", "are", "been", "be",
            "being", "will", "would", "may", "might", "could", "can", "should", "must", "also", "then", "later",
            "previously", "repeatedly", "reportedly", "once", "that", "which", "who", "not", "never", "already",
            "since", "still", "now", "just", "recently", "allegedly", "too", "both", "all", "itself", "himself",
            "herself", "themselves", "currently", "publicly", "openly", "separately");
    private static final Pattern SPOKES_FOR = Pattern.compile(
            "(?i)\\b(?:spokes\\w+|representative)\\s+for\\s+(?:the\\s+)?$");
    private static final Pattern OF_BEFORE = Pattern.compile("(?:,|(?<![\\s,]))\\s++(?:of|at|from)\\s++(?:the\\s++)?$");
    private static final Pattern RELATIVE = Pattern.compile("^(?:\\s++[\\p{Ll}-]+){0,2}\\s*+,?+\\s*+(?:that|which|who)\\s++\\p{Ll}");

    private final Referents r;
    private final ArticleView view;
    private final String text;
    private final MentionIndex mentions;
    private final Coreference coref;

    PhraseBefore(Referents r, ArticleView view) {
        this.r = r;
        this.view = view;
        this.text = view.text();
        this.mentions = view.mentions();
        this.coref = view.coreference();
    }

    /**
     * The subject ending just before {@code end} (typically a verb's start), not looking before {@code floor}.
     */
    Optional<Referent> read(int end, int floor) {
        Sentence s = view.sentenceNear(Math.max(floor, end - 1));
        int p = end;
        while (true) {
            p = r.skipSpacesBack(p, floor);
            String w = r.wordEndingAt(p, floor);
            if (w != null && AUX.contains(w.toLowerCase(Locale.ROOT))) {
                p -= w.length();
                continue;
            }
            if (w != null && w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0))) {
                p -= w.length();
                continue;
            }
            break;
        }
        if (p > floor && text.charAt(p - 1) == ',') {
            int c1 = p - 1;
            int c0 = text.lastIndexOf(',', c1 - 1);
            if (c0 >= floor && c0 >= 0 && c1 - c0 < 160) {
                String seg = text.substring(c0 + 1, c1);
                int b = c0 + 1 + (seg.length() - seg.stripLeading().length());
                Optional<Hit> inner = mentions.startingAt(b);
                if (inner.isPresent() && inner.get().end() == c1 - (seg.length() - seg.stripTrailing().length())
                        && inner.get().type().isPerson()) {
                    return Optional.of(r.ref(inner.get(), null));
                }
                return read(c0, floor);
            }
            // a participle after the main clause (", saying"): the sentence subject
            return r.sentenceSubject(s).map(h -> r.ref(h, null));
        }
        Optional<Coreference.Mention> chained = coref.endingAt(p)
                .filter(m -> m.kind() != Coreference.Kind.NAME && m.span().begin() >= floor);
        if (chained.isPresent() && (chained.get().resolved() || r.gendered(chained.get()))) {
            return r.referent(chained.get());
        }
        Optional<Hit> hit = mentions.endingAt(p);
        if (hit.isPresent() && hit.get().begin() >= floor && !hit.get().type().isPerson()) {
            // "Inspector Jane Doe of the Metropolitan Police told reporters": the person, not the force
            Hit h = hit.get();
            Matcher of = OF_BEFORE.matcher(text.substring(Math.max(floor, h.begin() - 12), h.begin()));
            if (of.find()) {
                Optional<Hit> person = mentions.endingAt(Math.max(floor, h.begin() - 12) + of.start());
                if (person.isPresent() && person.get().type().isPerson() && person.get().begin() >= floor) {
                    return Optional.of(r.ref(person.get(), null));
                }
            }
        }
        if (hit.isEmpty()) {
            String sw = r.wordEndingAt(p, floor);
            Optional<Entity> named = r.bySurname(sw);
            if (named.isPresent()) {
                return Optional.of(new Referent(named.get(), null, new Span(p - sw.length(), p)));
            }
        }
        if (hit.isPresent() && hit.get().begin() >= floor) {
            Hit h = hit.get();
            int preBegin = Math.max(floor, h.begin() - 40);
            Matcher sp = SPOKES_FOR.matcher(text.substring(preBegin, h.begin()));
            if (sp.find()) {
                return Optional.of(new Referent(h.entity(), "spokesperson", new Span(preBegin + sp.start(), h.end())));
            }
            Optional<Hit> subj = r.sentenceSubject(s);
            if (subj.isPresent() && subj.get().begin() < h.begin() && subj.get().begin() >= floor
                    && RELATIVE.matcher(text.substring(subj.get().end(), Math.min(text.length(), subj.get().end() + 30)))
                            .find()) {
                return Optional.of(r.ref(subj.get(), null));
            }
            if (h.type().isPlace() && subj.isPresent() && subj.get().type().isPerson()
                    && subj.get().end() <= h.begin() && subj.get().begin() >= floor) {
                // "Jo Lee, a teacher from Ayr, Scotland, says": the place ends an apposition, the person speaks
                return Optional.of(r.ref(subj.get(), null));
            }
            return Optional.of(r.ref(h, null));
        }
        String w = r.wordEndingAt(p, floor);
        if (w == null) {
            return Optional.empty();
        }
        int wb = p - w.length();
        String lw = w.toLowerCase(Locale.ROOT);
        Span wspan = new Span(wb, p);
        if (Referents.SPOKES.contains(lw)) {
            int q = r.skipSpacesBack(wb, floor);
            String pos = text.substring(Math.max(floor, q - 2), q);
            int qm = q;
            Matcher pm = Referents.POSSESSIVE_END.matcher(pos);
            if (pm.find()) {
                qm = q - (pos.length() - pm.start());
            }
            Optional<Hit> owner = mentions.endingAt(qm).or(() -> mentions.endingAt(q));
            if (owner.isPresent() && owner.get().begin() >= floor) {
                return Optional.of(r.ref(owner.get(), Referents.channelOf(lw)));
            }
            String w2 = r.wordEndingAt(q, floor);
            if (w2 != null && Referents.kindOf(w2) != null) {
                return r.antecedent(Referents.kindOf(w2), q - w2.length(), Set.of())
                        .map(e -> new Referent(e, Referents.channelOf(lw), new Span(q - w2.length(), q)));
            }
            if (w2 != null && w2.equalsIgnoreCase("the")) {
                // "the spokesman said": the spokesperson introduced a little earlier
                return r.lastSpokesperson(wb).map(sp -> new Referent(sp.entity(), sp.via(), wspan));
            }
            return Optional.empty();
        }
        if (Referents.CHANNELS.contains(lw)) {
            int q = r.skipSpacesBack(wb, floor);
            Optional<Hit> owner = mentions.endingAt(q);
            if (owner.isEmpty()) {
                String pos = text.substring(Math.max(floor, q - 2), q);
                Matcher pm = Referents.POSSESSIVE_END.matcher(pos);
                if (pm.find()) {
                    owner = mentions.endingAt(q - (pos.length() - pm.start()));
                }
            }
            if (owner.isPresent() && owner.get().begin() >= floor) {
                return Optional.of(r.ref(owner.get(), lw));
            }
            return r.channelAuthor(lw, wb).map(e -> new Referent(e, lw, wspan));
        }
        return r.pronounOrDescription(lw, wb, p);
    }
}
