package org.w3id.newsgraph.extract.relations;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.coref.PronounFit;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Sentence;

/**
 * Whether a cue's end reached through a pronoun ("he accused", "told her") is sure: its referent is the nearest name
 * of its kind in the pronoun's own sentence, or, when the sentence names none before it, the only entity of its kind (person, organisation, place) that "he" or "she" may stand for, named outside a quotation from the start
 * of the previous sentence up to the pronoun, the relation's other end aside; or the speaker of the quotation it
 * reports ("“…,” he told"). When two could be meant the relation is dropped, not guessed: the hand samples found
 * pronouns resolved to the wrong man sinking spokeTo and accuses rows (docs/QUALITY.md, seeds 13 and 14). Reads one
 * article; pure.
 */
final class SureReferents {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "it", "its", "they", "them",
            "their");

    /** A quotation closed right before the pronoun ("“…,” he told"): the pronoun is the quote's speaker. */
    private static final int REPORTING_GAP = 4;
    private static final Pattern CLOSING = Pattern.compile("[\\s,.?!”\"’']*+");

    private final ArticleView view;
    private final List<Quote> quotes;

    SureReferents(ArticleView view, List<Quote> quotes) {
        this.view = view;
        this.quotes = quotes;
    }

    /** Whether the end is named, or a pronoun whose referent no other name nearby competes with. */
    boolean sure(CueArguments.End end, Entity other, Sentence s) {
        if (end.begin() < 0) {
            return true; // "we" in the organisation's own quote
        }
        String word = view.text().substring(end.begin(), end.end()).toLowerCase(Locale.ROOT);
        if (!PRONOUNS.contains(word)) {
            return true;
        }
        if (speaks(end)) {
            return true;
        }
        List<Hit> here = view.mentions().within(s.span().begin(), end.begin());
        for (int i = here.size() - 1; i >= 0; i--) {
            if (fits(here.get(i), end, other, word)) {
                return here.get(i).key().equals(end.entity().key()); // the nearest fitting name of its own sentence
            }
        }
        int from = s.index() > 0 ? view.sentence(s.index() - 1).span().begin() : s.span().begin();
        Set<String> named = new HashSet<>();
        for (Hit h : view.mentions().within(from, end.begin())) {
            if (fits(h, end, other, word)) {
                named.add(h.key());
            }
        }
        return named.equals(Set.of(end.entity().key()));
    }

    /** Whether the pronoun {@code word} could stand for the name at {@code h}. */
    private boolean fits(Hit h, CueArguments.End end, Entity other, String word) {
        return h.type().coarse() == end.entity().type().coarse() && !h.key().equals(other.key())
                && !view.coreference().quotedAwayFrom(h.begin(), h.end(), end.begin())
                && (!h.type().isPerson() || PronounFit.mayBe(word, h.entity().name()));
    }

    /** Whether the pronoun opens the reporting clause of a quote attributed to its referent ("“…,” he told"). */
    private boolean speaks(CueArguments.End end) {
        for (Quote q : quotes) {
            int gap = end.begin() - q.span().end();
            if (gap >= 0 && gap <= REPORTING_GAP && end.entity().key().equals(q.speakerKey())
                    && CLOSING.matcher(view.text().substring(q.span().end(), end.begin())).matches()) {
                return true;
            }
        }
        return false;
    }
}
