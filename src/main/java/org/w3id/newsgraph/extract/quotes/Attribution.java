package org.w3id.newsgraph.extract.quotes;

import org.w3id.newsgraph.extract.text.CodePoints;
import org.w3id.newsgraph.model.QuoteSpan;
import org.w3id.newsgraph.extract.roles.Titles;

import org.w3id.newsgraph.extract.entities.MentionIndex;

import org.w3id.newsgraph.extract.coref.Honorifics;
import org.w3id.newsgraph.extract.coref.Referent;

import org.w3id.newsgraph.extract.coref.Referents;

import org.w3id.newsgraph.extract.ArticleView;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Sentence;

/**
 * The attribution patterns of news quotes: after the quote ("…,” X said", "…,” said X", "…,” an X spokesman
 * was quoted as saying", "…,” the letter stated", "…,” according to X") and before it ("X said that “…", "X told
 * a hearing: “…", "X added that “…"). Returns who spoke, through which channel, and the reporting verb as
 * written.
 */
public final class Attribution {
    /** Reporting verbs, as written in running text. */
    public static final String VERBS = "(?:was|were|is|being)\\s+quoted\\s+as\\s+saying|said|says|say|added|adds|told|tells|"
            + "stated|states|explained|explains|wrote|writes|noted|notes|argued|argues|warned|warns|insisted|"
            + "insists|claimed|claims|continued|continues|asked|asks|replied|replies|declared|declares|announced|"
            + "commented|remarked|recalled|acknowledged|admitted|admits|confirmed|confirms|stressed|stresses|"
            + "emphasised|emphasized|suggested|concluded|testified|tweeted|responded|responds|saying|adding|"
            + "telling|predicted|predicts|cautioned|complained|conceded|maintained|maintains|reiterated"
            // and the cues learned from attribution annotations ("called", "pledged", "vowed"...)
            + (ReportingCues.ALTERNATION.isEmpty() ? "" : "|" + ReportingCues.ALTERNATION);
    private static final Pattern VERB = Pattern.compile("(?<![\\p{L}-])(?:" + VERBS + ")(?![\\p{L}-])");
    /** A reporting cue anywhere in a text: the listed verbs, the learned cues, "according to". */
    static final Pattern CUE = Pattern.compile("(?<![\\p{L}-])(?:" + VERBS + "|according\\s+to)(?![\\p{L}-])");
    private static final Pattern VERB_FIRST = Pattern.compile("^[\\s,]*(" + VERBS + ")(?![\\p{L}-])");
    private static final Pattern ACCORDING_AFTER = Pattern.compile("^[\\s,]*according\\s+to\\s+");
    private static final Pattern ACCORDING_BEFORE = Pattern.compile("(?i)\\baccording\\s+to\\s+");
    private static final Pattern IN_CHANNEL = Pattern.compile(
            "^\\s+(?:[\\p{L}]+\\s+){0,2}?in\\s+(?:a|an|its|their|the)\\s+(?:[\\p{L}-]+\\s+)?"
                    + "(statement|letter|email|post|filing|memo|release)\\b");
    /**
     * A sentence that is only a name (a few words), a reporting verb and a few words more ("Jo Lee told reporters."),
     * as after a quote ending in "?" or "!".
     */
    private static final Pattern TAG_SENTENCE = Pattern.compile("^[ \\t]*+(?:\\p{Lu}[\\p{L}.’'-]*+\\s++){1,3}(?:" + VERBS
            + ")(?:\\s++[\\p{L}’'-]++){0,4}\\s*+\\.\\s*+");
    private static final Pattern GAP_TEXT = Pattern.compile("^[^.;“”\"]{0,120}$");
    /** Found, not matched against a leading ".*", which would re-read the gap from every start. */
    private static final Pattern GAP_INTRO = Pattern.compile("[:,]\\s*+$");
    private static final Pattern GAP_THAT = Pattern.compile("\\bthat\\b");

    /** Who said a quote: the speaker (with channel), the verb as written, and where the attribution is. */
    record Found(Referent speaker, String verb, int position) {}

    private final ArticleView view;
    private final String text;
    private final Referents referents;
    private final LooseAttribution loose;

    Attribution(ArticleView view, Referents referents) {
        this.view = view;
        this.text = view.text();
        this.referents = referents;
        this.loose = new LooseAttribution(text, referents);
    }

    /**
     * @param q        the quote
     * @param previous end of the previous quote (or -1): the before-context never reaches back over it
     * @param next     begin of the next quote (or text length): the after-context stops there
     */
    Optional<Found> find(QuoteSpan q, int previous, int next) {
        Optional<Found> after = after(q, next).filter(Attribution::names);
        if (after.isEmpty()) {
            after = loose.after(q, limitAfter(q, next)).filter(Attribution::names);
        }
        return (after.isPresent() ? after : before(q, previous).filter(Attribution::names)).map(this::withChannel);
    }

    /** A title alone ("Gov.", "Rep") is no speaker: an entity step or a sentence cut may leave one. */
    private static boolean names(Found f) {
        return !Honorifics.titleOnly(f.speaker().entity().name());
    }

    /**
     * Where the attribution after a quote may reach: the end of its sentence, or of the next one when the
     * splitter cut after an abbreviated title ("…,” said Gov. | Phil Bryant."), and never past the next quote.
     */
    private int limitAfter(QuoteSpan q, int next) {
        Sentence s = view.sentenceNear(Math.max(q.begin(), q.end() - 1));
        if (s == null) {
            return q.end();
        }
        int end = s.span().end();
        Sentence s2 = view.sentence(s.index() + 1);
        if (s2 != null && end > q.end()
                && Honorifics.ABBREVIATION_AT_END.matcher(text.substring(Math.max(q.end(), end - 8), end)).find()) {
            end = s2.span().end();
        } else if (s2 != null && text.substring(q.end(), Math.max(q.end(), end)).isBlank() && tagFollows(q, s2)) {
            end = s2.span().end(); // "…?” Trump said.": the splitter cut at the quote's own end mark
        }
        return Math.min(end, next);
    }

    /** True when {@code s2}, in the quote's paragraph, is only its tag, and the quote opens its own sentence. */
    private boolean tagFollows(QuoteSpan q, Sentence s2) {
        Sentence first = view.sentenceNear(q.begin());
        return first != null && view.slice(first.span().begin(), q.begin()).isBlank()
                && text.substring(q.end(), Math.max(q.end(), s2.span().begin())).indexOf('\n') < 0
                && TAG_SENTENCE.matcher(text.substring(Math.max(q.end(), s2.span().begin()), s2.span().end())).matches();
    }

    /** "X said in a statement": the statement is the channel when no other is known. */
    private Found withChannel(Found f) {
        if (f.speaker().via() != null || f.verb() == null) {
            return f;
        }
        int ve = f.position() + f.verb().length();
        Matcher m = IN_CHANNEL.matcher(text.substring(ve, Math.min(text.length(), ve + 60)));
        if (!m.find()) {
            return f;
        }
        Referent r = f.speaker();
        return new Found(new Referent(r.entity(), m.group(1).toLowerCase(java.util.Locale.ROOT), r.span()), f.verb(),
                f.position());
    }

    private Optional<Found> after(QuoteSpan q, int next) {
        int limit = limitAfter(q, next);
        if (limit <= q.end()) {
            return Optional.empty();
        }
        String at = text.substring(q.end(), limit);
        Matcher first = VERB_FIRST.matcher(at);
        if (first.find()) {
            int vb = q.end() + first.start(1);
            return referents.after(q.end() + first.end(), limit)
                    .map(r -> new Found(r, first.group(1), vb));
        }
        Matcher acc = ACCORDING_AFTER.matcher(at);
        if (acc.find()) {
            return referents.after(q.end() + acc.end(), limit).map(r -> new Found(r, null, q.end() + acc.start()));
        }
        Optional<Found> apposed = apposedSpeaker(q, at);
        if (apposed.isPresent()) {
            return apposed;
        }
        Matcher v = VERB.matcher(at);
        if (v.find() && v.start() <= 140) {
            int vb = q.end() + v.start();
            Optional<Referent> r = referents.before(vb, q.end());
            if (r.isPresent() && r.get().span().begin() >= q.end()
                    && leadsToSpeaker(text.substring(q.end(), r.get().span().begin()))) {
                return Optional.of(new Found(r.get(), v.group(), vb));
            }
        }
        return Optional.empty();
    }

    /**
     * "…,” Jane Doe, a senior vice-president for central, eastern and northern Europe, said": a person right
     * after the quote, then an apposition (which may hold commas), then a comma and the verb.
     */
    private Optional<Found> apposedSpeaker(QuoteSpan q, String at) {
        int p = 0;
        while (p < at.length() && (CodePoints.isSpace(at.charAt(p)) || at.charAt(p) == ',')) {
            p++;
        }
        Optional<MentionIndex.Hit> person = view.mentions().startingAt(q.end() + p);
        if (person.isEmpty() || !person.get().type().isPerson()) {
            return Optional.empty();
        }
        int pe = person.get().end() - q.end();
        if (pe >= at.length() || at.charAt(pe) != ',') {
            return Optional.empty();
        }
        Matcher v = VERB.matcher(at);
        if (v.find(pe) && v.start() - pe <= 200) {
            int c = v.start();
            while (c > pe && CodePoints.isSpace(at.charAt(c - 1))) {
                c--;
            }
            if (at.charAt(c - 1) == ',') {
                return Optional.of(new Found(new Referent(person.get().entity(), null, person.get().mention().span()),
                        v.group(), q.end() + v.start()));
            }
        }
        return Optional.empty();
    }

    /**
     * True when the text between a closing mark and the speaker is short or a title ("…,” Commerce Secretary
     * Gina Raimondo told reporters).
     */
    private static boolean leadsToSpeaker(String gap) {
        String g = gap.replaceFirst("^[\\s,]+", "");
        if (g.length() <= 16) {
            return true;
        }
        return g.length() <= 60 && g.matches("[\\p{L}\\p{N}’'\\s-]+") && Titles.TITLE_AT_END.matcher(g).find();
    }

    private Optional<Found> before(QuoteSpan q, int previous) {
        Sentence s = view.sentenceNear(q.begin());
        if (s == null) {
            return Optional.empty();
        }
        int floor = Math.max(s.span().begin(), previous);
        if (floor >= q.begin()) {
            return Optional.empty();
        }
        String beforeText = text.substring(floor, q.begin());
        Matcher acc = ACCORDING_BEFORE.matcher(beforeText);
        Optional<Found> according = Optional.empty();
        while (acc.find()) {
            int start = floor + acc.end();
            Matcher m = acc;
            according = referents.after(start, q.begin()).filter(r -> GAP_TEXT.matcher(
                    text.substring(r.span().end(), q.begin())).matches())
                    .map(r -> new Found(r, null, floor + m.start()));
        }
        if (according.isPresent()) {
            return according;
        }
        Matcher v = VERB.matcher(beforeText);
        Found best = null;
        while (v.find()) {
            String gap = beforeText.substring(v.end());
            boolean ok = GAP_TEXT.matcher(gap).matches()
                    && (gap.isBlank() || GAP_INTRO.matcher(gap).find() || GAP_THAT.matcher(gap).find()
                            || (v.group().endsWith("ing") && gap.length() <= 40) || gap.strip().length() <= 20);
            // "X says the plan will “…”": a longer paraphrase, if X is the verb's own subject
            boolean reported = !ok && ReportedSpeech.paraphrase(gap);
            if (!ok && !reported) {
                continue;
            }
            int vb = floor + v.start();
            Optional<Referent> r = referents.before(vb, s.span().begin());
            if (r.isPresent() && (ok || r.get().span().end() <= vb
                    && ReportedSpeech.subjectOfVerb(text.substring(r.get().span().end(), vb)))) {
                best = new Found(r.get(), v.group(), vb);
            }
        }
        return Optional.ofNullable(best);
    }
}
