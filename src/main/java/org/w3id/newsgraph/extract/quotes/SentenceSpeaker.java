package org.w3id.newsgraph.extract.quotes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.coref.Coreference;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * The speaker of a quote that no pattern next to it attributes, found from the sentence around it through
 * coreference: a partial quote inside reported speech is the words of the sentence's subject ("Rubio also bemoaned
 * the climate in which people “literally hate each other”", "The Florida senator said he will have “a lot of
 * delegates”"), when a reporting cue or a colon stands between the subject and the quote or the quote opens in lower
 * case (a partial quote is speech whatever verb carries it: "bemoaned", "decried"); a quote that makes up a
 * whole sentence of its own continues the previous sentence when that one attributes speech to its subject
 * ("Kasich spoke to voters on Monday. “…”"). Immutable.
 */
final class SentenceSpeaker {
    /** Between a sentence's start and its subject: an opening word, an introductory phrase, up to five premodifiers. */
    private static final Pattern LEAD = Pattern.compile("(?s)[\\s\\p{Punct}“”\"‘’]{0,12}+(?:(?:The|A|An|But|And|So|Yet|Still|"
            + "Meanwhile|However|Also|Now|Then|Instead|Later|Earlier)[\\s,]{1,12}+)?(?:[^,;:“”\"]{1,80},\\s{0,12}+)?"
            + "(?:(?:the|a|an)\\s{1,12}+)?(?:[\\p{L}\\p{N}.’'&-]{1,40}+\\s{1,12}+){0,5}"); // bounded: linear under find
    private static final Pattern STOP = Pattern.compile("(?i)(?<![\\p{L}])(?:that|which|who|when|while|after|before|"
            + "said|says|told|with|against|to|from|by|about|than|because|if)(?![\\p{L}])");
    /** What may follow a quote that is a sentence of its own: closing punctuation, nothing else. */
    private static final Pattern STANDS_ALONE = Pattern.compile("[\\s\\p{Punct}”’\"]*");
    private static final Pattern COLON_END = Pattern.compile(":\\s*+$");

    private final String text;
    private final List<Sentence> sentences;
    private final Coreference coref;
    private final Pattern cue;

    SentenceSpeaker(String text, List<Sentence> sentences, Coreference coref, Pattern cue) {
        this.text = text;
        this.sentences = sentences;
        this.coref = coref;
        this.cue = cue;
    }

    /** The subject of the quote's own sentence, when a cue or a colon lies between it and the quote. */
    Optional<Coreference.Mention> reported(Span quote, Sentence s) {
        Optional<Coreference.Mention> subject = subject(s, quote.begin());
        // a partial quote (opening in lower case) is reported speech whatever verb carries it ("bemoaned")
        boolean partial = quote.begin() + 1 < text.length() && Character.isLowerCase(text.charAt(quote.begin() + 1));
        return subject.filter(m -> partial || attributes(text.substring(m.span().end(), quote.begin())));
    }

    /** For a quote that is a sentence of its own: the attributing subject of the sentence before, if any. */
    Optional<Coreference.Mention> previous(Span quote, Sentence s, List<Span> quotes) {
        if (s == null || s.index() == 0 || !text.substring(s.span().begin(), quote.begin()).isBlank()
                || !STANDS_ALONE.matcher(text.substring(quote.end(), Math.max(quote.end(), s.span().end()))).matches()) {
            return Optional.empty();
        }
        Sentence p = sentences.get(s.index() - 1);
        if (quotes.stream().anyMatch(q -> q.begin() < p.span().end() && p.span().begin() < q.end())
                || paragraphsBetween(p.span().end(), s.span().begin()) > 1) {
            return Optional.empty();
        }
        return subject(p, p.span().end()).filter(m -> attributes(text.substring(m.span().end(), p.span().end())));
    }

    private boolean attributes(String between) {
        return cue.matcher(between).find() || COLON_END.matcher(between).find();
    }

    /** Paragraph breaks between two offsets: a run of white space holding line breaks counts once. */
    private int paragraphsBetween(int from, int to) {
        int n = 0;
        boolean inBreak = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' && !inBreak) {
                n++;
                inBreak = true;
            } else if (!Character.isWhitespace(c)) {
                inBreak = false;
            }
        }
        return n;
    }

    /** The first resolved person or organisation mention that opens the main clause of {@code s}, before {@code end}. */
    private Optional<Coreference.Mention> subject(Sentence s, int end) {
        for (Coreference.Mention m : coref.mentions()) {
            if (m.span().begin() < s.span().begin()) {
                continue;
            }
            if (m.span().end() > end) {
                break;
            }
            String lead = text.substring(s.span().begin(), m.span().begin());
            if (!LEAD.matcher(lead).matches() || STOP.matcher(lead.substring(Math.max(0, lead.lastIndexOf(',') + 1)))
                    .find()) {
                return Optional.empty();
            }
            EntityType t = m.resolved() ? coref.type(m.entityKey()) : null;
            if (t != null && t.isPerson()) {
                return Optional.of(m);
            }
            if (t != null && t.isOrganization()) { // "Republican front-runner Donald Trump": the person speaks
                return Premodifier.person(coref, text, m).filter(p -> p.span().end() <= end).or(() -> Optional.of(m));
            }
        }
        return Optional.empty();
    }
}
