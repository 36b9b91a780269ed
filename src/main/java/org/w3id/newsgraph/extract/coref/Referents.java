package org.w3id.newsgraph.extract.coref;

import org.w3id.newsgraph.extract.text.CodePoints;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Finds what a noun phrase next to a verb refers to: a named mention (with appositions and relative clauses
 * skipped), a pronoun ("he", "it"), a definite description ("the company", "the agency"), a spokesperson
 * phrase ("an X spokesman", "a company spokesperson") or a document ("the letter"). Anaphora are resolved to
 * the nearest preceding fitting mention, preferring the subjects of earlier sentences. Stateless apart from
 * the immutable view.
 */
public final class Referents {
    static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "spokesmen", "spokeswomen", "representative", "official", "officials", "source", "sources");
    static final Set<String> CHANNELS = Set.of("letter", "statement", "report", "email", "memo", "filing",
            "post", "blog", "tweet", "release", "document", "submission");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their");
    private static final Pattern WORD_END = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}’'-]*)$");
    private static final Pattern WORD_START = Pattern.compile("^([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)");
    static final Pattern POSSESSIVE_END = Pattern.compile("[’']s?$");
    private static final Pattern SPOKES_WORD = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:spokes(?:man|woman|person)|representative|official)(?![\\p{L}])");
    static final Pattern FOR_THE = Pattern.compile("^\\s+for\\s+(?:the\\s+)?");
    private static final Pattern LEAD = Pattern.compile("(?s)^[\\s\\p{Punct}“”\"]*+(?:(?i:the|a|an|but|and|yet|so|"
            + "however|meanwhile)[\\s,]++)*+(?:[\\p{L}\\p{N} -]{0,30},\\s*)?(?:(?i:the|a|an)\\s+)?(?:[\\p{Ll}-]+\\s+){0,4}");
    /** Words that end a noun phrase when reading forward. */
    static final Set<String> STOP = Set.of("of", "from", "to", "in", "with", "for", "on", "by", "and", "or", "that",
            "which", "who", "at", "as", "but", "after", "before", "over", "into", "about", "said", "says", "told",
            "is", "was", "were", "are", "has", "have", "had", "will", "would", "not", "than", "its", "their", "it",
            "while", "during", "when", "where", "against", "under", "between", "among", "since");

    private final ArticleView view;
    private final String text;
    private final MentionIndex mentions;
    private final Coreference coref;

    public Referents(ArticleView view) {
        this.view = view;
        this.text = view.text();
        this.mentions = view.mentions();
        this.coref = view.coreference();
        this.surnames = surnames(mentions);
        this.forward = new PhraseAfter(this, view);
        this.backward = new PhraseBefore(this, view);
    }

    private final Map<String, Entity> surnames;
    private final PhraseAfter forward;
    private final PhraseBefore backward;

    /** Last name of every person named in full, for "Vollmer said" when only the full name was found. */
    private static Map<String, Entity> surnames(MentionIndex mentions) {
        Map<String, Entity> out = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Hit h : mentions.hits()) {
            String n = h.entity().name();
            int sp = n.lastIndexOf(' ');
            if (!h.type().isPerson() || sp < 0) {
                continue;
            }
            String last = n.substring(sp + 1);
            Entity prev = out.putIfAbsent(last, h.entity());
            if (prev != null && !prev.key().equals(h.key())) {
                ambiguous.add(last);
            }
        }
        ambiguous.forEach(out::remove);
        return out;
    }

    /** The person whose last name is {@code word} ("Vollmer"), when exactly one is named in full. */
    Optional<Entity> bySurname(String word) {
        return word == null || word.isEmpty() || !Character.isUpperCase(word.charAt(0)) ? Optional.empty()
                : Optional.ofNullable(surnames.get(word));
    }

    // ---------------------------------------------------------------- kinds of definite descriptions

    /** The entity types a definite description such as "the company" can refer to, or null if not one. */
    public static Predicate<EntityType> kindOf(String noun) {
        return Descriptions.kindOf(noun);
    }

    /**
     * The entity a definite description ("company") or pronoun ("it", "its") at {@code offset} refers to:
     * the nearest fitting mention earlier in the same sentence, else the subject (or last fitting mention) of
     * up to three earlier sentences.
     */
    public Optional<Entity> antecedent(Predicate<EntityType> kind, int offset, Set<String> excludeKeys) {
        Sentence s = view.sentenceNear(offset);
        if (s == null) {
            return Optional.empty();
        }
        List<Hit> here = mentions.within(s.span().begin(), offset);
        for (int i = here.size() - 1; i >= 0; i--) {
            Hit h = here.get(i);
            if (kind.test(h.type()) && !excludeKeys.contains(h.key()) && !coref.quotedAwayFrom(h.begin(), h.end(), offset)) {
                return Optional.of(h.entity());
            }
        }
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - 3); k--) {
            Sentence prev = view.sentence(k);
            Optional<Hit> subj = sentenceSubject(prev);
            if (subj.isPresent() && kind.test(subj.get().type()) && !excludeKeys.contains(subj.get().key())
                    && !coref.quotedAwayFrom(subj.get().begin(), subj.get().end(), offset)) {
                return Optional.of(subj.get().entity());
            }
            List<Hit> there = mentions.within(prev.span().begin(), prev.span().end());
            for (int i = there.size() - 1; i >= 0; i--) {
                Hit h = there.get(i);
                if (kind.test(h.type()) && !excludeKeys.contains(h.key()) && !coref.quotedAwayFrom(h.begin(), h.end(), offset)) {
                    return Optional.of(h.entity());
                }
            }
        }
        return Optional.empty();
    }

    /** Where the nearest person mention before {@code offset} starts (same window as lastPerson), or -1. */
    private int lastPersonAt(int offset) {
        Sentence s = view.sentenceNear(offset);
        if (s == null) {
            return -1;
        }
        int from = view.sentence(Math.max(0, s.index() - 5)).span().begin();
        List<Hit> hits = mentions.within(from, offset);
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (hits.get(i).type().isPerson() && !coref.quotedAwayFrom(hits.get(i).begin(), hits.get(i).end(), offset)) {
                return hits.get(i).begin();
            }
        }
        return -1;
    }

    /**
     * The last unnamed spokesperson introduced before {@code offset} in this or the three sentences before
     * ("a spokesperson for Acme", "an Acme spokeswoman", "Acme's spokesman"): the organisation, with the
     * span of the phrase.
     */
    Optional<Referent> lastSpokesperson(int offset) {
        Sentence s = view.sentenceNear(offset);
        if (s == null) {
            return Optional.empty();
        }
        int from = view.sentence(Math.max(0, s.index() - 3)).span().begin();
        Matcher m = SPOKES_WORD.matcher(text.substring(from, offset));
        Referent found = null;
        while (m.find()) {
            int wb = from + m.start();
            int we = from + m.end();
            String lw = m.group().toLowerCase(Locale.ROOT);
            Optional<Entity> owner = Optional.empty();
            Matcher f = FOR_THE.matcher(text.substring(we, Math.min(text.length(), we + 12)));
            if (f.find()) {
                owner = mentions.startingAt(we + f.end()).filter(h -> h.type().isOrganization()).map(Hit::entity);
            }
            if (owner.isEmpty()) {
                int q = skipSpacesBack(wb, from);
                String pos = text.substring(Math.max(from, q - 2), q);
                Matcher pm = POSSESSIVE_END.matcher(pos);
                int qm = pm.find() ? q - (pos.length() - pm.start()) : q;
                owner = mentions.endingAt(qm).or(() -> mentions.endingAt(q)).filter(h -> h.type().isOrganization())
                        .map(Hit::entity);
            }
            if (owner.isPresent()) {
                found = new Referent(owner.get(), channelOf(lw), new Span(wb, we));
            }
        }
        return Optional.ofNullable(found);
    }

    /** The gold channel of a spokesperson word: an unnamed official is "official", the others "spokesperson". */
    static String channelOf(String spokesWord) {
        String w = spokesWord.toLowerCase(Locale.ROOT);
        return w.startsWith("official") || w.startsWith("source") ? "official" : "spokesperson";
    }

    /** The nearest person mentioned before {@code offset} (for "he", "she"), up to five sentences back. */
    Optional<Entity> lastPerson(int offset) {
        Sentence s = view.sentenceNear(offset);
        if (s == null) {
            return Optional.empty();
        }
        int from = view.sentence(Math.max(0, s.index() - 5)).span().begin();
        List<Hit> hits = mentions.within(from, offset);
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (hits.get(i).type().isPerson() && !coref.quotedAwayFrom(hits.get(i).begin(), hits.get(i).end(), offset)) {
                return Optional.of(hits.get(i).entity());
            }
        }
        return Optional.empty();
    }

    /**
     * The grammatical subject of a sentence, approximated: the first mention that starts the main clause
     * (after an introductory phrase ending in a comma), extended over premodifiers such as a demonym and a
     * title ("French President Emmanuel Macron" gives Macron).
     */
    Optional<Hit> sentenceSubject(Sentence s) {
        if (s == null) {
            return Optional.empty();
        }
        List<Hit> hits = mentions.within(s.span().begin(), s.span().end());
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Hit first = hits.get(0);
        String lead = text.substring(s.span().begin(), first.begin());
        if (!LEAD.matcher(lead).matches()
                && !lead.matches("(?si).{0,40},\\s*(?:the|a|an)?\\s*")) {
            return Optional.empty();
        }
        return Optional.of(headFrom(first, s.span().end()));
    }

    /**
     * Extends a mention over a premodified phrase: "Swedish energy giant Vattenfall" from "Swedish", "Ohio Gov.
     * Jo Lee" from "Ohio".
     */
    Hit headFrom(Hit first, int limit) {
        Hit head = first;
        for (Hit next : mentions.within(first.end(), limit)) {
            if (next.begin() < head.end()) {
                continue;
            }
            String gap = text.substring(head.end(), next.begin());
            // the gap may hold abbreviated titles: "Vermont Sen. Jo Lee", "Navy Capt. Jo Lee"
            if (!gap.matches("(?:[’']s)?(?:\\s+[\\p{L}\\p{N}-]+\\.?){0,4}\\s+") || hasStopWord(gap)) {
                break;
            }
            head = next;
        }
        return head;
    }

    private static boolean hasStopWord(String gap) {
        for (String w : gap.strip().split("\\s+")) {
            if (STOP.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject ending just before {@code end} (typically a verb's start), not looking before {@code floor}.
     */
    public Optional<Referent> before(int end, int floor) {
        return backward.read(end, floor);
    }

    /** "he", "she", "it", "the company" ... at [wb, we). */
    Optional<Referent> pronounOrDescription(String lw, int wb, int we) {
        Span wspan = new Span(wb, we);
        if (lw.equals("he") || lw.equals("she")) {
            Optional<Referent> sp = lastSpokesperson(wb);
            int personAt = lastPersonAt(wb);
            if (sp.isPresent() && sp.get().span().begin() > personAt) {
                return Optional.of(new Referent(sp.get().entity(), sp.get().via(), wspan));
            }
            return lastPerson(wb).map(e -> new Referent(e, null, wspan));
        }
        if (lw.equals("it")) {
            return antecedent(EntityType::isOrganization, wb, Set.of()).map(e -> new Referent(e, null, wspan));
        }
        Predicate<EntityType> kind = kindOf(lw);
        if (kind != null) {
            // "the company", "the supervisory panel": a determiner at most one word before the noun
            int q = skipSpacesBack(wb, 0);
            for (int k = 0; k < 2; k++) {
                String det = wordEndingAt(q, 0);
                if (det == null) {
                    break;
                }
                if (DETERMINERS.contains(det.toLowerCase(Locale.ROOT))) {
                    return antecedent(kind, wb, Set.of()).map(e -> new Referent(e, null, wspan));
                }
                if (!Character.isLowerCase(det.charAt(0))) {
                    break;
                }
                q = skipSpacesBack(q - det.length(), 0);
            }
        }
        return Optional.empty();
    }

    /**
     * Who wrote "the letter": the subject of the latest earlier sentence (up to three back, or this one)
     * that names such a document, or the entity after "letter from".
     */
    Optional<Entity> channelAuthor(String channel, int offset) {
        Sentence s = view.sentenceNear(offset);
        if (s == null) {
            return Optional.empty();
        }
        Pattern word = Pattern.compile("\\b" + Pattern.quote(channel) + "\\b(?:\\s+from\\s+(?:the\\s+)?)?",
                Pattern.CASE_INSENSITIVE);
        for (int k = s.index(); k >= Math.max(0, s.index() - 3); k--) {
            Sentence prev = view.sentence(k);
            int end = k == s.index() ? offset : prev.span().end();
            Matcher m = word.matcher(text.substring(prev.span().begin(), end));
            while (m.find()) {
                int after = prev.span().begin() + m.end();
                if (m.group().toLowerCase(Locale.ROOT).contains("from")) {
                    Optional<Hit> from = mentions.startingAt(after);
                    if (from.isPresent()) {
                        return Optional.of(from.get().entity());
                    }
                }
                Optional<Hit> subj = sentenceSubject(prev);
                if (subj.isPresent() && subj.get().begin() < prev.span().begin() + m.start()
                        && !subj.get().type().isPlace()) {
                    return Optional.of(subj.get().entity());
                }
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- reading forward

    /** The noun phrase starting at {@code begin} ("said Macron", "according to X", "told the Guardian"). */
    public Optional<Referent> after(int begin, int limit) {
        return forward.read(begin, limit);
    }

    // ---------------------------------------------------------------- small text helpers

    /** The entity a coreference mention resolved to, with its channel; empty when it stayed unresolved. */
    Optional<Referent> referent(Coreference.Mention m) {
        Entity e = m.resolved() ? mentions.entity(m.entityKey()) : null;
        return e == null ? Optional.empty() : Optional.of(new Referent(e, m.via(), m.span()));
    }

    /** "he", "she": a pronoun that coreference left unresolved names no one (no fallback to the nearest name). */
    boolean gendered(Coreference.Mention m) {
        if (m.kind() != Coreference.Kind.PRONOUN) {
            return false;
        }
        String w = m.span().of(text).toLowerCase(Locale.ROOT);
        return w.equals("he") || w.equals("she");
    }

    Referent ref(Hit h, String via) {
        return new Referent(h.entity(), via, h.mention().span());
    }

    public int skipSpacesBack(int p, int floor) {
        while (p > floor && p > 0 && CodePoints.isSpace(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    public int skipSpaces(int p, int limit) {
        while (p < limit && p < text.length() && CodePoints.isSpace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    public String wordEndingAt(int p, int floor) {
        Matcher m = WORD_END.matcher(text.substring(Math.max(0, Math.max(floor, p - 40)), p));
        return m.find() ? m.group(1) : null;
    }

    public String wordStartingAt(int p, int limit) {
        Matcher m = WORD_START.matcher(text.substring(p, Math.min(Math.min(limit, text.length()), p + 40)));
        return m.find() ? m.group(1) : null;
    }
}
