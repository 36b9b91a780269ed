package org.w3id.newsgraph.extract.roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.coref.Referents;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;

/**
 * Finds the organisation (or country) a post belongs to around a title: a name, a possessive ("Acme's", "the
 * company's", "its"), a party adjective ("Conservative"), the first organisation of a phrase. Reads one article.
 */
final class PostOwners {
    private static final Pattern THE_NOUN = Pattern.compile("\\bthe\\s+(\\p{L}+)\\b");

    private final String text;
    private final MentionIndex mentions;
    private final Referents referents;

    PostOwners(ArticleView view, Referents referents) {
        this.text = view.text();
        this.mentions = view.mentions();
        this.referents = referents;
    }

    /**
     * The organisation or country named just before {@code q}: a mention, a possessive, "its", "the company's", or
     * a name followed by its acronym in parentheses ("Labor Party (PT) candidate").
     */
    Optional<Entity> endingAt(int q, int floor) {
        Optional<Hit> direct = mentions.endingAt(q);
        if (direct.isPresent() && direct.get().begin() >= floor && !direct.get().type().isPerson()) {
            return Optional.of(direct.get().entity());
        }
        if (q > floor && (text.charAt(q - 1) == '"' || text.charAt(q - 1) == '”')) {
            // "\"Acme\" members X": a name in quotation marks
            Optional<Hit> quoted = mentions.endingAt(q - 1).filter(h -> h.begin() > floor && !h.type().isPerson());
            if (quoted.isPresent()) {
                return Optional.of(quoted.get().entity());
            }
        }
        if (q > floor && text.charAt(q - 1) == ')') {
            int open = text.lastIndexOf('(', q - 1);
            if (open > floor && q - open <= 12) {
                return endingAt(referents.skipSpacesBack(open, floor), floor);
            }
        }
        String tail = text.substring(Math.max(floor, q - 2), q);
        int poss = tail.endsWith("’s") || tail.endsWith("'s") ? q - 2
                : tail.endsWith("’") || tail.endsWith("'") ? q - 1 : -1;
        if (poss > 0) {
            Optional<Hit> owner = mentions.endingAt(poss);
            if (owner.isPresent() && !owner.get().type().isPerson()) {
                return Optional.of(owner.get().entity());
            }
            String w = referents.wordEndingAt(poss, floor);
            Optional<Entity> named = w == null ? Optional.empty() : organisationNamedFirst(w);
            if (named.isPresent() && (owner.isEmpty() || owner.get().entity().name().equals(w))) {
                return named; // "Veloxa's CFO" after "Veloxa Semiconductor", whatever the short name was tagged
            }
            if (w != null && Referents.kindOf(w) != null) {
                return referents.antecedent(Referents.kindOf(w), poss - w.length(), Set.of());
            }
            return Optional.empty();
        }
        String w = referents.wordEndingAt(q, floor);
        if (w != null && (w.equalsIgnoreCase("its") || w.equalsIgnoreCase("their"))) {
            return referents.antecedent(EntityType::isOrganization, q - w.length(), Set.of());
        }
        return Optional.empty();
    }

    /**
     * The organisation whose full name starts with the capitalised word {@code w} and is named first in the article
     * ("Acme" for "Acme Stores", named before "Acme Hollis"): a company is introduced in full, then shortened.
     */
    Optional<Entity> organisationNamedFirst(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return Optional.empty();
        }
        for (Hit h : mentions.hits()) {
            if (h.type().isOrganization() && h.entity().name().startsWith(w + " ")) {
                return Optional.of(h.entity());
            }
        }
        return Optional.empty();
    }

    /** The political party whose name the adjective {@code w} starts ("Conservative" for the Conservative Party). */
    Optional<Entity> partyOf(String w) {
        for (Hit h : mentions.hits()) {
            String n = h.entity().name();
            if (h.type() == EntityType.POLITICAL_ORGANIZATION
                    && (n.startsWith(w + " ") || n.equals(w + "s") || n.equals("The " + w + "s"))) {
                return Optional.of(h.entity());
            }
        }
        return Optional.empty();
    }

    /** The first organisation named in [b, e), else the first place, else what "the company" there refers to. */
    Optional<Entity> firstIn(int b, int e) {
        List<Hit> inside = mentions.within(b, e);
        for (Hit h : inside) {
            if (h.type().isOrganization()) {
                return Optional.of(h.entity());
            }
        }
        for (Hit h : inside) {
            if (h.type().isPlace()) {
                return Optional.of(h.entity());
            }
        }
        Matcher m = THE_NOUN.matcher(text.substring(b, e));
        while (m.find()) {
            if (Referents.kindOf(m.group(1)) != null) {
                return referents.antecedent(Referents.kindOf(m.group(1)), b + m.start(), Set.of());
            }
        }
        return Optional.empty();
    }

    /** The entity of the article with one of these names (canonical or alias), in the order given. */
    Entity byName(List<String> names) {
        for (String n : names) {
            for (Hit h : mentions.hits()) {
                if (h.entity().name().equalsIgnoreCase(n) || h.entity().aliases().stream().anyMatch(n::equalsIgnoreCase)) {
                    return h.entity();
                }
            }
        }
        return null;
    }
}
