package org.w3id.newsgraph.extract.coref;

import org.w3id.newsgraph.extract.text.CodePoints;

import org.w3id.newsgraph.extract.roles.Titles;

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
    /** Words skipped between a subject and its verb. */
    private static final Set<String> AUX = Set.of("has", "have", "had", "was", "were", "is", "are", "been", "be",
            "being", "will", "would", "may", "might", "could", "can", "should", "must", "also", "then", "later",
            "previously", "repeatedly", "reportedly", "once", "that", "which", "who", "not", "never", "already",
            "since", "still", "now", "just", "recently", "allegedly", "too", "both", "all", "itself", "himself",
            "herself", "themselves", "currently", "publicly", "openly", "separately");
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "spokesmen", "spokeswomen", "representative", "official", "officials", "source", "sources");
    private static final Set<String> CHANNELS = Set.of("letter", "statement", "report", "email", "memo", "filing",
            "post", "blog", "tweet", "release", "document", "submission");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their");
    private static final Pattern WORD_END = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}’'-]*)$");
    private static final Pattern WORD_START = Pattern.compile("^([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)");
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s?$");
    private static final Pattern SPOKES_FOR = Pattern.compile(
            "(?i)\\b(?:spokes\\w+|representative)\\s+for\\s+(?:the\\s+)?$");
    private static final Pattern SPOKES_WORD = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:spokes(?:man|woman|person)|representative|official)(?![\\p{L}])");
    private static final Pattern OF_BEFORE = Pattern.compile("(?:,|(?<![\\s,]))\\s++(?:of|at|from)\\s++(?:the\\s++)?$");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\\.?\\s+");
    private static final Pattern TITLE_THEN_NAME = Pattern.compile("^[’']s?\\s+");
    private static final Pattern FOR_THE = Pattern.compile("^\\s+for\\s+(?:the\\s+)?");
    private static final Pattern LEAD = Pattern.compile("(?s)^[\\s\\p{Punct}“”\"]*+(?:(?i:the|a|an|but|and|yet|so|"
            + "however|meanwhile)[\\s,]++)*+(?:[\\p{L}\\p{N} -]{0,30},\\s*)?(?:(?i:the|a|an)\\s+)?(?:[\\p{Ll}-]+\\s+){0,4}");
    private static final Pattern RELATIVE = Pattern.compile("^(?:\\s++[\\p{Ll}-]+){0,2}\\s*+,?+\\s*+(?:that|which|who)\\s++\\p{Ll}");
    /** Words that end a noun phrase when reading forward. */
    static final Set<String> STOP = Set.of("of", "from", "to", "in", "with", "for", "on", "by", "and", "or", "that",
            "which", "who", "at", "as", "but", "after", "before", "over", "into", "about", "said", "says", "told",
            "is", "was", "were", "are", "has", "have", "had", "will", "would", "not", "than", "its", "their", "it",
            "while", "during", "when", "where", "against", "under", "between", "among", "since");

    private final ArticleView view;
    private final String text;
    private final MentionIndex mentions;

    public Referents(ArticleView view) {
        this.view = view;
        this.text = view.text();
        this.mentions = view.mentions();
        this.surnames = surnames(mentions);
    }

    private final Map<String, Entity> surnames;

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
        String n = noun.toLowerCase(Locale.ROOT);
        switch (n) {
            case "company", "firm", "group", "giant", "operator", "carrier", "vendor", "manufacturer", "maker",
                    "business", "corporation", "retailer", "bank", "lender", "insurer", "supplier", "provider",
                    "startup", "conglomerate", "airline", "automaker", "chipmaker" -> {
                return t -> t == EntityType.COMPANY || t == EntityType.ORGANIZATION;
            }
            case "agency", "regulator", "watchdog", "department", "ministry", "government", "authority",
                    "centre", "center", "body", "panel", "committee", "commission", "administration", "council",
                    "court", "tribunal", "force", "service" -> {
                return t -> t == EntityType.GOVERNMENT_BODY || t == EntityType.ORGANIZATION;
            }
            case "organisation", "organization", "institution", "union", "charity", "university" -> {
                return EntityType::isOrganization;
            }
            case "newspaper", "paper", "broadcaster", "outlet", "network", "publication" -> {
                return t -> t == EntityType.MEDIA_ORGANIZATION;
            }
            case "country", "nation" -> {
                return t -> t == EntityType.COUNTRY;
            }
            case "party" -> {
                return t -> t == EntityType.POLITICAL_ORGANIZATION;
            }
            default -> {
                return null;
            }
        }
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
            if (kind.test(h.type()) && !excludeKeys.contains(h.key()) && !view.quotedAwayFrom(h, offset)) {
                return Optional.of(h.entity());
            }
        }
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - 3); k--) {
            Sentence prev = view.sentence(k);
            Optional<Hit> subj = sentenceSubject(prev);
            if (subj.isPresent() && kind.test(subj.get().type()) && !excludeKeys.contains(subj.get().key())
                    && !view.quotedAwayFrom(subj.get(), offset)) {
                return Optional.of(subj.get().entity());
            }
            List<Hit> there = mentions.within(prev.span().begin(), prev.span().end());
            for (int i = there.size() - 1; i >= 0; i--) {
                Hit h = there.get(i);
                if (kind.test(h.type()) && !excludeKeys.contains(h.key()) && !view.quotedAwayFrom(h, offset)) {
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
            if (hits.get(i).type().isPerson() && !view.quotedAwayFrom(hits.get(i), offset)) {
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
            if (hits.get(i).type().isPerson() && !view.quotedAwayFrom(hits.get(i), offset)) {
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

    /** Extends a mention over a premodified phrase: "Swedish energy giant Vattenfall" from "Swedish". */
    Hit headFrom(Hit first, int limit) {
        Hit head = first;
        for (Hit next : mentions.within(first.end(), limit)) {
            if (next.begin() < head.end()) {
                continue;
            }
            String gap = text.substring(head.end(), next.begin());
            if (!gap.matches("(?:[’']s)?(?:\\s+[\\p{L}\\p{N}-]+){0,4}\\s+") || hasStopWord(gap)) {
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

    // ---------------------------------------------------------------- reading backward from a verb

    /**
     * The subject ending just before {@code end} (typically a verb's start), not looking before {@code floor}.
     */
    public Optional<Referent> before(int end, int floor) {
        Sentence s = view.sentenceNear(Math.max(floor, end - 1));
        int p = end;
        while (true) {
            p = skipSpacesBack(p, floor);
            String w = wordEndingAt(p, floor);
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
                    return Optional.of(ref(inner.get(), null));
                }
                return before(c0, floor);
            }
            // a participle after the main clause (", saying"): the sentence subject
            return sentenceSubject(s).map(h -> ref(h, null));
        }
        Optional<Hit> hit = mentions.endingAt(p);
        if (hit.isPresent() && hit.get().begin() >= floor && !hit.get().type().isPerson()) {
            // "Inspector Jane Doe of the Metropolitan Police told reporters": the person, not the force
            Hit h = hit.get();
            Matcher of = OF_BEFORE.matcher(text.substring(Math.max(floor, h.begin() - 12), h.begin()));
            if (of.find()) {
                Optional<Hit> person = mentions.endingAt(Math.max(floor, h.begin() - 12) + of.start());
                if (person.isPresent() && person.get().type().isPerson() && person.get().begin() >= floor) {
                    return Optional.of(ref(person.get(), null));
                }
            }
        }
        if (hit.isEmpty()) {
            String sw = wordEndingAt(p, floor);
            Optional<Entity> named = bySurname(sw);
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
            Optional<Hit> subj = sentenceSubject(s);
            if (subj.isPresent() && subj.get().begin() < h.begin() && subj.get().begin() >= floor
                    && RELATIVE.matcher(text.substring(subj.get().end(), Math.min(text.length(), subj.get().end() + 30)))
                            .find()) {
                return Optional.of(ref(subj.get(), null));
            }
            return Optional.of(ref(h, null));
        }
        String w = wordEndingAt(p, floor);
        if (w == null) {
            return Optional.empty();
        }
        int wb = p - w.length();
        String lw = w.toLowerCase(Locale.ROOT);
        Span wspan = new Span(wb, p);
        if (SPOKES.contains(lw)) {
            int q = skipSpacesBack(wb, floor);
            String pos = text.substring(Math.max(floor, q - 2), q);
            int qm = q;
            Matcher pm = POSSESSIVE_END.matcher(pos);
            if (pm.find()) {
                qm = q - (pos.length() - pm.start());
            }
            Optional<Hit> owner = mentions.endingAt(qm).or(() -> mentions.endingAt(q));
            if (owner.isPresent() && owner.get().begin() >= floor) {
                return Optional.of(ref(owner.get(), channelOf(lw)));
            }
            String w2 = wordEndingAt(q, floor);
            if (w2 != null && kindOf(w2) != null) {
                return antecedent(kindOf(w2), q - w2.length(), Set.of())
                        .map(e -> new Referent(e, channelOf(lw), new Span(q - w2.length(), q)));
            }
            if (w2 != null && w2.equalsIgnoreCase("the")) {
                // "the spokesman said": the spokesperson introduced a little earlier
                return lastSpokesperson(wb).map(sp -> new Referent(sp.entity(), sp.via(), wspan));
            }
            return Optional.empty();
        }
        if (CHANNELS.contains(lw)) {
            int q = skipSpacesBack(wb, floor);
            Optional<Hit> owner = mentions.endingAt(q);
            if (owner.isEmpty()) {
                String pos = text.substring(Math.max(floor, q - 2), q);
                Matcher pm = POSSESSIVE_END.matcher(pos);
                if (pm.find()) {
                    owner = mentions.endingAt(q - (pos.length() - pm.start()));
                }
            }
            if (owner.isPresent() && owner.get().begin() >= floor) {
                return Optional.of(ref(owner.get(), lw));
            }
            return channelAuthor(lw, wb).map(e -> new Referent(e, lw, wspan));
        }
        return pronounOrDescription(lw, wb, p);
    }

    /** "he", "she", "it", "the company" ... at [wb, we). */
    private Optional<Referent> pronounOrDescription(String lw, int wb, int we) {
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
        int p = skipSpaces(begin, limit);
        String w = wordStartingAt(p, limit);
        if (w != null && DETERMINERS.contains(w.toLowerCase(Locale.ROOT)) && mentions.startingAt(p).isEmpty()) {
            p = skipSpaces(p + w.length(), limit);
            w = wordStartingAt(p, limit);
        }
        Optional<Hit> hit = mentions.startingAt(p);
        if (hit.isEmpty()) {
            // "said analyst Priya Natarajan": a title before the name
            Matcher t = Titles.TITLE_AT_START.matcher(text.substring(p, Math.min(limit, p + 60)));
            if (t.find() && t.start(1) == 0) {
                int q = skipSpaces(p + t.end(1), limit);
                Optional<Hit> named = mentions.startingAt(q);
                if (q > p + t.end(1) && named.isPresent() && named.get().type().isPerson()) {
                    hit = named;
                }
            }
        }
        if (hit.isEmpty()) {
            // "said Ms Doe": an honorific and the last name of a person named in full earlier
            Matcher hon = HONORIFIC.matcher(text.substring(p, Math.min(limit, p + 12)));
            int q = hon.find() ? p + hon.end() : p;
            Optional<Hit> h2 = mentions.startingAt(q);
            if (q > p && h2.isPresent() && h2.get().type().isPerson()) {
                hit = h2;
            } else if (h2.isEmpty()) {
                String sw = wordStartingAt(q, limit);
                Optional<Entity> named = bySurname(sw);
                if (named.isPresent() && (q > p || sw.length() > 2)) {
                    return Optional.of(new Referent(named.get(), null, new Span(q, q + sw.length())));
                }
            }
        }
        if (hit.isPresent() && hit.get().end() <= limit && hit.get().type().isOrganization()) {
            // "said Acme's chief executive, Jane Doe": the person the title names
            Hit o = hit.get();
            Matcher pm = TITLE_THEN_NAME.matcher(text.substring(o.end(), Math.min(limit, o.end() + 4)));
            if (pm.find()) {
                int tb = o.end() + pm.end();
                Matcher t = Titles.TITLE_AT_START.matcher(text.substring(tb, Math.min(limit, tb + 80)));
                if (t.find() && t.start(1) == 0) {
                    int q = tb + t.end(1);
                    while (q < limit && (CodePoints.isSpace(text.charAt(q)) || text.charAt(q) == ',')) {
                        q++;
                    }
                    Optional<Hit> named = mentions.startingAt(q);
                    if (named.isPresent() && named.get().type().isPerson() && named.get().end() <= limit) {
                        return Optional.of(ref(named.get(), null));
                    }
                }
            }
        }
        if (hit.isPresent() && hit.get().end() <= limit) {
            Hit h = headFrom(hit.get(), limit);
            String rest = text.substring(h.end(), Math.min(limit, h.end() + 20));
            if (rest.matches("(?s)(?:[’']s)?\\s+spokes\\w+.*")) {
                return Optional.of(ref(h, "spokesperson"));
            }
            return Optional.of(ref(h, null));
        }
        if (w == null) {
            return Optional.empty();
        }
        String lw = w.toLowerCase(Locale.ROOT);
        int we = p + w.length();
        String rest = text.substring(we, Math.min(limit, we + 40));
        if (SPOKES.contains(lw)) {
            Matcher m = FOR_THE.matcher(rest);
            if (m.find()) {
                Optional<Hit> owner = mentions.startingAt(we + m.end());
                if (owner.isPresent()) {
                    return Optional.of(ref(owner.get(), "spokesperson"));
                }
            }
            return Optional.empty();
        }
        if (kindOf(lw) != null && rest.matches("(?s)^\\s+spokes\\w+.*")) {
            final int wbf = p;
            return antecedent(kindOf(lw), p, Set.of()).map(e -> new Referent(e, "spokesperson", new Span(wbf, we)));
        }
        if (CHANNELS.contains(lw)) {
            final int wbf = p;
            return channelAuthor(lw, p).map(e -> new Referent(e, lw, new Span(wbf, we)));
        }
        if (lw.equals("he") || lw.equals("she") || lw.equals("it")) {
            return pronounOrDescription(lw, p, we);
        }
        if (kindOf(lw) != null) {
            Predicate<EntityType> kind = kindOf(lw);
            final int wbf = p;
            return antecedent(kind, p, Set.of()).map(e -> new Referent(e, null, new Span(wbf, we)));
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- small text helpers

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
