package org.w3id.newsgraph.extract.coref;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.roles.Titles;
import org.w3id.newsgraph.extract.text.CodePoints;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Span;

/**
 * Reads the noun phrase after a verb or a quote ("said Sen. Jo Lee", "according to X", "told the Gazette", "said
 * a spokesman for X"): {@link Referents}' forward reader, kept apart from its backward one. Immutable.
 */
final class PhraseAfter {
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\\.?\\s+");
    private static final Pattern TITLE_THEN_NAME = Pattern.compile("^[’']s?\\s+");

    private static final Pattern DESCRIPTION_THEN_COMMA = Pattern.compile(
            "^((?:[\\p{L}\\p{N}-]+(?:[’']s)?\\s+){0,5}\\p{Ll}[\\p{L}-]*),");
    private final Referents r;
    private final String text;
    private final MentionIndex mentions;
    private final Coreference coref;

    PhraseAfter(Referents r, ArticleView view) {
        this.r = r;
        this.text = view.text();
        this.mentions = view.mentions();
        this.coref = view.coreference();
    }

    /** The noun phrase starting at {@code begin} ("said Macron", "according to X", "told the Guardian"). */
    Optional<Referent> read(int begin, int limit) {
        int p = r.skipSpaces(begin, limit);
        Optional<Coreference.Mention> chained = coref.startingAt(p)
                .filter(m -> m.kind() != Coreference.Kind.NAME && m.resolved() && m.span().end() <= limit);
        Optional<Hit> described = namedAfterDescription(p, limit);
        if (described.isPresent()) {
            return Optional.of(r.ref(described.get(), null));
        }
        if (chained.isPresent()) {
            return r.referent(chained.get());
        }
        String w = r.wordStartingAt(p, limit);
        if (w != null && Referents.DETERMINERS.contains(w.toLowerCase(Locale.ROOT)) && mentions.startingAt(p).isEmpty()) {
            p = r.skipSpaces(p + w.length(), limit);
            w = r.wordStartingAt(p, limit);
        }
        Optional<Hit> hit = mentions.startingAt(p);
        if (hit.isPresent() && Honorifics.titleOnly(hit.get().entity().name())) {
            // "said Gov. Phil Bryant" where "Gov." came out as a name of its own: the name after it
            int q = r.skipSpaces(hit.get().end(), limit);
            hit = mentions.startingAt(q).filter(h -> h.type().isPerson());
        }
        if (hit.isEmpty() || hit.get().type().isPlace()) {
            // "said Atlantic City Mayor Don Guardian": a place inside the title reads on to the name
            Optional<Hit> titled = TitledName.personAfterTitle(text, mentions, p, limit);
            hit = titled.isPresent() ? titled : hit;
        }
        if (hit.isEmpty()) {
            // "said analyst Priya Natarajan": a title before the name
            Matcher t = Titles.TITLE_AT_START.matcher(text.substring(p, Math.min(limit, p + 60)));
            if (t.find() && t.start(1) == 0) {
                int q = r.skipSpaces(p + t.end(1), limit);
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
                String sw = r.wordStartingAt(q, limit);
                Optional<Entity> named = r.bySurname(sw);
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
                        return Optional.of(r.ref(named.get(), null));
                    }
                }
            }
        }
        if (hit.isPresent() && hit.get().end() <= limit) {
            Hit h = r.headFrom(hit.get(), limit);
            String rest = text.substring(h.end(), Math.min(limit, h.end() + 20));
            if (rest.matches("(?s)(?:[’']s)?\\s+spokes\\w+.*")) {
                return Optional.of(r.ref(h, "spokesperson"));
            }
            return Optional.of(r.ref(h, null));
        }
        if (w == null) {
            return Optional.empty();
        }
        String lw = w.toLowerCase(Locale.ROOT);
        int we = p + w.length();
        String rest = text.substring(we, Math.min(limit, we + 40));
        if (Referents.SPOKES.contains(lw)) {
            Matcher m = Referents.FOR_THE.matcher(rest);
            if (m.find()) {
                Optional<Hit> owner = mentions.startingAt(we + m.end());
                if (owner.isPresent()) {
                    return Optional.of(r.ref(owner.get(), "spokesperson"));
                }
            }
            return Optional.empty();
        }
        if (Referents.kindOf(lw) != null && rest.matches("(?s)^\\s+spokes\\w+.*")) {
            final int wbf = p;
            return r.antecedent(Referents.kindOf(lw), p, Set.of()).map(e -> new Referent(e, "spokesperson", new Span(wbf, we)));
        }
        if (Referents.CHANNELS.contains(lw)) {
            final int wbf = p;
            return r.channelAuthor(lw, p).map(e -> new Referent(e, lw, new Span(wbf, we)));
        }
        if (lw.equals("he") || lw.equals("she") || lw.equals("it")) {
            return r.pronounOrDescription(lw, p, we);
        }
        if (Referents.kindOf(lw) != null) {
            Predicate<EntityType> kind = Referents.kindOf(lw);
            final int wbf = p;
            return r.antecedent(kind, p, Set.of()).map(e -> new Referent(e, null, new Span(wbf, we)));
        }
        return Optional.empty();
    }

    /**
     * The person named right after a description set off by a comma: "said Acme’s national officer, Jo Lee" and
     * "said the union’s regional officer, Jo Lee" are Jo Lee, where coreference gives the description alone to the
     * organisation. The description ends in a lower-case word and holds no preposition or verb ("said in a
     * statement, …" is no description).
     */
    private Optional<Hit> namedAfterDescription(int p, int limit) {
        Matcher m = DESCRIPTION_THEN_COMMA.matcher(text.substring(p, Math.min(limit, p + 80)));
        if (!m.find()) {
            return Optional.empty();
        }
        for (String w : m.group(1).split("\\s+")) {
            if (Referents.STOP.contains(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        int q = r.skipSpaces(p + m.end(), limit);
        return mentions.startingAt(q).filter(h -> h.type().isPerson() && h.end() <= limit);
    }
}
