package org.w3id.newsgraph.extract.quotes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.coref.Referent;
import org.w3id.newsgraph.extract.coref.Referents;
import org.w3id.newsgraph.model.QuoteSpan;

/**
 * Attributions after a quote whose verb no list has ("…,” Trump barked", "…,” agrees Jane Doe, 30"): when the
 * quote closes a clause (a comma, question or exclamation mark inside the closing mark), a named or resolved
 * speaker right after it with a past or present-tense verb next to it is the speaker, the news convention being
 * that nothing else follows a quote that way. Tried only after the listed verbs found nothing. Immutable.
 */
final class LooseAttribution {
    /** Ends of a quoted clause that hands over to an attribution: “…,” “…?” “…!” */
    private static final Pattern CLAUSE_END = Pattern.compile("[,?!]\\s*[”\"']?\\s*[”\"]$");
    private static final Pattern VERB_AFTER = Pattern.compile("^\\s+(\\p{Ll}{3,}(?:ed|es|s))(?![\\p{L}-])");
    private static final Pattern VERB_BEFORE = Pattern.compile("^\\s*(\\p{Ll}{3,}(?:ed|es|s))\\s+");
    private static final Pattern SPEAKER_END = Pattern.compile("^\\s*(?:[,.;]|\\(|$)");

    private final String text;
    private final Referents referents;

    LooseAttribution(String text, Referents referents) {
        this.text = text;
        this.referents = referents;
    }

    Optional<Attribution.Found> after(QuoteSpan q, int limit) {
        if (limit <= q.end() || !CLAUSE_END.matcher(text.substring(Math.max(q.begin(), q.end() - 4), q.end())).find()) {
            return Optional.empty();
        }
        String at = text.substring(q.end(), limit);
        Matcher vb = VERB_BEFORE.matcher(at);
        if (vb.find()) {
            // "…,” agrees Michelle Stevens, 30, of Gainesville."
            Optional<Referent> r = referents.after(q.end() + vb.end(), limit).filter(x -> x.span().begin()
                    <= q.end() + vb.end() + 1 && SPEAKER_END.matcher(text.substring(x.span().end(), limit)).find());
            if (r.isPresent()) {
                return Optional.of(new Attribution.Found(r.get(), vb.group(1), q.end() + vb.start(1)));
            }
        }
        Optional<Referent> r = referents.after(q.end(), limit);
        if (r.isEmpty() || !text.substring(q.end(), r.get().span().begin()).isBlank()) {
            return Optional.empty();
        }
        Matcher va = VERB_AFTER.matcher(text.substring(r.get().span().end(), limit));
        return va.find() ? Optional.of(new Attribution.Found(r.get(), va.group(1), r.get().span().end() + va.start(1)))
                : Optional.empty();
    }
}
